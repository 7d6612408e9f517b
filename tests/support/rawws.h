#pragma once

#include <QHostAddress>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QTcpSocket>
#include <QUrl>

namespace presso::test {

// A WebSocket client on a bare TCP socket, as anyone on the shop's Wi-Fi could write
// one: it may connect from a chosen local address (127.0.0.2 ... : Linux routes all of
// 127/8 to lo), reads close codes off the wire (Qt's own client turns codes it does not
// know, such as 1013, into 1002), and never blocks: it runs on the server's thread.
class RawWs : public QObject
{
    Q_OBJECT
public:
    explicit RawWs(const QUrl &server, const QHostAddress &local = {}, QObject *parent = nullptr);

    // Connects and sends the upgrade request (subprotocol presso.v1).
    void open();
    // One masked text frame; sent once the upgrade is answered, in order.
    void sendText(const QByteArray &utf8);
    // Says hello with these args once upgraded.
    void hello(const QJsonObject &args);

    bool isUpgraded() const { return m_upgraded; }
    bool isFinished() const { return m_finished; }
    // The close code the server sent, -1 if none (yet).
    int closeCode() const { return m_closeCode; }
    // Every text frame received, parsed.
    const QList<QJsonObject> &received() const { return m_received; }
    // The first response frame, or an empty object.
    QJsonObject firstResponse() const;
    QTcpSocket &socket() { return m_socket; }

    static QByteArray maskedTextFrame(const QByteArray &utf8);
    // The upgrade request a browser sends (subprotocol presso.v1).
    static QByteArray upgradeHead(const QUrl &server);

Q_SIGNALS:
    void upgraded();
    void textReceived(const QJsonObject &frame);
    // The connection ended (a close frame or the TCP connection going).
    void finished();

private:
    void onReadyRead();
    void parseFrames();
    void finish();

    QUrl m_server;
    QTcpSocket m_socket;
    QByteArray m_in;
    QList<QByteArray> m_queued;
    QList<QJsonObject> m_received;
    bool m_upgraded = false;
    bool m_finished = false;
    int m_closeCode = -1;
};

} // namespace presso::test
