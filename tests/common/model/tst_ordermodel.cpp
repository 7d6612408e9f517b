// Order (common/order.h): its JSON with every state, the public view displays get, and the
// customer's name rules, against protocol.md. (tst_order is the order app's test.)

#include "../samples.h"

#include <QTest>

using namespace presso;
using namespace presso::samples;
using namespace presso::testing;

class TestOrderModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void orderRoundTrip_data();
    void orderRoundTrip();
    void orderPublicView();
    void customerName_data();
    void customerName();
};

void TestOrderModel::initTestCase()
{
    useFarTimeZone();
}

void TestOrderModel::orderRoundTrip_data()
{
    QTest::addColumn<int>("index");
    const QList<Order> orders = allOrders();
    for (int i = 0; i < orders.size(); ++i)
        QTest::addRow("%s", qPrintable(orderStateName(orders.at(i).state))) << i;
}

void TestOrderModel::orderRoundTrip()
{
    QFETCH(int, index);
    const Order order = allOrders().at(index);
    const QJsonObject json = order.toJson();
    QCOMPARE(keysOf(json), sorted({"id", "number", "state", "customerName", "drink", "modifiers",
                                   "icon", "createdAt", "submittedAt", "claimedAt", "completedAt",
                                   "finishedAt", "baristaId", "reason", "deadline"}));
    QCOMPARE(json.value(QStringLiteral("state")).toString(), orderStateName(order.state));
    QCOMPARE(orderStateFromName(orderStateName(order.state)),
             std::optional<OrderState>(order.state));
    QVERIFY(json.value(QStringLiteral("modifiers")).isArray());
    // Absent values are null, not missing or empty.
    QCOMPARE(json.value(QStringLiteral("number")).isNull(), !order.number.has_value());
    QCOMPARE(json.value(QStringLiteral("drink")).isNull(), order.drink.isEmpty());
    QCOMPARE(json.value(QStringLiteral("customerName")).isNull(), order.customerName.isEmpty());
    QCOMPARE(json.value(QStringLiteral("baristaId")).isNull(), order.baristaId.isEmpty());
    QCOMPARE(json.value(QStringLiteral("reason")).isNull(), order.reason.isEmpty());
    QCOMPARE(json.value(QStringLiteral("claimedAt")).isNull(), !order.claimedAt.has_value());

    const auto decoded = Order::fromJson(json);
    QVERIFY2(decoded.ok(), qPrintable(errorOf(decoded)));
    QCOMPARE(*decoded, order);
}

void TestOrderModel::orderPublicView()
{
    const Order order = inProductionOrder();
    const QJsonObject json = order.toPublicJson();
    QCOMPARE(json.value(QStringLiteral("baristaId")), QJsonValue(QJsonValue::Null));
    QCOMPARE(json.value(QStringLiteral("reason")), QJsonValue(QJsonValue::Null));
    QVERIFY(!QJsonDocument(json).toJson().contains("oken"));
    const auto decoded = Order::fromJson(json);
    QVERIFY2(decoded.ok(), qPrintable(errorOf(decoded)));
    Order expected = order;
    expected.baristaId.clear();
    QCOMPARE(*decoded, expected);
}

void TestOrderModel::customerName_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("output");
    QTest::addRow("plain") << "Ana" << true << "Ana";
    QTest::addRow("padded") << "  Ana \n" << true << "Ana";
    QTest::addRow("inner spaces") << "Ana   Maria" << true << "Ana Maria";
    QTest::addRow("tab inside") << "Ana\tMaria" << true << "Ana Maria";
    QTest::addRow("umlaut") << "Jörg" << true << "Jörg";
    QTest::addRow("empty") << "" << true << "";
    QTest::addRow("only spaces") << "   " << true << "";
    QTest::addRow("20 chars") << "Maximilianusandreasx" << true << "Maximilianusandreasx";
    QTest::addRow("20 chars after trimming")
        << "   Maximilianusandreasx   " << true << "Maximilianusandreasx";
    QTest::addRow("21 chars") << "Maximilianusandreasxy" << false << "";
    QTest::addRow("bell") << "Ana\u0007" << false << "";
    QTest::addRow("escape") << "\u001b[31mAna" << false << "";
    QTest::addRow("direction mark") << "Ana\u202e" << false << "";
}

void TestOrderModel::customerName()
{
    QFETCH(QString, input);
    QFETCH(bool, ok);
    QFETCH(QString, output);
    const auto name = normalizeCustomerName(input);
    QCOMPARE(name.ok(), ok);
    if (ok)
        QCOMPARE(*name, output);
    else
        QCOMPARE(name.error().code, ErrorCode::InvalidOrder);
}

QTEST_GUILESS_MAIN(TestOrderModel)
#include "tst_ordermodel.moc"
