// The display's spoken call-outs through a real voice engine (flite) and a real sound
// server (PulseAudio with a null sink): a drink completed at the barista is said out
// loud, and the sound reaches the loudspeaker. Several ready at once are each said in
// full, one after another. In German, Speech Dispatcher's espeak-ng says it with a German
// voice, the drink as the menu names it in German.
#include "calloutspeaker.h"
#include "displaywindow.h"
#include "language.h"
#include "pressoclient.h"
#include "pulsedaemon.h"
#include "speechdaemon.h"
#include "testshop.h"

#include <QScopeGuard>
#include <QSignalSpy>
#include <QTest>

using namespace presso;
using namespace presso::test;

namespace {
// A TV on the shop with its call-outs on, and what its speaker said or could not.
struct SpeakingScreen
{
    explicit SpeakingScreen(TestShop &shop)
        : client(shop.clientOptions(Role::Display, shop.displayToken))
        , window(client, true)
        , speaker(window.findChild<CalloutSpeaker *>())
        , spoken(speaker, &CalloutSpeaker::spoken)
        , failed(speaker, &CalloutSpeaker::failed)
    {
        client.start();
    }
    bool ready()
    {
        return speaker && speaker->available()
            && QTest::qWaitFor([&] { return client.isLive() && window.model().hasConfig(); }, 10'000);
    }

    PressoClient client;
    DisplayWindow window;
    CalloutSpeaker *speaker;
    QSignalSpy spoken;
    QSignalSpy failed;
};
} // namespace

class TestCallouts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void saysAReadyOrderOutLoud();
    void saysEachOfSeveralInTurn();
    void saysAGermanCalloutWithAGermanVoice();

private:
    // Places, claims and completes one order; returns its id.
    QString makeReady(TestShop &shop, const QString &drink, const QString &name);

    PulseDaemon m_pulse;
    SpeechDaemon m_speechd;
};

void TestCallouts::initTestCase()
{
    QString why;
    QVERIFY2(m_pulse.start(&why), qPrintable(why));
    QVERIFY2(m_pulse.startRecording(&why), qPrintable(why));
    QVERIFY2(m_speechd.start(&why), qPrintable(why)); // after PulseAudio: it plays there
}

QString TestCallouts::makeReady(TestShop &shop, const QString &drink, const QString &name)
{
    TestShop::Redeemed redeemed;
    const QString id = shop.placeOrder(*shop.kiosk, &redeemed, drink, {}, name).value(QStringLiteral("id")).toString();
    if (!shop.barista->call(QStringLiteral("order.claim"), {{QStringLiteral("orderId"), id}}).ok
        || !shop.barista->call(QStringLiteral("order.complete"), {{QStringLiteral("orderId"), id}}).ok)
        return {};
    return id;
}

void TestCallouts::saysAReadyOrderOutLoud()
{
    TestShop shop;
    SpeakingScreen screen(shop);
    QVERIFY2(screen.ready(), "no speaker: the flite engine is not installed (qt6-speech-flite-plugin) or has no audio output");
    QSignalSpy &spoken = screen.spoken, &failed = screen.failed;
    const int silence = m_pulse.peak();

    QVERIFY(!makeReady(shop, QStringLiteral("Latte"), QStringLiteral("Ana")).isEmpty());
    QVERIFY(spoken.wait(30'000));
    QCOMPARE(failed.size(), 0);
    QCOMPARE(spoken.first().first().toString(), QStringLiteral("Order 1, Ana, your latte is ready"));
    // The loudspeaker heard it: speech peaks far above the silence before it.
    QTRY_VERIFY_WITH_TIMEOUT(m_pulse.peak() > std::max(2'000, 4 * silence), 10'000);
}

void TestCallouts::saysEachOfSeveralInTurn()
{
    TestShop shop;
    SpeakingScreen screen(shop);
    QVERIFY2(screen.ready(), "no speaker: the flite engine is not installed (qt6-speech-flite-plugin) or has no audio output");
    QSignalSpy &spoken = screen.spoken, &failed = screen.failed;

    // Three drinks finished within a second, as at a rush.
    QVERIFY(!makeReady(shop, QStringLiteral("Latte"), QStringLiteral("Ana")).isEmpty());
    QVERIFY(!makeReady(shop, QStringLiteral("Flat White"), QStringLiteral("Ben")).isEmpty());
    QVERIFY(!makeReady(shop, QStringLiteral("Cappuccino"), QStringLiteral("Zoë")).isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(spoken.size() + failed.size(), 3, 60'000);
    QCOMPARE(failed.size(), 0);
    QStringList said;
    for (const QList<QVariant> &args : spoken)
        said.append(args.first().toString());
    QCOMPARE(said, (QStringList{QStringLiteral("Order 1, Ana, your latte is ready"),
                                QStringLiteral("Order 2, Ben, your flat white is ready"),
                                QStringLiteral("Order 3, Zoë, your cappuccino is ready")}));
}

void TestCallouts::saysAGermanCalloutWithAGermanVoice()
{
    QVERIFY(language::use(QStringLiteral("de")));
    const auto english = qScopeGuard([] { language::use(QStringLiteral("en")); });
    TestShop shop;
    SpeakingScreen screen(shop);
    QVERIFY2(screen.ready(), "no speaker: no speech engine is installed");
    // flite speaks English only; the German call-out goes to espeak-ng through speechd.
    const auto voice = screen.speaker->voiceIn(QLocale());
    QVERIFY2(voice, "no engine has a German voice (speech-dispatcher-espeak-ng, qt6-speech-speechd-plugin)");
    QCOMPARE(voice->engine, QStringLiteral("speechd"));
    QCOMPARE(voice->locale.language(), QLocale::German);
    QCOMPARE(screen.speaker->voiceIn(QLocale(QLocale::English))->engine, QStringLiteral("flite"));
    m_pulse.resetPeak(); // the English tests before this one were loud

    QVERIFY(!makeReady(shop, QStringLiteral("Coffee of the day"), QStringLiteral("Jürgen")).isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(screen.spoken.size() + screen.failed.size(), 1, 30'000);
    QCOMPARE(screen.failed.size(), 0);
    QCOMPARE(screen.spoken.first().first().toString(), QStringLiteral("Bestellung 1, Jürgen, dein Kaffee des Tages ist fertig"));
    QTRY_VERIFY_WITH_TIMEOUT(m_pulse.peak() > 2'000, 10'000);
}

QTEST_MAIN(TestCallouts)
#include "tst_callouts.moc"
