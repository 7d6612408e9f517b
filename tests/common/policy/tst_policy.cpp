// The policy against the contract: spot checks written out by hand from protocol.md (its
// ops, roles and recipients tables, part two and "Resolutions of part one"), so that a
// wrong policy cannot pass; and that its tables cover every op, role and event exactly
// once. The servers' behaviour against the whole table is tst_roles' and tst_recipients'.
#include "ops.h"
#include "policy.h"

#include <QTest>

using namespace presso;
using namespace Qt::StringLiterals;

class TestPolicy : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void opsFromTheContract_data();
    void opsFromTheContract();
    void eventsFromTheContract_data();
    void eventsFromTheContract();
    void ordersFromTheContract();
    void tablesCoverEverythingOnce();
};

void TestPolicy::opsFromTheContract_data()
{
    QTest::addColumn<QString>("op");
    QTest::addColumn<Role>("role");
    QTest::addColumn<bool>("allowed");
    auto row = [](const char *op, Role role, bool allowed) {
        QTest::addRow("%s/%s", op, qPrintable(roleName(role)))
            << QString::fromLatin1(op) << role << allowed;
    };
    using enum Role;
    for (Role r : allRoles()) {
        row("hello", r, true);
        row("ping", r, true);
        row("config.get", r, true);
        row("order.get", r, true);
    }
    row("qr.redeem", Kiosk, true);
    row("qr.redeem", Customer, true);
    row("order.submit", Kiosk, true);
    row("order.cancel", Kiosk, true);
    // "Resolutions of part one": an admin helps behind the bar, never as a customer.
    row("order.claim", Admin, true);
    row("order.unclaim", Admin, true);
    row("order.complete", Admin, true);
    row("order.cancel", Admin, true);
    row("qr.redeem", Admin, false);
    row("order.submit", Admin, false);
    row("qr.redeem", Barista, false);
    row("qr.redeem", Display, false);
    row("order.claim", Barista, true);
    row("order.claim", Display, false);
    row("order.claim", Kiosk, false);
    row("order.complete", Customer, false);
    row("qr.current", Display, true);
    row("qr.current", Kiosk, false);
    row("qr.current", Customer, false);
    row("orders.list", Display, true);
    row("orders.list", Kiosk, false);
    row("shop.setOpen", Barista, true);
    row("shop.setOpen", Display, false);
    row("menu.setAvailable", Barista, true);
    row("menu.set", Barista, false);
    row("menu.set", Admin, true);
    row("settings.set", Barista, false);
    row("stats.get", Barista, true);
    row("stats.get", Display, false);
    row("events.since", Admin, true);
    row("events.since", Barista, false);
    row("device.add", Admin, true);
    row("device.add", Barista, false);
    row("device.list", Barista, false);
    row("device.revoke", Admin, true);
    row("device.pair", Barista, true);
    row("device.pair", Kiosk, false);
    row("order.recall", Barista, true);
    row("order.recall", Kiosk, false);
    row("orders.mine", Customer, true);
    row("orders.mine", Kiosk, false);
    row("order.follow", Customer, true);
    row("order.follow", Kiosk, false);
    row("order.brew", Admin, false);
}

void TestPolicy::opsFromTheContract()
{
    QFETCH(QString, op);
    QFETCH(Role, role);
    QFETCH(bool, allowed);
    QCOMPARE(policy::mayCall(role, op), allowed);
}

void TestPolicy::eventsFromTheContract_data()
{
    QTest::addColumn<EventType>("type");
    QTest::addColumn<Role>("role");
    QTest::addColumn<bool>("owner");
    QTest::addColumn<bool>("receives");
    auto row = [](EventType type, Role role, bool owner, bool receives) {
        QTest::addRow("%s/%s%s", qPrintable(eventTypeName(type)), qPrintable(roleName(role)),
                      owner ? " (owner)" : "")
            << type << role << owner << receives;
    };
    using enum Role;
    using enum EventType;
    for (EventType t : allEventTypes()) {
        row(t, Barista, false, true);
        row(t, Admin, false, true);
    }
    row(NewCode, Display, false, true);
    row(NewCode, Kiosk, false, false);
    row(NewCode, Customer, false, false);
    row(NewOrder, Display, false, true);
    row(ShopUnavailable, Display, false, false);
    row(ShopUnavailable, Kiosk, true, false);
    row(WorkflowStarted, Kiosk, true, true);
    row(WorkflowStarted, Customer, true, true);
    row(WorkflowStarted, Kiosk, false, false);
    row(WorkflowStarted, Display, false, false);
    // "all but other kiosks", and a customer's own orders only.
    for (EventType t :
         {WaitingCompletion, MakeOrder, OrderCompleted, OrderCancelled, OrderTimeOut}) {
        row(t, Display, false, true);
        row(t, Kiosk, true, true);
        row(t, Kiosk, false, false);
        row(t, Customer, true, true);
        row(t, Customer, false, false);
    }
    row(OrderFinished, Kiosk, true, false);
    row(OrderFinished, Display, false, false);
    row(OrderFinished, Customer, true, false);
    row(ConfigChanged, Kiosk, false, true);
    row(ConfigChanged, Display, false, true);
    row(ConfigChanged, Customer, false, true);
    row(DevicePaired, Display, false, false);
    row(DevicePaired, Kiosk, false, false);
}

void TestPolicy::eventsFromTheContract()
{
    QFETCH(EventType, type);
    QFETCH(Role, role);
    QFETCH(bool, owner);
    QFETCH(bool, receives);
    QCOMPARE(policy::mayReceive(type, role, owner), receives);
}

void TestPolicy::ordersFromTheContract()
{
    using enum Role;
    using enum OrderState;
    // Kiosks and customers act on their own orders only, as the customer.
    QVERIFY(policy::ownsOrders(Kiosk) && policy::ownsOrders(Customer));
    QVERIFY(!policy::ownsOrders(Barista) && !policy::ownsOrders(Admin) &&
            !policy::ownsOrders(Display));
    QCOMPARE(policy::cancelReason(Kiosk), u"customer"_s);
    QCOMPARE(policy::cancelReason(Customer), u"customer"_s);
    QCOMPARE(policy::cancelReason(Barista), u"barista"_s);
    QCOMPARE(policy::cancelReason(Admin), u"barista"_s);
    // A customer cancelling an order already IN_PRODUCTION gets CONFLICT; the bar may.
    QVERIFY(policy::mayCancel(Customer, Queued) && policy::mayCancel(Kiosk, AwaitingOrder));
    QVERIFY(!policy::mayCancel(Customer, InProduction) && !policy::mayCancel(Kiosk, InProduction));
    QVERIFY(policy::mayCancel(Barista, InProduction) && policy::mayCancel(Admin, Queued));
    QVERIFY(!policy::mayCancel(Barista, Completed) && !policy::mayCancel(Admin, TimedOut));
    // device.pair: admin any device role; barista kiosk, display and barista only.
    for (Role r : {Kiosk, Display, Barista, Admin})
        QVERIFY(policy::mayPair(Admin, r));
    QVERIFY(policy::mayPair(Barista, Kiosk) && policy::mayPair(Barista, Display) &&
            policy::mayPair(Barista, Barista));
    QVERIFY(!policy::mayPair(Barista, Admin) && !policy::mayPair(Display, Display) &&
            !policy::mayPair(Kiosk, Kiosk));
    // The snapshot's qr: display, barista and admin.
    QVERIFY(policy::seesCode(Display) && policy::seesCode(Barista) && policy::seesCode(Admin));
    QVERIFY(!policy::seesCode(Kiosk) && !policy::seesCode(Customer));
    // A display sees the public view only, and not the orders still being chosen.
    Order o;
    o.id.value = u"o-1"_s;
    o.state = AwaitingOrder;
    o.baristaId = u"bar-1"_s;
    QCOMPARE(policy::orderView(Display, o), o.toPublicJson());
    QCOMPARE(policy::orderView(Barista, o), o.toJson());
    QVERIFY(!policy::mayList(Display, o, false));
    QVERIFY(policy::mayList(Barista, o, false));
    QVERIFY(policy::mayList(Kiosk, o, true) && !policy::mayList(Kiosk, o, false));
    o.state = Queued;
    QVERIFY(policy::mayList(Display, o, false));
}

void TestPolicy::tablesCoverEverythingOnce()
{
    for (const OpSpec &spec : allOps()) {
        const auto rows = std::count_if(
            policy::opRules().cbegin(), policy::opRules().cend(),
            [&](const policy::OpRule &r) { return spec.name == QLatin1String(r.op); });
        QVERIFY2(rows == 1, qPrintable(spec.name));
    }
    for (const policy::OpRule &rule : policy::opRules())
        QVERIFY2(findOp(QString::fromLatin1(rule.op)), rule.op);
    QCOMPARE(policy::opRules().size(), allOps().size());
    for (EventType t : allEventTypes()) {
        const auto rows = std::count_if(policy::eventRules().cbegin(), policy::eventRules().cend(),
                                        [&](const policy::EventRule &r) { return r.type == t; });
        QVERIFY2(rows == 1, qPrintable(eventTypeName(t)));
    }
    QCOMPARE(policy::eventRules().size(), allEventTypes().size());
    for (Role r : allRoles())
        QCOMPARE(policy::ruleOf(r).role, r);
    QCOMPARE(policy::roleRules().size(), allRoles().size());
}

QTEST_GUILESS_MAIN(TestPolicy)
#include "tst_policy.moc"
