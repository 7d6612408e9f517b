#pragma once

#include "event.h"
#include "frames.h"
#include "role.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QUrl>
#include <QWebSocket>

namespace presso::test {

// A raw protocol client for tests, as an outside client would be: it speaks the JSON
// of protocol.md over a plain QWebSocket, records every frame, and waits on signals.
class WsProbe : public QObject
{
    Q_OBJECT
public:
    explicit WsProbe(const QUrl &url, QObject *parent = nullptr);

    bool connectNow(int timeoutMs = 5000);
    // Sends a request and waits for its response (an invalid Response with ok=false
    // and code INTERNAL "no response" after the timeout).
    Response call(const QString &op, const QJsonObject &args = {}, const QString &requestId = {},
                  int timeoutMs = 5000);
    // Sends raw text and waits for the next response frame.
    Response callRaw(const QString &text, int timeoutMs = 5000);
    // Waits until count responses not yet taken have arrived, and takes them in order.
    QList<Response> takeResponses(int count, int timeoutMs = 5000);
    // hello with the given role and token; resumeFrom when >= 0.
    Response hello(Role role, const QString &token, qint64 resumeFrom = -1);
    // hello as a phone customer (no device token), with its customerToken if it has one.
    Response helloCustomer(const QString &customerToken = {}, qint64 resumeFrom = -1);
    // Connects and says hello; returns the hello result (empty on failure).
    QJsonObject join(Role role, const QString &token);

    // Waits until an event of this type arrives (counting from the start); returns it.
    std::optional<EventFrame> waitForEvent(EventType type, int timeoutMs = 5000);
    QList<EventFrame> events() const { return m_events; }
    QList<EventFrame> eventsOf(EventType type) const;
    void clearEvents() { m_events.clear(); }
    bool waitForClose(int timeoutMs = 5000);
    bool isOpen() const;

    QWebSocket &socket() { return m_socket; }
    QWebSocketProtocol::CloseCode closeCode() const { return m_socket.closeCode(); }

Q_SIGNALS:
    void responseArrived();
    void eventArrived();

private:
    void onText(const QString &text);
    Response waitForResponse(const QString &id, int timeoutMs);

    QUrl m_url;
    QWebSocket m_socket;
    QList<Response> m_responses;
    QList<EventFrame> m_events;
    int m_nextId = 1;
};

} // namespace presso::test
