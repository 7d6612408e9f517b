#include "rawws.h"

#include <QJsonDocument>

namespace presso::test {

RawWs::RawWs(const QUrl &server, const QHostAddress &local, QObject *parent)
    : QObject(parent)
    , m_server(server)
{
    if (!local.isNull())
        m_socket.bind(local, 0);
    connect(&m_socket, &QTcpSocket::readyRead, this, &RawWs::onReadyRead);
    connect(&m_socket, &QTcpSocket::disconnected, this, &RawWs::finish);
    connect(&m_socket, &QTcpSocket::errorOccurred, this, [this] {
        if (m_socket.state() == QAbstractSocket::UnconnectedState)
            finish();
    });
    connect(&m_socket, &QTcpSocket::connected, this, [this] {
        m_socket.write(upgradeHead(m_server));
    });
}

void RawWs::open()
{
    m_socket.connectToHost(m_server.host(), quint16(m_server.port()));
}

QByteArray RawWs::upgradeHead(const QUrl &server)
{
    return QStringLiteral("GET / HTTP/1.1\r\nHost: %1:%2\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                          "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n"
                          "Sec-WebSocket-Protocol: presso.v1\r\n\r\n")
        .arg(server.host())
        .arg(server.port())
        .toLatin1();
}

QByteArray RawWs::maskedTextFrame(const QByteArray &utf8)
{
    QByteArray frame{"\x81"};
    if (utf8.size() < 126) {
        frame += char(0x80 | utf8.size());
    } else {
        frame += char(0x80 | 126);
        frame += char((utf8.size() >> 8) & 0xff);
        frame += char(utf8.size() & 0xff);
    }
    return frame + QByteArray(4, '\0') + utf8; // a zero mask leaves the text as it is
}

void RawWs::sendText(const QByteArray &utf8)
{
    if (m_upgraded)
        m_socket.write(maskedTextFrame(utf8));
    else
        m_queued.append(utf8);
}

void RawWs::hello(const QJsonObject &args)
{
    sendText(QJsonDocument(QJsonObject{{QStringLiteral("type"), QStringLiteral("req")},
                                       {QStringLiteral("id"), QStringLiteral("h")},
                                       {QStringLiteral("op"), QStringLiteral("hello")},
                                       {QStringLiteral("args"), args}})
                 .toJson(QJsonDocument::Compact));
}

QJsonObject RawWs::firstResponse() const
{
    for (const QJsonObject &f : m_received) {
        if (f.value(QStringLiteral("type")) == QLatin1String("res"))
            return f;
    }
    return {};
}

void RawWs::onReadyRead()
{
    m_in += m_socket.readAll();
    if (!m_upgraded) {
        const qsizetype end = m_in.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        if (!m_in.startsWith("HTTP/1.1 101")) {
            m_socket.abort();
            return finish();
        }
        m_in.remove(0, end + 4);
        m_upgraded = true;
        for (const QByteArray &text : std::exchange(m_queued, {}))
            m_socket.write(maskedTextFrame(text));
        Q_EMIT upgraded();
    }
    parseFrames();
}

void RawWs::parseFrames()
{
    while (m_in.size() >= 2) {
        const int opcode = quint8(m_in[0]) & 0x0f;
        qsizetype length = quint8(m_in[1]) & 0x7f, header = 2;
        if (length == 126) {
            if (m_in.size() < 4)
                return;
            length = (quint8(m_in[2]) << 8) | quint8(m_in[3]);
            header = 4;
        } else if (length == 127) {
            if (m_in.size() < 10)
                return;
            length = 0;
            for (int i = 2; i < 10; ++i)
                length = (length << 8) | quint8(m_in[i]);
            header = 10;
        }
        if (m_in.size() < header + length)
            return;
        const QByteArray payload = m_in.mid(header, length);
        m_in.remove(0, header + length);
        if (opcode == 0x1) {
            const QJsonObject frame = QJsonDocument::fromJson(payload).object();
            m_received.append(frame);
            Q_EMIT textReceived(frame);
        } else if (opcode == 0x8) {
            m_closeCode = payload.size() >= 2 ? (quint8(payload[0]) << 8) | quint8(payload[1]) : -1;
            m_socket.abort();
            return finish();
        }
    }
}

void RawWs::finish()
{
    if (std::exchange(m_finished, true))
        return;
    Q_EMIT finished();
}

} // namespace presso::test
