#include "democodesource.h"

#include "qrimage.h"

#include <QPainter>

namespace presso {

namespace {
PressoClientOptions displayOptions(const QList<QUrl> &servers, const QString &token)
{
    PressoClientOptions o;
    o.servers = servers;
    o.role = Role::Display;
    o.token = token;
    o.deviceName = QStringLiteral("kiosk camera (demo)");
    return o;
}
} // namespace

DemoCodeSource::DemoCodeSource(const QList<QUrl> &servers, const QString &displayToken, QObject *parent)
    : FrameSource(parent)
    , m_display(displayOptions(servers, displayToken))
{
    connect(&m_display, &PressoClient::snapshot, this, [this](const QJsonObject &snapshot, bool) {
        m_url = snapshot.value(QStringLiteral("qr")).toObject().value(QStringLiteral("url")).toString();
        render();
    });
    connect(&m_display, &PressoClient::event, this, [this](const EventFrame &frame) {
        if (frame.event.type == EventType::NewCode) {
            m_url = frame.event.detail.value(QStringLiteral("url")).toString();
            render();
        }
    });
    m_timer.setInterval(500);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (!m_frame.isNull())
            Q_EMIT frame(m_frame);
    });
}

void DemoCodeSource::render()
{
    m_frame = QImage(960, 540, QImage::Format_RGB32);
    m_frame.fill(QColor(60, 52, 46));
    QPainter p(&m_frame);
    p.fillRect(QRect(230, 20, 500, 500), Qt::white); // the TV's code panel
    if (!m_url.isEmpty()) {
        const QImage code = renderQrImage(m_url, 440);
        p.drawImage(480 - code.width() / 2, 270 - code.height() / 2, code);
    }
}

void DemoCodeSource::start()
{
    m_display.start();
    m_timer.start();
}

void DemoCodeSource::stop()
{
    m_timer.stop();
    m_display.stop();
}

} // namespace presso
