#pragma once

#include "menu.h"
#include "order.h"
#include "requests.h"
#include "shopsettings.h"

#include <QHash>
#include <QObject>

namespace presso {

class PressoClient;
struct EventFrame;
using requests::OrderAction;

// The barista's work, without widgets: three columns (Waiting, Making, Ready) kept
// equal to the server's state by its snapshot and events alone, the actions on an
// order (one request at a time per order, each with one idempotency key however often
// it is tapped), the cancel that must be confirmed first, and opening and closing the
// shop.
class BaristaModel : public QObject
{
    Q_OBJECT
public:
    static constexpr qint64 kReadyShownMs = 60 * 1000;

    explicit BaristaModel(PressoClient &client, QObject *parent = nullptr);

    Millis now() const;
    bool live() const;
    bool shopOpen() const { return m_shop.open; }
    const Menu &menu() const { return m_menu; }
    // An order's drink and options in the screen's language, from the menu's words.
    QString drinkText(const Order &order) const { return m_menu.labelOf(order); }
    // The order as the screen's language words it (the ticket prints it so).
    Order inWords(const Order &order) const { return m_menu.inWords(order); }

    QList<Order> waiting() const; // QUEUED, oldest first
    QList<Order> making() const;  // IN_PRODUCTION, oldest first
    QList<Order> ready() const;   // COMPLETED in the last minute, newest first
    std::optional<Order> order(const QString &id) const;

    enum class Age { Fresh, Late, Overdue }; // green < 2 min, amber < 5, red after
    Age ageOf(const Order &order) const;
    qint64 ageMs(const Order &order) const;

    // What the screen calls an action: "Make" for claim, "Ready" for complete, "Undo"
    // for recall; buttonName() is the same word as a button's object name ("make").
    static QString screenWord(OrderAction action);
    static QString buttonName(OrderAction action);
    // What can be done to an order now, its usual next step first: the card's buttons.
    static QList<OrderAction> actionsFor(const Order &order);
    // The usual next step: claim a waiting order, complete one being made.
    static std::optional<OrderAction> nextAction(const Order &order);

    // Actions; each is refused locally while one is already in flight for the order.
    bool claim(const QString &orderId);
    bool unclaim(const QString &orderId);
    bool complete(const QString &orderId);
    // Takes the order's next step (the bump bar's Enter).
    bool advance(const QString &orderId);
    // Any action by its name; a cancel only asks (requestCancel), a recall is recall().
    bool perform(OrderAction action, const QString &orderId);
    // Cancel asks first: requestCancel() only marks it; confirmCancel() sends it.
    void requestCancel(const QString &orderId);
    bool confirmCancel();
    void dismissCancel();
    QString pendingCancel() const { return m_pendingCancel; }
    bool busy(const QString &orderId) const { return m_inFlight.contains(orderId); }

    // Recall of this tablet's last complete or cancel, within a minute (the screen's Undo).
    bool canRecall() const;
    QString recallLabel() const; // "Undo Ready #12"
    bool recall();

    bool setShopOpen(bool open);
    bool setAvailable(const QString &drink, bool available);

    // The all-day panel: how many of each drink (with its options) are waiting or being
    // made, most first.
    QList<std::pair<QString, int>> allDay() const;

    // Today's figures from stats.get; statsChanged() when they arrive.
    void refreshStats();
    QJsonObject stats() const { return m_stats; }
    QString lastError() const { return m_lastError; }

Q_SIGNALS:
    void changed();
    void newOrder(const presso::Order &order);
    void statsChanged();
    // This tablet's Make went through: time to print the ticket.
    void claimed(const presso::Order &order);

private:
    void onSnapshot(const QJsonObject &snapshot, bool resumed);
    void onEvent(const EventFrame &frame);
    void upsert(const Order &order);
    bool act(OrderAction action, const QString &orderId);
    void onAnswered(OrderAction action, const QString &orderId, const Response &response);
    std::optional<OrderState> shownState(const QString &orderId) const;
    QList<Order> inState(OrderState state) const;

    PressoClient &m_client;
    QHash<QString, Order> m_orders;
    // An action stays in flight until the server answered it and its event has moved the
    // order: only events change the columns, and the card's buttons stay off meanwhile.
    struct InFlight
    {
        std::optional<OrderState> from; // the order's state shown when it was sent
        bool answered = false;
    };
    QHash<QString, InFlight> m_inFlight;
    QHash<QString, QString> m_retryKeys; // "op/orderId" -> requestId of an unanswered tap
    QString m_pendingCancel;
    QString m_lastError;
    ShopSettings m_shop;
    Menu m_menu;
    bool m_shopRequest = false;
    struct Recallable
    {
        QString orderId;
        QString what; // "Ready #12"
        Millis at = 0;
    };
    std::optional<Recallable> m_recallable;
    QJsonObject m_stats;
};

} // namespace presso
