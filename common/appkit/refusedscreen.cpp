#include "refusedscreen.h"

#include "fitbutton.h"
#include "theme.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace presso {

RefusedScreen::RefusedScreen(const QString &deviceKind, QWidget *parent)
    : QWidget(parent)
    , m_reason(new QLabel(this))
{
    setWindowTitle(tr("presso %1").arg(deviceKind));
    setAutoFillBackground(true);
    auto *title = new QLabel(tr("This %1 cannot connect").arg(deviceKind), this);
    title->setFont(theme::font(44, QFont::Bold));
    title->setWordWrap(true);
    title->setAlignment(Qt::AlignCenter);
    // The reason quotes the server's words: never rich text.
    m_reason->setTextFormat(Qt::PlainText);
    m_reason->setFont(theme::font(28));
    m_reason->setWordWrap(true);
    m_reason->setAlignment(Qt::AlignCenter);
    auto *again = new FitButton(tr("Set up this device again"), this);
    again->setFont(theme::font(32, QFont::Bold));
    again->setMinimumSize(520, 110);
    again->setStyleSheet(QStringLiteral("QPushButton { background: %1; color: white; border-radius: 16px; padding: 12px 32px; }")
                             .arg(theme::kCrema.name()));
    connect(again, &QPushButton::clicked, this, &RefusedScreen::setUpAgain);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(60, 60, 60, 60);
    layout->setSpacing(32);
    layout->addStretch();
    layout->addWidget(title);
    layout->addWidget(m_reason);
    layout->addSpacing(24);
    layout->addWidget(again, 0, Qt::AlignHCenter);
    layout->addStretch();
    resize(1024, 700);
}

void RefusedScreen::setReason(const QString &reason)
{
    m_reason->setText(reason);
}

QString RefusedScreen::reason() const
{
    return m_reason->text();
}

} // namespace presso
