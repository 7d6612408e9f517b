// PressoClient with several servers, against real servers: two (or three) TestServers
// on one SQLite store stand for "several servers on one database". The client moves to
// the next server when the one it uses is unreachable, resumes there from the last seq
// it saw on the other, and carries on with the same device token; with one server, or
// when a server refuses it, it stays. What it sent is read back through the servers.
#include "connectionstatus.h"
#include "pressoclient.h"
#include "requests.h"
#include "serverlist.h"
#include "testshop.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace presso;
using namespace presso::test;
using namespace Qt::StringLiterals;
using requests::OrderAction;

namespace {
// The seqs of the event frames a client emitted, in order.
QList<qint64> seqsOf(const QSignalSpy &events)
{
    QList<qint64> seqs;
    for (const QList<QVariant> &args : events)
        seqs.append(args.first().value<EventFrame>().seq);
    return seqs;
}

// The frames of one type about one order.
QList<EventFrame> framesAbout(const QSignalSpy &events, EventType type, const QString &orderId)
{
    QList<EventFrame> found;
    for (const QList<QVariant> &args : events) {
        const auto frame = args.first().value<EventFrame>();
        const QJsonObject order = frame.event.detail.value(u"order"_s).toObject();
        if (frame.event.type == type && order.value(u"id"_s).toString() == orderId)
            found.append(frame);
    }
    return found;
}

bool strictlyIncreasing(const QList<qint64> &seqs)
{
    return std::adjacent_find(seqs.cbegin(), seqs.cend(), std::greater_equal<>()) == seqs.cend();
}

// A client of the shop's barista on several servers.
PressoClientOptions onServers(TestShop &shop, QList<QUrl> servers)
{
    PressoClientOptions o = shop.clientOptions(Role::Barista, shop.baristaToken);
    o.servers = std::move(servers);
    return o;
}

// A device of the shop on another server of its store, having said hello.
std::unique_ptr<WsProbe> probeOn(TestServer &server, Role role, const QString &token)
{
    auto probe = std::make_unique<WsProbe>(server.url());
    return probe->join(role, token).isEmpty() ? nullptr : std::move(probe);
}
} // namespace

class TestFailover : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<EventFrame>(); }
    void movesOnWhenItsServerStops();
    void resumesOnAnotherServerWhatItMissed();
    void wrapsAroundTheList();
    void oneServerIsTriedAgainAsBefore();
    void aRefusalIsNotUnreachable();
};

void TestFailover::movesOnWhenItsServerStops()
{
    TestShop shop;
    auto b = shop.server.sharingStore();
    PressoClient client(onServers(shop, {shop.server.url(), b->url()}));
    ConnectionStatus status(client, std::chrono::milliseconds(200));
    QSignalSpy events(&client, &PressoClient::event);
    QSignalSpy snapshots(&client, &PressoClient::snapshot);
    QSignalSpy moves(&client, &PressoClient::serverChanged);
    client.start();
    QTRY_VERIFY_WITH_TIMEOUT(client.isLive(), 10'000);
    QCOMPARE(client.server(), shop.server.url());
    const QString orderId = shop.placeOrder(*shop.kiosk).value(u"id"_s).toString();
    QTRY_COMPARE(framesAbout(events, EventType::WaitingCompletion, orderId).size(), 1);
    const qint64 seenOnA = client.lastSeq();

    // A goes; the barista taps "Make" at once: the claim goes out on the dying link, or
    // waits, and runs on B once, with the key it was given.
    shop.server.stop();
    // Optional: a default Response says ok, which passed the check below before the answer came.
    std::optional<Response> claimed;
    client.request(requests::orderAction(OrderAction::Claim, orderId), [&](const Response &r) { claimed = r; });
    QTRY_VERIFY_WITH_TIMEOUT(client.isLive() && client.server() == b->url(), 10'000);
    QCOMPARE(moves.size(), 1);
    QCOMPARE(moves.first().at(0).toUrl(), shop.server.url());
    QCOMPARE(moves.first().at(1).toUrl(), b->url());
    // B answered hello with resumed:true, which it says only to a hello with resumeFrom.
    QCOMPARE(snapshots.size(), 2);
    QCOMPARE(snapshots.last().at(1).toBool(), true);
    QTRY_VERIFY(claimed);
    QVERIFY(claimed->ok);
    QCOMPARE(claimed->result.value(u"order"_s).toObject().value(u"baristaId"_s).toString(), u"barista-1"_s);

    // B knows the device by the same token, and ran the claim once.
    auto admin = probeOn(*b, Role::Admin, shop.adminToken);
    QVERIFY(admin);
    const QJsonArray devices = admin->call(u"device.list"_s).result.value(u"devices"_s).toArray();
    const auto bar = std::find_if(devices.begin(), devices.end(), [](const QJsonValue &d) {
        return d.toObject().value(u"name"_s).toString() == u"barista-1"_s;
    });
    QVERIFY(bar != devices.end() && bar->toObject().value(u"online"_s).toBool());
    QVERIFY(barrier(client));
    const QList<EventFrame> made = framesAbout(events, EventType::MakeOrder, orderId);
    QCOMPARE(made.size(), 1);
    QVERIFY(made.first().seq > seenOnA);
    QVERIFY(strictlyIncreasing(seqsOf(events)));

    // The banner's words: which server it tried, then which it is on, then nothing.
    QTRY_COMPARE(status.state(), ConnectionStatus::State::Live);
    QVERIFY(status.text().isEmpty());
}

void TestFailover::resumesOnAnotherServerWhatItMissed()
{
    TestShop shop;
    auto b = shop.server.sharingStore();
    b->stop(); // its port is known; nothing listens there yet
    PressoClient client(onServers(shop, {shop.server.url(), b->url()}));
    ConnectionStatus status(client);
    QSignalSpy events(&client, &PressoClient::event);
    QSignalSpy snapshots(&client, &PressoClient::snapshot);
    QSignalSpy moves(&client, &PressoClient::serverChanged);
    client.start();
    QTRY_VERIFY_WITH_TIMEOUT(client.isLive(), 10'000);
    const QString orderId = shop.placeOrder(*shop.kiosk).value(u"id"_s).toString();
    QTRY_COMPARE(framesAbout(events, EventType::WaitingCompletion, orderId).size(), 1);
    const qint64 seenOnA = client.lastSeq();

    shop.server.stop();
    QVERIFY(moves.wait(10'000));
    QCOMPARE(status.state(), ConnectionStatus::State::Switching);
    QCOMPARE(status.text(), u"Shop server %1 is not answering. Trying %2…"_s
                                .arg(serverLabel(shop.server.url()), serverLabel(b->url())));

    // While the client reaches neither, a third server on the store takes a claim.
    qint64 missed = 0;
    {
        auto c = shop.server.sharingStore();
        auto barista = probeOn(*c, Role::Barista, shop.baristaToken);
        QVERIFY(barista);
        QVERIFY(barista->call(requests::opOf(OrderAction::Claim), {{u"orderId"_s, orderId}}).ok);
        const auto frame = barista->waitForEvent(EventType::MakeOrder);
        QVERIFY(frame);
        missed = frame->seq;
    }
    QVERIFY(framesAbout(events, EventType::MakeOrder, orderId).isEmpty());

    b->restart();
    QTRY_VERIFY_WITH_TIMEOUT(client.isLive(), 10'000);
    QCOMPARE(client.server(), b->url());
    QCOMPARE(snapshots.last().at(1).toBool(), true);
    // The event made elsewhere while it was away comes once, after what it had seen.
    QTRY_COMPARE(framesAbout(events, EventType::MakeOrder, orderId).size(), 1);
    QCOMPARE(framesAbout(events, EventType::MakeOrder, orderId).first().seq, missed);
    QVERIFY(missed > seenOnA);
    QVERIFY(strictlyIncreasing(seqsOf(events)));
    QCOMPARE(status.state(), ConnectionStatus::State::Switched);
    QCOMPARE(status.text(), u"Now connected to shop server %1"_s.arg(serverLabel(b->url())));
}

void TestFailover::wrapsAroundTheList()
{
    TestShop shop;
    auto b = shop.server.sharingStore();
    shop.server.stop(); // the first in the list is down from the start
    PressoClient client(onServers(shop, {shop.server.url(), b->url()}));
    QSignalSpy moves(&client, &PressoClient::serverChanged);
    client.start();
    QTRY_VERIFY_WITH_TIMEOUT(client.isLive(), 10'000);
    QCOMPARE(client.server(), b->url());

    // Back to the first once it returns and the second goes.
    shop.server.restart();
    b->stop();
    QTRY_VERIFY_WITH_TIMEOUT(client.isLive() && client.server() == shop.server.url(), 10'000);
    QCOMPARE(moves.last().at(0).toUrl(), b->url());
    QCOMPARE(moves.last().at(1).toUrl(), shop.server.url());
    QVERIFY(barrier(client));
}

void TestFailover::oneServerIsTriedAgainAsBefore()
{
    TestShop shop;
    PressoClient client(shop.clientOptions(Role::Barista, shop.baristaToken));
    ConnectionStatus status(client);
    QSignalSpy moves(&client, &PressoClient::serverChanged);
    QSignalSpy stale(&client, &PressoClient::stale);
    client.start();
    QTRY_VERIFY_WITH_TIMEOUT(client.isLive(), 10'000);
    shop.server.stop();
    QVERIFY(stale.wait(10'000));
    QCOMPARE(status.text(), u"Reconnecting to the shop server…"_s);
    shop.server.restart();
    QTRY_VERIFY_WITH_TIMEOUT(client.isLive(), 10'000);
    QCOMPARE(client.server(), shop.server.url());
    QVERIFY(moves.isEmpty());
    QCOMPARE(status.state(), ConnectionStatus::State::Live);
}

void TestFailover::aRefusalIsNotUnreachable()
{
    TestShop shop;
    auto b = shop.server.sharingStore();
    PressoClientOptions o = onServers(shop, {shop.server.url(), b->url()});
    o.token = u"not-a-token-of-this-shop"_s;
    PressoClient client(o);
    QSignalSpy refused(&client, &PressoClient::helloFailed);
    QSignalSpy moves(&client, &PressoClient::serverChanged);
    client.start();
    // Refused, and asked again (once per maxBackoff), on the same server each time.
    QVERIFY(refused.wait(10'000));
    QTRY_VERIFY_WITH_TIMEOUT(refused.size() >= 2, 10'000);
    QCOMPARE(refused.first().first().value<Error>().code, ErrorCode::Unauthenticated);
    QVERIFY(moves.isEmpty());
    QCOMPARE(client.server(), shop.server.url());
}

QTEST_GUILESS_MAIN(TestFailover)
#include "tst_failover.moc"
