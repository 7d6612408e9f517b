// A café's Wi-Fi between phones and the server: every phone's link delayed 100 ms each
// way (200 ms a round trip) and cut now and then (ImpairedRelay), and 5 % of its packets
// dropped by the kernel (LossyNetwork: iptables in a network namespace of the test's
// own). Phones order drink after drink as the phone page does, reconnecting, resuming
// and resending with the same requestId after every cut; a barista on the shop's wired
// network makes every drink. Checked: every phone ends with each of its drinks ready,
// the server holds exactly the orders the phones were told of (none placed twice), and
// no phone saw an event twice or out of order.
//
// PRESSO_CAFE_PHONES (16 by default; the contract admits 20 new customers a minute from
// one address, and the relay is one) and PRESSO_CAFE_DRINKS (2 each; `make test-long`: 10).
#include "cafephone.h"
#include "impairedrelay.h"
#include "lossynetwork.h"
#include "testshop.h"

#include <QLoggingCategory>
#include <QTest>
#include <QTimer>

using namespace presso;
using namespace presso::test;

namespace {
constexpr int kDelayMs = 100; // each way
constexpr int kLossPercent = 5;
constexpr double kCutChance = 0.03; // per chunk relayed

int setting(const char *name, int fallback)
{
    return qEnvironmentVariableIntValue(name) > 0 ? qEnvironmentVariableIntValue(name) : fallback;
}
} // namespace

// The barista on the wire: claims and completes every order as it is queued.
class BaristaAtWork : public QObject
{
public:
    explicit BaristaAtWork(const PressoClientOptions &options) : m_client(options)
    {
        connect(&m_client, &PressoClient::event, this, [this](const EventFrame &f) {
            if (f.event.type == EventType::WaitingCompletion)
                make(f.event.detail.value(QStringLiteral("order")).toObject().value(QStringLiteral("id")).toString());
        });
        m_client.start();
    }
    PressoClient &client() { return m_client; }
    int failed() const { return m_failed; }

private:
    void make(const QString &id) { step(QStringLiteral("order.claim"), id, 0); }
    // claim, then complete. A burst of orders queued at once (phones held up by the
    // Wi-Fi) can take the barista past its requests a second, and a loaded machine past a
    // request's timeout: then, as a barista looking at the card, it reads the order again
    // and carries on from what the server holds. Anything else is a failure.
    void step(const QString &op, const QString &id, int tries)
    {
        m_client.request(op, {{QStringLiteral("orderId"), id}}, this, [=, this](const Response &r) {
            if (r.ok)
                return op == QLatin1String("order.claim") ? step(QStringLiteral("order.complete"), id, tries) : void();
            if ((r.error.code == ErrorCode::RateLimited || PressoClient::isTimeout(r)) && tries < 40)
                return lookAgain(id, tries + 1);
            qWarning().noquote() << "barista:" << op << id << "failed with" << errorCodeName(r.error.code) << r.error.message;
            ++m_failed;
        });
    }
    void lookAgain(const QString &id, int tries)
    {
        QTimer::singleShot(250, this, [=, this] {
            m_client.request(QStringLiteral("order.get"), {{QStringLiteral("orderId"), id}}, this, [=, this](const Response &r) {
                if (!r.ok)
                    return tries < 40 ? lookAgain(id, tries + 1) : void(++m_failed);
                const QString state = r.result.value(QStringLiteral("order")).toObject().value(QStringLiteral("state")).toString();
                if (state == QLatin1String("QUEUED"))
                    step(QStringLiteral("order.claim"), id, tries);
                else if (state == QLatin1String("IN_PRODUCTION"))
                    step(QStringLiteral("order.complete"), id, tries);
            });
        });
    }
    PressoClient m_client;
    int m_failed = 0;
};

class TestCafeWifi : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void everyPhoneEndsRightAndNothingTwice();
};

void TestCafeWifi::initTestCase()
{
    QLoggingCategory::setFilterRules(QStringLiteral("presso.*.info=false\npresso.*.debug=false\nqt.websockets.*=false"));
}

void TestCafeWifi::everyPhoneEndsRightAndNothingTwice()
{
    const int phones = setting("PRESSO_CAFE_PHONES", 16), drinks = setting("PRESSO_CAFE_DRINKS", 2);
    TestShop shop;
    BaristaAtWork barista(shop.clientOptions(Role::Barista, shop.baristaToken));
    QTRY_VERIFY(barista.client().isLive());
    // Room for every drink in one code and in the queue; the next bucket brings a code with it.
    QVERIFY(shop.admin->call(QStringLiteral("settings.set"), {{QStringLiteral("drinksPerCode"), phones * drinks},
                                                             {QStringLiteral("maxOrdersInQueue"), phones * drinks}}).ok);
    shop.server.clock().advance(300'000);
    QTRY_COMPARE(shop.currentQr().value(QStringLiteral("tokensLeft")).toInt(), phones * drinks);
    const QString code = shop.currentCode();

    ImpairedRelay relay(shop.server.url(), kDelayMs, kCutChance, 19);
    QVERIFY(relay.listen());
    const bool lossy = LossyNetwork::dropOnPort(relay.port(), kLossPercent);
    if (!lossy)
        qWarning("no packet loss in this run (%s): delay and cuts only", qPrintable(LossyNetwork::error()));

    // The shop's clock follows real time, a second at a time, so that the per-second
    // request limit of each connection sees time pass.
    QTimer secondHand;
    connect(&secondHand, &QTimer::timeout, &shop.server.clock(), [&shop] { shop.server.clock().advance(1000); });
    secondHand.start(1000);
    std::vector<std::unique_ptr<CafePhone>> all;
    for (int i = 0; i < phones; ++i) {
        all.push_back(std::make_unique<CafePhone>(relay.url(), code, drinks));
        all.back()->start();
    }
    QElapsedTimer took;
    took.start();
    const auto settled = [&] {
        return std::all_of(all.cbegin(), all.cend(), [](const auto &p) { return p->isDone() || !p->failure().isEmpty(); });
    };
    if (!QTest::qWaitFor(settled, 120'000)) {
        for (const auto &p : all)
            qWarning("phone: %s", qPrintable(p->describe()));
        QFAIL("not every phone got its drinks");
    }
    const qint64 ms = took.elapsed();
    secondHand.stop();

    int reconnects = 0, resent = 0;
    QStringList told;
    for (const auto &p : all) {
        QVERIFY2(p->failure().isEmpty(), qPrintable(p->failure()));
        QCOMPARE(p->orders().size(), drinks);
        reconnects += p->reconnects();
        resent += p->resent();
        told += p->orders();
        // The server's view of this customer, on the wire without the relay.
        WsProbe direct(shop.server.url());
        QVERIFY(direct.connectNow());
        QVERIFY(direct.helloCustomer(p->customerToken()).ok);
        const QJsonArray mine = direct.call(QStringLiteral("orders.mine")).result.value(QStringLiteral("orders")).toArray();
        QCOMPARE(mine.size(), drinks);
        for (const QJsonValue &o : mine) {
            QVERIFY(p->orders().contains(o.toObject().value(QStringLiteral("id")).toString()));
            QCOMPARE(o.toObject().value(QStringLiteral("state")).toString(), QStringLiteral("COMPLETED"));
        }
    }
    // No order placed twice: the server holds exactly those the phones were told of.
    const QJsonArray orders = shop.barista->call(QStringLiteral("orders.list"),
                                                 {{QStringLiteral("states"), QJsonArray{QStringLiteral("AWAITING_ORDER"), QStringLiteral("QUEUED"),
                                                                                        QStringLiteral("IN_PRODUCTION"), QStringLiteral("COMPLETED"),
                                                                                        QStringLiteral("CANCELLED"), QStringLiteral("TIMED_OUT")}},
                                                  {QStringLiteral("limit"), 1000}})
                                  .result.value(QStringLiteral("orders")).toArray();
    QCOMPARE(orders.size(), phones * drinks);
    QCOMPARE(QSet<QString>(told.cbegin(), told.cend()).size(), phones * drinks);
    QCOMPARE(barista.failed(), 0);
    qInfo("café Wi-Fi: %d phones x %d drinks in %lld ms over %d ms each way; %d links, %d cut by the relay, "
          "%d reconnects, %d requests resent with their requestId; packets dropped by the kernel: %s",
          phones, drinks, ms, kDelayMs, relay.connections(), relay.cuts(), reconnects, resent,
          lossy ? qPrintable(QStringLiteral("%1 (%2 %)").arg(LossyNetwork::dropped()).arg(kLossPercent)) : "none (no iptables or not root)");
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (!LossyNetwork::enterPrivateNamespace())
        qWarning("staying in the host's network: %s", qPrintable(LossyNetwork::error()));
    TestCafeWifi test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_cafewifi.moc"
