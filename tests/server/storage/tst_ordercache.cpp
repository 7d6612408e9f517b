// The open orders a server keeps in memory: an action never runs on a copy that another
// writer changed since (two servers on one store, both backends), nor on one a rollback
// took back.
#include "storagesupport.h"
#include "testservices.h"
#include "testserver.h"
#include "wsprobe.h"

using namespace presso;
using namespace presso::test;

namespace {
const QString kOrderId = QStringLiteral("orderId");

QString stateOf(const Response &r)
{
    return r.result.value(QStringLiteral("order")).toObject().value(QStringLiteral("state")).toString();
}

// Two servers on one store, a kiosk and a barista on each.
struct TwoBars
{
    explicit TwoBars(const QString &store)
        : a(store)
        , b(store)
        , kioskA(a.url())
        , baristaA(a.url())
        , baristaB(b.url())
        , kioskB(b.url())
    {
        kioskA.join(Role::Kiosk, a.addDevice(Role::Kiosk, QStringLiteral("kiosk-a")));
        baristaA.join(Role::Barista, a.addDevice(Role::Barista, QStringLiteral("bar-a")));
        baristaB.join(Role::Barista, b.addDevice(Role::Barista, QStringLiteral("bar-b")));
        kioskB.join(Role::Kiosk, b.addDevice(Role::Kiosk, QStringLiteral("kiosk-b")));
    }

    static Response redeem(TestServer &server, WsProbe &kiosk)
    {
        Services &s = server.services();
        const QString code = s.transactor.run([&] { return s.validator.current().code; });
        return kiosk.call(QStringLiteral("qr.redeem"), {{QStringLiteral("code"), code}});
    }

    // An order redeemed and submitted through a's kiosk: a has it in memory, QUEUED.
    QString queuedOnA()
    {
        const Response redeemed = redeem(a, kioskA);
        if (!redeemed.ok)
            return {};
        const QString id = redeemed.result.value(kOrderId).toString();
        const Response submitted = kioskA.call(QStringLiteral("order.submit"),
                                               {{kOrderId, id},
                                                {QStringLiteral("orderToken"), redeemed.result.value(QStringLiteral("orderToken"))},
                                                {QStringLiteral("drink"), QStringLiteral("Latte")}});
        return stateOf(submitted) == QLatin1String("QUEUED") ? id : QString();
    }

    TestServer a;
    TestServer b;
    WsProbe kioskA;
    WsProbe baristaA;
    WsProbe baristaB;
    WsProbe kioskB;
};
} // namespace

class tst_OrderCache : public QObject
{
    Q_OBJECT

    Stores m_stores;

private Q_SLOTS:
    void backends_data()
    {
        QTest::addColumn<QString>("backend");
        for (const QString &b : Stores::backends())
            QTest::newRow(qPrintable(b)) << b;
    }

    void anOrderClaimedElsewhereCanBeCompletedHere_data() { backends_data(); }
    void anOrderClaimedElsewhereCanBeCompletedHere()
    {
        QFETCH(QString, backend);
        TwoBars bars(m_stores.fresh(backend));
        const QString id = bars.queuedOnA();
        QVERIFY(!id.isEmpty());
        QCOMPARE(stateOf(bars.baristaB.call(QStringLiteral("order.claim"), {{kOrderId, id}})), QStringLiteral("IN_PRODUCTION"));
        // a held it as QUEUED: it must read it again, and complete it.
        const Response completed = bars.baristaA.call(QStringLiteral("order.complete"), {{kOrderId, id}});
        QVERIFY2(completed.ok, qPrintable(completed.error.message));
        QCOMPARE(stateOf(completed), QStringLiteral("COMPLETED"));
        QCOMPARE(completed.result.value(QStringLiteral("order")).toObject().value(QStringLiteral("baristaId")).toString(),
                 QStringLiteral("bar-b"));
    }

    void anOrderCancelledElsewhereCannotBeClaimedHere_data() { backends_data(); }
    void anOrderCancelledElsewhereCannotBeClaimedHere()
    {
        QFETCH(QString, backend);
        TwoBars bars(m_stores.fresh(backend));
        const QString id = bars.queuedOnA();
        QVERIFY(!id.isEmpty());
        QVERIFY(bars.baristaB.call(QStringLiteral("order.cancel"), {{kOrderId, id}}).ok);
        const Response claim = bars.baristaA.call(QStringLiteral("order.claim"), {{kOrderId, id}});
        QCOMPARE(claim.error.code, ErrorCode::Conflict);
        const auto stored = bars.b.storage().order(OrderId{id});
        QVERIFY(stored);
        QCOMPARE(stored->order.state, OrderState::Cancelled);
        QVERIFY(stored->order.baristaId.isEmpty());
    }

    // The count of open orders a server keeps counts the other server's orders too.
    void capacityCountsAnotherServersOrders_data() { backends_data(); }
    void capacityCountsAnotherServersOrders()
    {
        QFETCH(QString, backend);
        TwoBars bars(m_stores.fresh(backend));
        WsProbe owner(bars.a.url());
        QVERIFY(!owner.join(Role::Admin, bars.a.addDevice(Role::Admin, QStringLiteral("owner"))).isEmpty());
        QVERIFY(owner.call(QStringLiteral("settings.set"), {{QStringLiteral("maxOrdersInQueue"), 2}}).ok);
        QVERIFY(TwoBars::redeem(bars.a, bars.kioskA).ok);
        QVERIFY(TwoBars::redeem(bars.b, bars.kioskB).ok);
        QCOMPARE(TwoBars::redeem(bars.a, bars.kioskA).error.code, ErrorCode::AtCapacity);
        // And an order that ends elsewhere frees its place here.
        const auto open = bars.b.storage().openOrders();
        QCOMPARE(open.size(), 2);
        QVERIFY(bars.baristaB.call(QStringLiteral("order.cancel"), {{kOrderId, open.first().order.id.value}}).ok);
        QVERIFY(TwoBars::redeem(bars.a, bars.kioskA).ok);
    }

    // A command that changed an order and then failed leaves nothing of it in memory,
    // alone and inside a group commit.
    void aRollbackForgetsTheChange()
    {
        TestServices rig;
        Services &s = rig.services();
        addDevice(s, Role::Barista, QStringLiteral("bar"));
        OrderRecord record = sampleOrder(QStringLiteral("o-1"), rig.clock().now());
        s.transactor.run([&] {
            s.orders.start(record);
            return 0;
        });
        const Actor barista{Role::Barista, QStringLiteral("bar"), {}, {}};
        const OrderId id{QStringLiteral("o-1")};
        auto submitThenFail = [&] {
            s.transactor.run([&] {
                if (!s.orders.submit(id, Actor{Role::Admin, {}, {}, {}}, {QStringLiteral("Latte"), {}, {}}))
                    return 0;
                throw StorageError("the disk is full");
            });
        };
        QVERIFY_THROWS_EXCEPTION(StorageError, submitThenFail());
        // Still AWAITING_ORDER: a claim is refused, a submit is taken.
        QCOMPARE(s.transactor.run([&] { return s.orders.claim(id, barista); }).error().code, ErrorCode::Conflict);
        s.transactor.beginBatch();
        QVERIFY_THROWS_EXCEPTION(StorageError, submitThenFail());
        QCOMPARE(s.transactor.run([&] { return s.orders.claim(id, barista); }).error().code, ErrorCode::Conflict);
        QVERIFY(s.transactor.commitBatch());
        QVERIFY(s.transactor.run([&] { return s.orders.submit(id, Actor{Role::Admin, {}, {}, {}}, {QStringLiteral("Latte"), {}, {}}); }));
        QCOMPARE(rig.storage().order(id)->order.state, OrderState::Queued);
    }
};

QTEST_GUILESS_MAIN(tst_OrderCache)
#include "tst_ordercache.moc"
