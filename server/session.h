#pragma once

#include "role.h"
#include "storagerecords.h"
#include "wsframe.h"

#include <QHostAddress>
#include <QList>
#include <QPointer>
#include <QString>
#include <QTimer>
#include <QWebSocket>
#include <memory>

namespace presso {

// RFC 6455's "try again later" (1013), which QWebSocketProtocol does not name.
inline constexpr auto kCloseTryAgainLater = static_cast<QWebSocketProtocol::CloseCode>(1013);

// How a connection that breaks the rules before its hello is closed, on the accept thread
// that holds it first and in the server after: the same code and words from both.
inline void closeForNoHello(QWebSocket *socket)
{
    socket->close(QWebSocketProtocol::CloseCodePolicyViolated, QStringLiteral("no hello within 10 s"));
}
inline void closeForBinary(QWebSocket *socket)
{
    socket->close(QWebSocketProtocol::CloseCodeDatatypeNotSupported, QStringLiteral("binary frames are not accepted"));
}

// One client connection and what it proved in its hello.
struct Session
{
    QWebSocket *socket = nullptr;
    // The TCP socket under it, when found: frames are written to it as they are. Guarded:
    // it belongs to the QWebSocket or to the listener, which may delete it first.
    QPointer<QAbstractSocket> tcp;
    QString id;
    bool authenticated = false;
    Role role = Role::Display;
    QString device;
    // The shop the device belongs to (a customer: the one its hello or its code named).
    // Everything the session does, sees and receives is this shop's.
    QString shop = mainShopId();
    // The customer role: who it is (ids and token; the token unseals its orders' tokens).
    QString customer;
    QString customerToken;
    // The client's address, for the per-address limits.
    QHostAddress peer;
    std::unique_ptr<QTimer> helloTimer;
    // Set by hello with resumeFrom: the events after this seq go out right after the response.
    std::optional<qint64> replayFrom;
    // The newest seq when hello answered: the snapshot covers everything up to it, so
    // only later events are published to this session.
    qint64 helloSeq = 0;
    bool closed = false;
    // How a refused hello closes the connection.
    QWebSocketProtocol::CloseCode refusedWith = QWebSocketProtocol::CloseCodePolicyViolated;
    // When the requests of the last second were accepted (ms), for rate limiting.
    // A QList, not a std::deque: an empty deque already holds 600 bytes, on every
    // connection, and most connections make a request a minute.
    QList<qint64> recentRequests;
    // Bytes handed to the socket and not yet written: a client that stops reading
    // must not make the server buffer without end.
    // Requests a second this connection may make (admins: at least 5,000).
    int rateLimit = 50;
    qint64 unsent = 0;
    qint64 maxUnsent = 8 * 1024 * 1024;

    // Whose stored responses (idempotency) this session's requestIds refer to.
    QString principal() const
    {
        return customer.isEmpty() ? device : QStringLiteral("customer:") + customer;
    }

    // Sends one text frame, or drops the connection when the client has left too much
    // unread (it can reconnect and resume). Dropped, not closed: a client that does not
    // read would never read the close frame either. Later, not now: this may run while
    // the publisher walks its sessions.
    void send(const QByteArray &utf8) { send(TextFrame::of(utf8)); }
    void send(const TextFrame &frame)
    {
        if (!socket || socket->state() != QAbstractSocket::ConnectedState)
            return;
        // Written straight to the TCP socket, its own buffer is what is unsent.
        unsent = tcp ? tcp->bytesToWrite() + frame.wire.size() : unsent + frame.text.size();
        if (unsent > maxUnsent) {
            authenticated = false;
            QMetaObject::invokeMethod(socket, &QWebSocket::abort, Qt::QueuedConnection);
            return;
        }
        if (tcp)
            writeToSocket(*tcp, frame.wire);
        else
            socket->sendTextMessage(QString::fromUtf8(frame.text));
    }
};

} // namespace presso
