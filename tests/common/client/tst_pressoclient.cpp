// PressoClient against a FakeServer on loopback.

#include "fakeserver.h"
#include "lowdelay.h"
#include "pressoclient.h"
#include "requests.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>
#include <QWebSocket>
#include <QWebSocketServer>
#include <atomic>
#include <memory>

using namespace presso;
using namespace std::chrono_literals;

namespace {
constexpr Millis kStart = 1'795'000'000'000;

// Counts a callback's calls and keeps the last response it got.
struct Answers
{
    int calls = 0;
    Response last;

    ResponseCallback callback()
    {
        return [this](const Response &response) {
            ++calls;
            last = response;
        };
    }
};
// Counts the client's log lines about failed connection attempts: the one trace they leave.
std::atomic<int> s_failedConnects = 0;
void countFailedConnects(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    if (context.category == QLatin1String("presso.client")
        && message.contains(QLatin1String("could not connect")))
        ++s_failedConnects;
}
} // namespace

class TestPressoClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void helloGoesLive();
    void responsesCorrelatedOutOfOrder();
    void unansweredRequestTimesOut();
    void reconnectsAfterDrop_data();
    void reconnectsAfterDrop();
    void resumeDeliversEachEventOnce();
    void resyncAsksForAWholeSnapshot();
    void notResumedTakesSnapshotSeq();
    void duplicateEventsDropped();
    void inFlightRequestsRetriedWithSameKey();
    void aKeyedRequestSentAgainIsTheSameRequest();
    void queuedWhileDisconnected();
    void queuedRequestExpires();
    void refusedLocally();
    void destroyedContextSkipsCallback();
    void connectsOnceServerIsUp();
    void helloRefusedBacksOff();
    void deadLinkDetected();
    void clockOffsetFromServerTime();
    void pingUpdatesOffset();
    void stopFailsPending();
    void lowDelayOnBothEnds();

private:
    PressoClientOptions options() const;
    std::unique_ptr<PressoClient> startLive(const PressoClientOptions &options);

    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<FakeServer> m_server;
};

void TestPressoClient::init()
{
    m_clock = std::make_unique<ManualClock>(kStart);
    m_server = std::make_unique<FakeServer>(m_clock.get());
}

void TestPressoClient::cleanup()
{
    m_server.reset();
    m_clock.reset();
}

PressoClientOptions TestPressoClient::options() const
{
    PressoClientOptions o;
    o.servers = {m_server->url()};
    o.role = Role::Barista;
    o.token = QStringLiteral("secret-token");
    o.deviceName = QStringLiteral("bar-1");
    o.requestTimeout = 5s;
    // Tests that are about pings or dead links shorten these.
    o.pingInterval = 60s;
    o.deadLinkTimeout = 120s;
    o.minBackoff = 10ms;
    o.maxBackoff = 50ms;
    o.clock = m_clock.get();
    return o;
}

std::unique_ptr<PressoClient> TestPressoClient::startLive(const PressoClientOptions &options)
{
    auto client = std::make_unique<PressoClient>(options);
    QSignalSpy live(client.get(), &PressoClient::live);
    client->start();
    if (!live.wait(5000))
        qWarning("the client did not go live");
    return client;
}

void TestPressoClient::helloGoesLive()
{
    m_server->setSeq(42);
    PressoClient client(options());
    QSignalSpy live(&client, &PressoClient::live);
    QSignalSpy snapshot(&client, &PressoClient::snapshot);
    QSignalSpy stale(&client, &PressoClient::stale);
    QVERIFY(!client.isLive());
    QVERIFY(!client.sessionRole());

    client.start();
    QVERIFY(live.wait());
    QCOMPARE(live.count(), 1);
    QCOMPARE(snapshot.count(), 1);
    QVERIFY(snapshot.at(0).at(0).toJsonObject().contains(QStringLiteral("shop")));
    QCOMPARE(snapshot.at(0).at(1).toBool(), false);
    QVERIFY(client.isLive());
    QCOMPARE(client.lastSeq(), 42);
    QCOMPARE(client.sessionRole(), Role::Barista);
    QCOMPARE(client.sessionId(), QStringLiteral("s-1"));
    QCOMPARE(stale.count(), 0);

    QCOMPARE(m_server->lastSubprotocol(), QStringLiteral("presso.v1"));
    const QList<Request> requests = m_server->requests();
    QCOMPARE(requests.size(), 1);
    const Request &hello = requests.first();
    QCOMPARE(hello.op, QStringLiteral("hello"));
    QCOMPARE(hello.args.value(QStringLiteral("protocol")).toInt(), 1);
    QCOMPARE(hello.args.value(QStringLiteral("role")).toString(), QStringLiteral("barista"));
    QCOMPARE(hello.args.value(QStringLiteral("token")).toString(), QStringLiteral("secret-token"));
    QCOMPARE(hello.args.value(QStringLiteral("device")).toString(), QStringLiteral("bar-1"));
    QVERIFY(!hello.args.contains(QStringLiteral("resumeFrom")));
    QVERIFY(hello.requestId.isEmpty());
}

void TestPressoClient::responsesCorrelatedOutOfOrder()
{
    m_server->setAutoAnswer(false);
    auto client = startLive(options());
    QVERIFY(client->isLive());

    Answers answers[3];
    const QStringList ids{
        client->request(QStringLiteral("orders.list"), {{QStringLiteral("limit"), 5}}, answers[0].callback()),
        client->request(QStringLiteral("order.claim"), {{QStringLiteral("orderId"), QStringLiteral("o-2")}},
                        answers[1].callback()),
        client->request(QStringLiteral("stats.get"), {}, answers[2].callback()),
    };
    QTRY_COMPARE(m_server->requests().size(), 4);
    const QList<Request> sent = m_server->requests().mid(1);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(sent.at(i).id, ids.at(i));
    // Only the mutating op carries an idempotency key.
    QVERIFY(sent.at(0).requestId.isEmpty());
    QVERIFY(!QUuid::fromString(sent.at(1).requestId).isNull());
    QVERIFY(sent.at(2).requestId.isEmpty());

    for (int i : {2, 0, 1})
        m_server->respond(sent.at(i), {{QStringLiteral("n"), i}});
    QTRY_VERIFY(answers[0].calls && answers[1].calls && answers[2].calls);
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(answers[i].calls, 1);
        QVERIFY(answers[i].last.ok);
        QCOMPARE(answers[i].last.id.toString(), ids.at(i));
        QCOMPARE(answers[i].last.result.value(QStringLiteral("n")).toInt(), i);
    }
}

void TestPressoClient::unansweredRequestTimesOut()
{
    auto opts = options();
    opts.requestTimeout = 300ms;
    m_server->setAutoAnswer(false);
    auto client = startLive(opts);
    QVERIFY(client->isLive());

    Answers late;
    QElapsedTimer elapsed;
    elapsed.start();
    client->request(QStringLiteral("stats.get"), {}, late.callback());
    QTRY_COMPARE(late.calls, 1);
    QVERIFY(elapsed.elapsed() >= 250);
    QVERIFY(!late.last.ok);
    QVERIFY(PressoClient::isTimeout(late.last));
    QCOMPARE(late.last.error.code, ErrorCode::Timeout);
    QCOMPARE(errorCodeName(late.last.error.code), QStringLiteral("TIMEOUT"));

    // The answer that comes after all is dropped. Responses come in order, so once the
    // next request is answered the late answer has been read.
    m_server->respond(m_server->requests(QStringLiteral("stats.get")).first(), {});
    m_server->setAutoAnswer(true);
    Answers next;
    client->request(QStringLiteral("config.get"), {}, next.callback());
    QTRY_COMPARE(next.calls, 1);
    QVERIFY(next.last.ok);
    QCOMPARE(late.calls, 1);
    QVERIFY(client->isLive());
}

void TestPressoClient::reconnectsAfterDrop_data()
{
    QTest::addColumn<bool>("abort");
    QTest::addRow("abort") << true;
    QTest::addRow("close") << false;
}

void TestPressoClient::reconnectsAfterDrop()
{
    QFETCH(bool, abort);
    m_server->setSeq(7);
    auto client = startLive(options());
    QSignalSpy live(client.get(), &PressoClient::live);
    QSignalSpy stale(client.get(), &PressoClient::stale);
    bool liveWhenStale = true;
    connect(client.get(), &PressoClient::stale, this, [&] { liveWhenStale = client->isLive(); });

    if (abort)
        m_server->abortConnection();
    else
        m_server->closeConnection();
    QTRY_COMPARE(stale.count(), 1);
    QVERIFY(!liveWhenStale);
    QTRY_COMPARE(live.count(), 1);
    QVERIFY(client->isLive());
    QCOMPARE(stale.count(), 1);
    QCOMPARE(m_server->connectionCount(), 2);
    const QList<Request> hellos = m_server->requests(QStringLiteral("hello"));
    QCOMPARE(hellos.size(), 2);
    QCOMPARE(hellos.at(1).args.value(QStringLiteral("resumeFrom")).toInteger(), 7);
}

void TestPressoClient::resumeDeliversEachEventOnce()
{
    m_server->setSeq(5);
    auto client = startLive(options());
    QSignalSpy live(client.get(), &PressoClient::live);
    QSignalSpy snapshot(client.get(), &PressoClient::snapshot);
    QSignalSpy events(client.get(), &PressoClient::event);
    QCOMPARE(client->lastSeq(), 5);

    m_server->pushEvent(6);
    m_server->pushEvent(7);
    QTRY_COMPARE(events.count(), 2);
    QCOMPARE(client->lastSeq(), 7);

    // The server replays from a little earlier than asked: 6 and 7 must not come twice.
    m_server->setSeq(9);
    m_server->setResumed(true);
    m_server->setReplay({6, 7, 8, 9});
    m_server->abortConnection();
    QTRY_COMPARE(live.count(), 1);
    QCOMPARE(m_server->requests(QStringLiteral("hello")).at(1).args.value(QStringLiteral("resumeFrom")).toInteger(), 7);
    QCOMPARE(snapshot.count(), 1);
    QCOMPARE(snapshot.at(0).at(1).toBool(), true);

    m_server->pushEvent(10);
    QTRY_COMPARE(events.count(), 5);
    QList<qint64> seqs;
    for (const auto &args : std::as_const(events))
        seqs.append(args.at(0).value<EventFrame>().seq);
    QCOMPARE(seqs, (QList<qint64>{6, 7, 8, 9, 10}));
    QCOMPARE(events.at(2).at(0).value<EventFrame>().event.detail.value(QStringLiteral("n")).toInt(), 8);
    QCOMPARE(client->lastSeq(), 10);
}

// A screen made anew (another language) asks for everything again: the link is cut and
// the next hello does not resume, so its snapshot is the whole truth.
void TestPressoClient::resyncAsksForAWholeSnapshot()
{
    m_server->setSeq(7);
    auto client = startLive(options());
    QSignalSpy live(client.get(), &PressoClient::live);
    QSignalSpy snapshot(client.get(), &PressoClient::snapshot);
    client->resync();
    QTRY_COMPARE(live.count(), 1);
    const QList<Request> hellos = m_server->requests(QStringLiteral("hello"));
    QCOMPARE(hellos.size(), 2);
    QVERIFY(!hellos.at(1).args.contains(QStringLiteral("resumeFrom")));
    QCOMPARE(snapshot.count(), 1);
    QCOMPARE(snapshot.at(0).at(1).toBool(), false);
}

void TestPressoClient::notResumedTakesSnapshotSeq()
{
    m_server->setSeq(50);
    auto client = startLive(options());
    QSignalSpy live(client.get(), &PressoClient::live);
    QSignalSpy events(client.get(), &PressoClient::event);

    // The server could not resume (its log restarted lower): the snapshot is as of seq 3.
    m_server->setSeq(3);
    m_server->setResumed(false);
    m_server->abortConnection();
    QTRY_COMPARE(live.count(), 1);
    QCOMPARE(client->lastSeq(), 3);
    m_server->pushEvent(4);
    QTRY_COMPARE(events.count(), 1);
    QCOMPARE(client->lastSeq(), 4);
}

void TestPressoClient::duplicateEventsDropped()
{
    m_server->setSeq(5);
    auto client = startLive(options());
    QSignalSpy events(client.get(), &PressoClient::event);
    for (qint64 seq : {6, 6, 5, 8, 7, 9, 10})
        m_server->pushEvent(seq);
    QTRY_COMPARE(client->lastSeq(), 10);
    QList<qint64> seqs;
    for (const auto &args : std::as_const(events))
        seqs.append(args.at(0).value<EventFrame>().seq);
    QCOMPARE(seqs, (QList<qint64>{6, 8, 9, 10}));
}

// What a caller does after a TIMEOUT (the robot, an app's "try again"): the same keyed
// request, sent again, carries the same requestId, so the server answers what it did
// first instead of doing it twice. Reads get no key.
void TestPressoClient::aKeyedRequestSentAgainIsTheSameRequest()
{
    auto opts = options();
    opts.requestTimeout = 300ms;
    m_server->setAutoAnswer(false);
    auto client = startLive(opts);
    const Request claim = requests::keyed(requests::orderAction(requests::OrderAction::Claim, QStringLiteral("o-1")));
    QVERIFY(!claim.requestId.isEmpty());
    QCOMPARE(requests::keyed(claim).requestId, claim.requestId);
    QVERIFY(requests::keyed(requests::ordersList({})).requestId.isEmpty());
    QVERIFY(!requests::keyed(Request{{}, QStringLiteral("order.brew"), {}, {}}).requestId.isEmpty());

    Answers first;
    client->request(claim, first.callback());
    QTRY_COMPARE(first.calls, 1);
    QCOMPARE(first.last.error.code, ErrorCode::Timeout);
    m_server->setAutoAnswer(true);
    Answers again;
    client->request(claim, again.callback());
    QTRY_COMPARE(again.calls, 1);
    const QList<Request> sent = m_server->requests(QStringLiteral("order.claim"));
    QCOMPARE(sent.size(), 2);
    QCOMPARE(sent.at(0).requestId, claim.requestId);
    QCOMPARE(sent.at(1).requestId, claim.requestId);
}

void TestPressoClient::inFlightRequestsRetriedWithSameKey()
{
    m_server->setAutoAnswer(false);
    auto client = startLive(options());
    QSignalSpy live(client.get(), &PressoClient::live);

    Answers claim;
    Answers stats;
    const QString claimId = client->request(QStringLiteral("order.claim"),
                                            {{QStringLiteral("orderId"), QStringLiteral("o-1")}},
                                            claim.callback());
    client->request(QStringLiteral("stats.get"), {}, stats.callback());
    QTRY_COMPARE(m_server->requests().size(), 3);
    const Request first = m_server->requests(QStringLiteral("order.claim")).first();
    QVERIFY(!first.requestId.isEmpty());

    m_server->abortConnection();
    QTRY_COMPARE(live.count(), 1);
    QTRY_COMPARE(m_server->requests().size(), 6);
    const QList<Request> all = m_server->requests();
    QCOMPARE(all.at(3).op, QStringLiteral("hello"));
    const Request again = all.at(4);
    QCOMPARE(again.op, QStringLiteral("order.claim"));
    QCOMPARE(again.id, claimId);
    QCOMPARE(again.requestId, first.requestId);
    QCOMPARE(again.args, first.args);
    QCOMPARE(all.at(5).op, QStringLiteral("stats.get"));
    QCOMPARE(claim.calls, 0);

    // A second answer to the same id must not call back twice.
    m_server->respond(again, {{QStringLiteral("done"), true}});
    m_server->respond(again, {{QStringLiteral("done"), true}});
    m_server->respond(all.at(5), {});
    m_server->setAutoAnswer(true);
    Answers after;
    client->request(QStringLiteral("config.get"), {}, after.callback());
    QTRY_COMPARE(after.calls, 1);
    QCOMPARE(claim.calls, 1);
    QVERIFY(claim.last.ok);
    QCOMPARE(claim.last.result.value(QStringLiteral("done")).toBool(), true);
    QCOMPARE(stats.calls, 1);
}

void TestPressoClient::queuedWhileDisconnected()
{
    PressoClient client(options());
    Answers open;
    client.request(QStringLiteral("shop.setOpen"), {{QStringLiteral("open"), false}}, open.callback());
    client.start();
    QTRY_COMPARE(open.calls, 1);
    QVERIFY(open.last.ok);
    const QList<Request> all = m_server->requests();
    QCOMPARE(all.size(), 2);
    QCOMPARE(all.at(0).op, QStringLiteral("hello"));
    QCOMPARE(all.at(1).op, QStringLiteral("shop.setOpen"));
    QVERIFY(!all.at(1).requestId.isEmpty());
}

void TestPressoClient::queuedRequestExpires()
{
    auto opts = options();
    opts.requestTimeout = 100ms;
    PressoClient client(opts);
    Answers open;
    client.request(QStringLiteral("shop.setOpen"), {{QStringLiteral("open"), false}}, open.callback());
    QTRY_COMPARE(open.calls, 1);
    QVERIFY(PressoClient::isTimeout(open.last));

    QSignalSpy live(&client, &PressoClient::live);
    client.start();
    QVERIFY(live.wait());
    Answers next;
    client.request(QStringLiteral("config.get"), {}, next.callback());
    QTRY_COMPARE(next.calls, 1);
    QCOMPARE(m_server->requests(QStringLiteral("shop.setOpen")).size(), 0);
    QCOMPARE(open.calls, 1);
}

void TestPressoClient::refusedLocally()
{
    PressoClient client(options());
    Answers hello;
    QVERIFY(client.request(QStringLiteral("hello"), {}, hello.callback()).isEmpty());
    // Never from inside request(): callers may not be ready for it yet.
    QCOMPARE(hello.calls, 0);
    QTRY_COMPARE(hello.calls, 1);
    QCOMPARE(hello.last.error.code, ErrorCode::BadRequest);

    Answers big;
    const QString text(70 * 1024, QLatin1Char('x'));
    QVERIFY(client.request(QStringLiteral("menu.set"), {{QStringLiteral("x"), text}}, big.callback())
                .isEmpty());
    QTRY_COMPARE(big.calls, 1);
    QCOMPARE(big.last.error.code, ErrorCode::BadRequest);
}

void TestPressoClient::destroyedContextSkipsCallback()
{
    auto client = startLive(options());
    auto context = std::make_unique<QObject>();
    int calls = 0;
    client->request(QStringLiteral("config.get"), {}, context.get(), [&](const Response &) { ++calls; });
    context.reset();
    Answers after;
    client->request(QStringLiteral("config.get"), {}, after.callback());
    QTRY_COMPARE(after.calls, 1);
    QCOMPARE(calls, 0);
}

void TestPressoClient::connectsOnceServerIsUp()
{
    m_server->stopListening();
    PressoClient client(options());
    QSignalSpy live(&client, &PressoClient::live);
    QSignalSpy stale(&client, &PressoClient::stale);
    s_failedConnects = 0;
    const QtMessageHandler previous = qInstallMessageHandler(countFailedConnects);
    client.start();
    // Refused connections are retried: wait for a few before the server comes up.
    QTRY_VERIFY(s_failedConnects >= 3);
    qInstallMessageHandler(previous);
    QVERIFY(m_server->listen());
    QTRY_COMPARE(live.count(), 1);
    // Never live before, so nothing was lost: no stale().
    QCOMPARE(stale.count(), 0);
}

void TestPressoClient::helloRefusedBacksOff()
{
    auto opts = options();
    opts.maxBackoff = 200ms;
    m_server->setHelloError(Error{ErrorCode::Unauthenticated, QStringLiteral("unknown token")});
    PressoClient client(opts);
    QSignalSpy failed(&client, &PressoClient::helloFailed);
    QSignalSpy live(&client, &PressoClient::live);
    QSignalSpy stale(&client, &PressoClient::stale);

    client.start();
    QVERIFY(failed.wait());
    QCOMPARE(failed.at(0).at(0).value<Error>().code, ErrorCode::Unauthenticated);
    QVERIFY(!client.isLive());

    // Not the 10 ms minimum: a refused device waits the full interval (75-100 % of it).
    QElapsedTimer elapsed;
    elapsed.start();
    QTRY_COMPARE(m_server->connectionCount(), 2);
    QVERIFY2(elapsed.elapsed() >= 120, qPrintable(QString::number(elapsed.elapsed())));

    m_server->setHelloError(std::nullopt);
    QTRY_COMPARE(live.count(), 1);
    QVERIFY(failed.count() >= 2);
    QCOMPARE(stale.count(), 0);
}

void TestPressoClient::deadLinkDetected()
{
    auto opts = options();
    opts.pingInterval = 20ms;
    opts.deadLinkTimeout = 250ms;
    opts.requestTimeout = 400ms;
    auto client = startLive(opts);
    QSignalSpy live(client.get(), &PressoClient::live);
    QSignalSpy stale(client.get(), &PressoClient::stale);

    // Pings keep a quiet link alive.
    QTRY_VERIFY(m_server->requests(QStringLiteral("ping")).size() >= 3);
    QCOMPARE(stale.count(), 0);

    m_server->setSilent(true);
    QVERIFY(stale.wait(3000));
    QVERIFY(!client->isLive());
    m_server->setSilent(false);
    QTRY_COMPARE(live.count(), 1);
    QVERIFY(m_server->connectionCount() >= 2);
}

void TestPressoClient::clockOffsetFromServerTime()
{
    m_server->setServerOffset(5000);
    m_server->setAdvancePerRequest(200);
    auto client = startLive(options());
    QVERIFY(client->isLive());
    // hello left at kStart and was answered at kStart + 200 with serverTime kStart + 5200:
    // taken as stamped in the middle of the round trip, at kStart + 100.
    QCOMPARE(client->serverOffset(), 5100);
    QCOMPARE(client->serverNow(), kStart + 200 + 5100);
    m_clock->advance(1000);
    QCOMPARE(client->serverNow(), kStart + 1200 + 5100);

    // An answer whose round trip allows the estimate leaves it alone...
    Answers first;
    client->request(QStringLiteral("config.get"), {}, first.callback());
    QTRY_COMPARE(first.calls, 1);
    QCOMPARE(client->serverOffset(), 5100);

    // ...one that contradicts it moves it to the nearest offset the round trip allows.
    m_server->setServerOffset(5300);
    Answers second;
    client->request(QStringLiteral("config.get"), {}, second.callback());
    QTRY_COMPARE(second.calls, 1);
    QCOMPARE(client->serverOffset(), 5300);
    QCOMPARE(client->serverNow(), m_clock->now() + 5300);
}

void TestPressoClient::pingUpdatesOffset()
{
    auto opts = options();
    opts.pingInterval = 20ms;
    auto client = startLive(opts);
    QCOMPARE(client->serverOffset(), 0);
    m_server->setServerOffset(-9000);
    QTRY_COMPARE(client->serverOffset(), -9000);
}

void TestPressoClient::stopFailsPending()
{
    m_server->setAutoAnswer(false);
    auto client = startLive(options());
    QSignalSpy stale(client.get(), &PressoClient::stale);
    Answers pending;
    client->request(QStringLiteral("order.complete"), {{QStringLiteral("orderId"), QStringLiteral("o-1")}},
                    pending.callback());
    QTRY_COMPARE(m_server->requests().size(), 2);

    client->stop();
    QCOMPARE(pending.calls, 1);
    QVERIFY(!pending.last.ok);
    QVERIFY(!PressoClient::isTimeout(pending.last));
    QCOMPARE(stale.count(), 1);
    QVERIFY(!client->isLive());
    QTRY_VERIFY(!m_server->hasConnection());
}

// Nagle's algorithm held small frames for the peer's delayed ACK (40 ms p99 for every
// op and event under load); both ends of a presso connection turn it off.
void TestPressoClient::lowDelayOnBothEnds()
{
    QWebSocketServer server(QStringLiteral("test"), QWebSocketServer::NonSecureMode);
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    QSignalSpy accepted(&server, &QWebSocketServer::newConnection);
    QWebSocket client;
    QSignalSpy connected(&client, &QWebSocket::connected);
    client.open(QUrl(QStringLiteral("ws://127.0.0.1:%1").arg(server.serverPort())));
    QVERIFY(accepted.wait());
    QTRY_COMPARE(connected.size(), 1);
    std::unique_ptr<QWebSocket> serverSide(server.nextPendingConnection());
    QVERIFY(serverSide);
    QVERIFY(setLowDelay(serverSide.get(), &server));
    QVERIFY(setLowDelay(&client));
    QVERIFY(!setLowDelay(nullptr));
}

QTEST_GUILESS_MAIN(TestPressoClient)
#include "tst_pressoclient.moc"
