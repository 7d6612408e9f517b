#pragma once

#include "menu.h"
#include "order.h"
#include "shopsettings.h"

#include <QMap>
#include <QObject>
#include <QTimer>

namespace presso {

class PressoClient;
struct EventFrame;

// One customer's visit at the kiosk, without widgets: scan (or type) the code, choose
// a drink, its options and a first name, order within the deadline, follow the order to
// ready, and reset for the next customer, who never sees the last one's order.
class KioskController : public QObject
{
    Q_OBJECT
public:
    enum class Stage { Scan, Redeeming, Menu, Submitting, Following };
    Q_ENUM(Stage)

    explicit KioskController(PressoClient &client, QObject *parent = nullptr);

    Stage stage() const { return m_stage; }
    // What the customer is told now: a refusal with what to do next, or empty.
    QString message() const { return m_message; }
    const Menu &menu() const { return m_menu; }
    bool shopOpen() const { return m_shop.open; }

    void enterCode(const QString &scannedOrTyped);
    // On the scan screen with nothing refused: a new customer, who starts with empty fields
    // (a refused code stays, so that a typo can be fixed).
    bool awaitsNewCustomer() const { return m_stage == Stage::Scan && m_message.isEmpty(); }

    QString drink() const { return m_drink; }
    QMap<QString, QString> options() const { return m_options; } // group -> option
    QString name() const { return m_name; }
    // On the menu and not sold out (chooseDrink also wants the menu stage).
    bool canChoose(const QString &drink) const;
    bool chooseDrink(const QString &drink);
    void chooseOption(const QString &group, const QString &option);
    void setName(const QString &name) { m_name = name; Q_EMIT changed(); }
    // A drink is chosen and no order is on its way yet.
    bool canOrder() const { return m_stage == Stage::Menu && !m_drink.isEmpty(); }
    // Double taps send the same request with the same key: one order, whatever happens.
    void orderNow();
    // While the order is still waiting for the customer or queued.
    bool canCancel() const;
    // While the order waits or is made, and phones may order: the address that opens
    // this order on the customer's own phone (protocol.md, /o?follow=…&t=…); else empty.
    QString followUrl() const;
    void cancelOrder();
    // Back to the scan screen now (the "Done" button, or 20 s after the order ended).
    void done();

    std::optional<Order> order() const { return m_order; }
    // 1: the next drink made is this one. Empty when not known or not in line.
    std::optional<int> queuePosition() const { return m_position; }
    // The part of the customer's time to order that is left, 0..1, and in ms.
    double timeLeftFraction() const;
    qint64 msLeft() const;
    Millis now() const;

    void setResetDelay(int ms) { m_resetTimer.setInterval(ms); }

Q_SIGNALS:
    void changed();

private:
    void onSnapshot(const QJsonObject &snapshot);
    void onEvent(const EventFrame &frame);
    void follow(const Order &order);
    QString refusal(const Error &error) const;
    void setStage(Stage stage, const QString &message = {});

    PressoClient &m_client;
    Stage m_stage = Stage::Scan;
    QString m_message;
    Menu m_menu;
    ShopSettings m_shop;
    QString m_orderId;
    QString m_orderToken;
    std::optional<Millis> m_deadline;
    QString m_drink;
    QMap<QString, QString> m_options;
    QString m_name;
    QString m_submitKey;
    std::optional<Order> m_order;
    QTimer m_resetTimer;
    QTimer m_tick;
    QTimer m_positionPoll;
    std::optional<int> m_position;
    void pollPosition();
};

} // namespace presso
