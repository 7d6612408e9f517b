// peekEventFrame: the envelope of an event frame read without decoding the detail, and
// null for anything it cannot vouch for, which the full decoder then handles.

#include "eventpeek.h"
#include "frames.h"

#include <QTest>

using namespace presso;

namespace {
// A frame as the server writes it, with a detail that holds brackets and quotes in strings.
const char *const kFrame =
    "{\"event\":{\"detail\":{\"order\":{\"customerName\":\"A \\\"}{][\\\" B\","
    "\"modifiers\":[\"Oat\",{\"x\":[1,2]}]}},"
    "\"detail-type\":\"OrderManager.OrderCompleted\",\"id\":\"e-7\",\"source\":\"presso\","
    "\"time\":\"2026-11-22T21:42:33.123Z\",\"version\":\"1\"},\"seq\":42,\"type\":\"event\"}";
} // namespace

class TestEventPeek : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void agreesWithTheDecoder_data();
    void agreesWithTheDecoder();
    void leavesDoubtsToTheDecoder_data();
    void leavesDoubtsToTheDecoder();
};

void TestEventPeek::agreesWithTheDecoder_data()
{
    QTest::addColumn<QString>("text");
    QTest::addRow("as the server writes it") << QString::fromUtf8(kFrame);
    QTest::addRow("keys in another order, spaces")
        << QStringLiteral(R"( { "type" : "event", "seq" : 42, "event" : { "version":"1", "id":"e-7",)"
                          R"( "source":"presso", "time":"2026-11-22T21:42:33.123Z",)"
                          R"( "detail-type":"OrderManager.OrderCompleted", "detail": {} , "extra":[{}]} } )");
    QTest::addRow("non-ASCII detail") << QString::fromUtf8(kFrame).replace(QStringLiteral("Oat"), QStringLiteral("Hafer\u00e9\u2615"));
}

void TestEventPeek::agreesWithTheDecoder()
{
    QFETCH(QString, text);
    const auto decoded = decodeServerFrame(text.toUtf8());
    QVERIFY(decoded.ok());
    EventFrame expected = std::get<EventFrame>(*decoded);
    expected.event.detail = {};
    const auto peeked = peekEventFrame(text);
    QVERIFY(peeked);
    QCOMPARE(*peeked, expected);
    QCOMPARE(peeked->seq, 42);
    QCOMPARE(peeked->event.type, EventType::OrderCompleted);
}

void TestEventPeek::leavesDoubtsToTheDecoder_data()
{
    QTest::addColumn<QString>("text");
    const QString frame = QString::fromUtf8(kFrame);
    auto row = [&](const char *name, const QString &from, const QString &to) {
        QString changed = frame;
        changed.replace(from, to);
        QVERIFY2(changed != frame, name);
        QTest::addRow("%s", name) << changed;
    };
    QTest::addRow("a response")
        << QStringLiteral(R"({"id":"c-1","ok":true,"result":{},"serverTime":"2026-11-22T21:42:33.123Z","type":"res"})");
    QTest::addRow("not JSON") << QStringLiteral("event");
    QTest::addRow("empty") << QString();
    QTest::addRow("cut short") << frame.left(frame.size() - 1);
    QTest::addRow("trailing text") << frame + QStringLiteral("x");
    row("seq zero", QStringLiteral(R"("seq":42)"), QStringLiteral(R"("seq":0)"));
    row("seq negative", QStringLiteral(R"("seq":42)"), QStringLiteral(R"("seq":-42)"));
    row("seq a fraction", QStringLiteral(R"("seq":42)"), QStringLiteral(R"("seq":42.5)"));
    row("seq a string", QStringLiteral(R"("seq":42)"), QStringLiteral(R"("seq":"42")"));
    row("seq twice", QStringLiteral(R"("seq":42)"), QStringLiteral(R"("seq":42,"seq":43)"));
    row("no seq", QStringLiteral(R"("seq":42,)"), QString());
    row("unknown detail-type", QStringLiteral("OrderCompleted"), QStringLiteral("OrderEaten"));
    row("other version", QStringLiteral(R"("version":"1")"), QStringLiteral(R"("version":"2")"));
    row("other source", QStringLiteral(R"("source":"presso")"), QStringLiteral(R"("source":"other")"));
    row("bad time", QStringLiteral("33.123Z"), QStringLiteral("33.123"));
    row("escaped id", QStringLiteral(R"("id":"e-7")"), QStringLiteral(R"("id":"e\u002d7")"));
    row("no id", QStringLiteral(R"("id":"e-7",)"), QString());
    row("detail not an object", QStringLiteral(R"("detail":{"order")"), QStringLiteral(R"("detail":[{"order")"));
    row("detail brackets crossed", QStringLiteral("[1,2]}"), QStringLiteral("[1,2}]"));
    row("unbalanced string", QStringLiteral(R"("Oat")"), QStringLiteral(R"("Oat)"));
    row("type res", QStringLiteral(R"("type":"event")"), QStringLiteral(R"("type":"res")"));
}

void TestEventPeek::leavesDoubtsToTheDecoder()
{
    QFETCH(QString, text);
    QVERIFY(!peekEventFrame(text));
}

QTEST_APPLESS_MAIN(TestEventPeek)
#include "tst_eventpeek.moc"
