#include "pairingscanview.h"

#include "framesource.h"
#include "qrscanner.h"
#include "theme.h"

namespace presso {

PairingScanView::PairingScanView(FrameSource *source, QWidget *parent)
    : QLabel(parent)
    , m_source(source)
    , m_scanner(new QrScanner(this))
{
    setObjectName(QStringLiteral("pairingScan"));
    setAlignment(Qt::AlignCenter);
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Ignored);
    setFont(theme::font(24));
    setStyleSheet(QStringLiteral("background: %1; color: white; border-radius: 12px;").arg(theme::kRoast.name()));
    setText(source && source->problem().isEmpty() ? tr("Hold the code up to the camera") : source ? source->problem()
                                                                                                    : tr("No camera"));
    if (!source)
        return;
    m_scanner->watch(source);
    connect(m_scanner, &QrScanner::found, this, &PairingScanView::found);
    connect(source, &FrameSource::frame, this, [this](const QImage &frame) {
        setPixmap(QPixmap::fromImage(frame.scaled(size(), Qt::KeepAspectRatio, Qt::SmoothTransformation)));
    });
}

void PairingScanView::showEvent(QShowEvent *event)
{
    QLabel::showEvent(event);
    if (m_source)
        m_source->start();
}

void PairingScanView::hideEvent(QHideEvent *event)
{
    if (m_source)
        m_source->stop();
    QLabel::hideEvent(event);
}

} // namespace presso
