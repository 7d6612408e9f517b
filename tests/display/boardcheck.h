#pragma once

#include "order.h"
#include "testshop.h"

#include <QCoreApplication>
#include <QDir>
#include <QTest>
#include <QWidget>

// What the display's tests look for: the code the server holds, an order on a board
// column, and a screenshot of the screen under the build tree (display-screens/).
namespace presso::test {

inline QString currentUrl(TestShop &shop)
{
    return shop.currentQr().value(QStringLiteral("url")).toString();
}

inline bool showsOrder(const QList<Order> &orders, const QString &id)
{
    return std::any_of(orders.cbegin(), orders.cend(), [&](const Order &o) { return o.id.value == id; });
}

inline void saveScreen(QWidget &w, const QString &name)
{
    const QString dir = QCoreApplication::applicationDirPath() + QStringLiteral("/display-screens");
    QDir().mkpath(dir);
    QVERIFY(w.grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png")));
}

} // namespace presso::test
