// Which events reach whom, over the real protocol: a real server on port 0 runs orders
// through every event of the log (codes, redeems, the workflow, a time-out, a refusal, a
// recall, settings, a pairing), and every connected role, owner or not, must have
// received exactly the events that policy::mayReceive gives it, generated from the
// server's own log. tst_policy checks the policy against protocol.md's table.
#include "policy.h"
#include "testshop.h"

#include <QJsonArray>
#include <QSet>
#include <QTest>

using namespace presso;
using namespace presso::test;
using namespace Qt::StringLiterals;

namespace {
struct Watcher
{
    QString name;
    Role role;
    WsProbe *probe;
    // The orders it owns: redeemed at this kiosk, or on this phone.
    QSet<QString> owns;
};

QString orderIdOf(const QJsonObject &event)
{
    const QJsonObject detail = event.value(u"detail"_s).toObject();
    return detail.value(u"order"_s).toObject().value(u"id"_s).toString();
}
} // namespace

class TestRecipients : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyEventReachesWhomThePolicySays();
};

void TestRecipients::everyEventReachesWhomThePolicySays()
{
    TestShop shop;
    WsProbe phone(shop.server.url()), otherPhone(shop.server.url());
    QVERIFY(phone.connectNow() && phone.helloCustomer().ok);
    QVERIFY(otherPhone.connectNow() && otherPhone.helloCustomer().ok);
    std::vector<Watcher> watchers{{u"kiosk-1"_s, Role::Kiosk, shop.kiosk.get(), {}},
                                  {u"kiosk-2"_s, Role::Kiosk, shop.kiosk2.get(), {}},
                                  {u"display"_s, Role::Display, shop.display.get(), {}},
                                  {u"barista"_s, Role::Barista, shop.barista.get(), {}},
                                  {u"admin"_s, Role::Admin, shop.admin.get(), {}},
                                  {u"phone"_s, Role::Customer, &phone, {}},
                                  {u"other phone"_s, Role::Customer, &otherPhone, {}}};
    for (Watcher &w : watchers) {
        QVERIFY(w.probe->call(u"ping"_s).ok);
        w.probe->clearEvents();
    }
    const qint64 from = shop.server.services().events.lastSeq();
    auto order = [&](const QString &op, const QString &id) {
        const Response r = shop.barista->call(op, {{u"orderId"_s, id}});
        QVERIFY2(r.ok, qPrintable(op + u": "_s + r.error.message));
    };

    // Kiosk-1's order: made, unclaimed, made again, completed, and recalled.
    TestShop::Redeemed atKiosk, onPhone;
    QVERIFY(!shop.placeOrder(*shop.kiosk, &atKiosk).isEmpty());
    watchers[0].owns.insert(atKiosk.orderId);
    for (const QString &op : {u"order.claim"_s, u"order.unclaim"_s, u"order.claim"_s,
                              u"order.complete"_s, u"order.recall"_s})
        order(op, atKiosk.orderId);
    // The phone's order, cancelled by the bar.
    QVERIFY(!shop.placeOrder(phone, &onPhone).isEmpty());
    watchers[5].owns.insert(onPhone.orderId);
    order(u"order.cancel"_s, onPhone.orderId);
    // Kiosk-2's customer never chooses: the order times out, and the next bucket's code comes.
    const TestShop::Redeemed left = shop.redeem(*shop.kiosk2);
    QVERIFY(!left.orderId.isEmpty());
    watchers[1].owns.insert(left.orderId);
    shop.server.clock().advance(301'000);
    // Closed: a refused redeem. Then a device pairs.
    QVERIFY(shop.barista->call(u"shop.setOpen"_s, {{u"open"_s, false}}).ok);
    QVERIFY(shop.redeem(*shop.kiosk).orderId.isEmpty());
    QVERIFY(shop.barista->call(u"shop.setOpen"_s, {{u"open"_s, true}}).ok);
    const Response pairing =
        shop.barista->call(u"device.pair"_s, {{u"role"_s, u"display"_s}, {u"name"_s, u"tv-2"_s}});
    QVERIFY2(pairing.ok, qPrintable(pairing.error.message));
    WsProbe paired(shop.server.url());
    QVERIFY(paired.connectNow());
    const QString code = pairing.result.value(u"pairing"_s).toObject().value(u"code"_s).toString();
    QVERIFY(
        paired.call(u"hello"_s, {{u"protocol"_s, 1}, {u"pair"_s, QJsonObject{{u"code"_s, code}}}})
            .ok);

    const QJsonArray log =
        shop.admin->call(u"events.since"_s, {{u"seq"_s, from}, {u"limit"_s, 5000}})
            .result.value(u"events"_s)
            .toArray();
    QSet<EventType> seen;
    for (const QJsonValue &entry : log)
        seen.insert(*eventTypeFromName(entry[u"event"_s][u"detail-type"_s].toString()));
    for (EventType t : allEventTypes())
        QVERIFY2(seen.contains(t), qPrintable(u"the journey made no "_s + eventTypeName(t)));

    for (Watcher &w : watchers) {
        // A ping's answer comes after every event sent before it on that connection.
        QVERIFY(w.probe->call(u"ping"_s).ok);
        QList<qint64> expected, got;
        for (const QJsonValue &entry : log) {
            const QJsonObject event = entry[u"event"_s].toObject();
            const auto type = eventTypeFromName(event.value(u"detail-type"_s).toString());
            if (policy::mayReceive(*type, w.role, w.owns.contains(orderIdOf(event))))
                expected.append(entry[u"seq"_s].toInteger());
        }
        for (const EventFrame &f : w.probe->events())
            got.append(f.seq);
        QVERIFY2(got == expected, qPrintable(w.name));
    }
}

QTEST_GUILESS_MAIN(TestRecipients)
#include "tst_recipients.moc"
