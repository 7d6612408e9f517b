#pragma once

#include "ordermanager.h"
#include "transactor.h"
#include "validator.h"

#include <QObject>
#include <QTimer>
#include <functional>

namespace presso {

// Runs each order's workflow: starts it when a code is redeemed (if the shop can take
// it), keeps its deadlines durable and times it out when one passes, and announces
// OrderProcessor.OrderFinished when an order reaches any end. The orders themselves
// are written by the OrderManager.
class OrderProcessor : public QObject
{
    Q_OBJECT
public:
    OrderProcessor(Clock &clock, ConfigService &config, Validator &validator, OrderManager &orders,
                   EventLog &events, Transactor &transactor, QObject *parent = nullptr);

    void setBaristaPresence(std::function<bool()> present) { m_baristaPresent = std::move(present); }

    struct Started
    {
        OrderRecord record;
        QString orderToken;
    };
    // qr.redeem, in a transaction: checks the code, the shop, capacity and baristas,
    // then takes a token and starts the order. A refusal takes no token. kiosk: the
    // redeeming device (empty for a phone customer); adopt, if given, runs once the
    // order is stored and before its first event, so that the event finds its owner.
    using Adopt = std::function<void(const Started &)>;
    Result<Started> redeem(const QString &kiosk, const QString &code,
                           const std::optional<QString> &customerName, const Adopt &adopt = {});

    // Times out every order whose deadline has passed (also those that passed while the
    // server was down) and arms the timer for the next one. Runs its own transaction.
    void processDue();
    // A deadline was set: make sure the timer fires no later than it.
    void noteDeadline(Millis deadline);

private:
    void refuse(const QString &reason);
    void arm();

    Clock &m_clock;
    ConfigService &m_config;
    Validator &m_validator;
    OrderManager &m_orders;
    EventLog &m_events;
    Transactor &m_transactor;
    std::function<bool()> m_baristaPresent;
    QTimer m_timer;
    std::optional<Millis> m_armedFor;
};

} // namespace presso
