#pragma once

#include "frames.h"

#include <QObject>
#include <QStringList>
#include <QUrl>
#include <QWebSocket>

namespace presso::test {

// One customer's phone on a café's Wi-Fi, behaving as the phone page does: it keeps its
// customerToken and the last seq it saw, reconnects after any drop and says hello with
// both, and sends the request of the step it is at again, with the same requestId, until
// it is answered. It orders `drinks` drinks one after another (redeem, submit, wait
// until ready), each from `code`.
class CafePhone : public QObject
{
    Q_OBJECT
public:
    CafePhone(const QUrl &server, const QString &code, int drinks, QObject *parent = nullptr);

    void start();
    bool isDone() const { return m_step == Step::Done; }
    // Empty while all is well; else what went wrong (a refusal no phone should get).
    QString failure() const { return m_failure; }
    QString customerToken() const { return m_token; }
    // The orders the phone was told it placed, in order.
    QStringList orders() const { return m_orders; }
    int reconnects() const { return m_reconnects; }
    int resent() const { return m_resent; }
    // Where it is, for a failure message.
    QString describe() const;

private:
    enum class Step { Redeem, Submit, Wait, Done };
    void connectNow();
    void onConnected();
    void onDropped();
    void onText(const QString &text);
    void onResponse(const Response &r);
    void sendStep();
    void send(const QString &id, const QString &op, const QJsonObject &args, const QString &requestId = {});
    void seeOrder(const QJsonObject &order);
    void nextStep(Step step);
    void advanceIfReady();

    QUrl m_server;
    QString m_code;
    int m_drinks;
    QWebSocket m_socket;
    Step m_step = Step::Redeem;
    int m_drink = 0;
    QString m_token;
    qint64 m_lastSeq = -1;
    bool m_live = false;
    bool m_reconnecting = false;
    QString m_orderId, m_orderToken;
    QString m_requestId; // of the current step's request: the same on every resend
    bool m_stepSent = false;
    QString m_orderState; // the latest seen of the current order
    QStringList m_orders;
    QString m_failure;
    int m_reconnects = 0;
    int m_resent = 0;
    int m_nextId = 0;
};

} // namespace presso::test
