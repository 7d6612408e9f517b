#pragma once

#include "menu.h"
#include "order.h"
#include "qrcode.h"
#include "shopsettings.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>

namespace presso {

class PressoClient;
struct EventFrame;

// What the TV shows, without a single widget: the admission code and whether it may be
// shown, the board of orders, the estimated wait, the closed state. Fed by a
// PressoClient; its clock is the server's (PressoClient::serverNow()).
class BoardModel : public QObject
{
    Q_OBJECT
public:
    static constexpr qint64 kReadyShownMs = 10 * 60 * 1000;
    static constexpr qint64 kReadyHighlightMs = 8 * 1000;
    // Completions this recent set the pace of the estimated wait.
    static constexpr qint64 kPaceWindowMs = 30 * 60 * 1000;

    explicit BoardModel(PressoClient &client, QObject *parent = nullptr);

    Millis now() const;
    bool live() const;
    bool hasConfig() const { return m_hasConfig; }
    bool shopOpen() const { return m_shop.open; }
    const ShopSettings &shop() const { return m_shop; }
    // An order's drink and options in the screen's language, from the menu's words.
    QString drinkText(const Order &order) const { return m_menu.labelOf(order); }

    struct CodeView
    {
        bool visible = false;   // false: "We are making drinks!"
        QString url;            // what the QR symbol encodes
        QString code;
        int drinksLeft = 0;
        double fractionLeft = 0; // of the interval, for the bar
        qint64 msLeft = 0;       // until the next code
        bool phones = false;     // phones may scan it too (the shop's phoneOrdering)
    };
    CodeView codeView() const;

    // QUEUED and IN_PRODUCTION, in the order they will be made.
    QList<Order> preparing() const;
    // COMPLETED within the last 10 minutes, newest first.
    QList<Order> ready() const;
    bool isHighlighted(const Order &order) const;
    // Minutes a customer ordering now can expect to wait, from the queue and recent pace.
    int estimatedWaitMinutes() const;
    // The line under the board: an invitation to order while a code is up, else the wait.
    QString waitLine() const;

    // "Order 12, Ana, your latte is ready", with drink as the menu names it in the
    // language; english: in English whatever language is in use (for a voice that speaks
    // only it). The drink inside the sentence as drinkInSentence() writes it.
    static QString calloutText(const Order &order, const QString &drink, bool english = false);

Q_SIGNALS:
    void changed();
    // text in the screen's language, english the same in English.
    void callout(const QString &text, const QString &english);

private:
    void onSnapshot(const QJsonObject &snapshot, bool resumed);
    void onEvent(const EventFrame &frame);
    void upsert(const Order &order);
    void tick();
    void refreshCode();

    PressoClient &m_client;
    ShopSettings m_shop;
    Menu m_menu;
    bool m_hasConfig = false;
    std::optional<QrCode> m_qr;
    QHash<QString, Order> m_orders;
    bool m_refreshing = false;
};

} // namespace presso
