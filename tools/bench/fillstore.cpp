// presso-fillstore: fills a data dir with a long history (orders and events) for the
// start-up benchmark. Writes through the real SqliteStorage, in large transactions.
#include "clock.h"
#include "sqlitestorage.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QTextStream>
#include <QUuid>

using namespace presso;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 4) {
        QTextStream(stderr) << "usage: presso-fillstore DATA_DIR ORDERS EVENTS" << Qt::endl;
        return 2;
    }
    QDir().mkpath(args.at(1));
    SqliteStorage storage(QDir(args.at(1)).filePath(QStringLiteral("presso.db")));
    const int orders = args.at(2).toInt();
    const int events = args.at(3).toInt();
    const int eventsPerOrder = std::max(1, events / std::max(1, orders));
    const Millis start = SystemClock().now() - qint64(orders) * 60'000;
    const QStringList drinks{QStringLiteral("Latte"), QStringLiteral("Espresso"), QStringLiteral("Flat White")};
    int written = 0;
    storage.begin();
    for (int i = 0; i < orders; ++i) {
        OrderRecord r;
        r.order.id.value = QUuid::createUuid().toString(QUuid::WithoutBraces);
        r.tokenHash = QStringLiteral("x");
        r.kiosk = QStringLiteral("kiosk-1");
        const Millis t = start + qint64(i) * 60'000;
        r.day = QStringLiteral("d%1").arg(i / 1000);
        r.order.number = i % 1000 + 1;
        r.order.state = OrderState::Completed;
        r.order.customerName = QStringLiteral("Ana");
        r.order.drink = drinks.at(i % drinks.size());
        r.order.createdAt = t;
        r.order.submittedAt = t + 30'000;
        r.order.completedAt = t + 200'000;
        r.order.finishedAt = t + 200'000;
        storage.insertOrder(r);
        for (int e = 0; e < eventsPerOrder && written < events; ++e, ++written) {
            StoredEvent ev;
            ev.event.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
            ev.event.type = e == 0 ? EventType::WaitingCompletion : EventType::MakeOrder;
            ev.event.time = t + e * 1000;
            ev.event.detail = QJsonObject{{QStringLiteral("order"), r.order.toJson()}};
            ev.orderId = r.order.id.value;
            ev.owner = r.kiosk;
            storage.appendEvent(ev);
        }
        if (i % 10'000 == 9'999) {
            storage.commit();
            storage.begin();
        }
    }
    storage.commit();
    // As a server leaves its database after a clean stop, so that P6 times a clean start.
    storage.setServing(false);
    QTextStream(stdout) << "wrote " << orders << " orders and " << written << " events" << Qt::endl;
    return 0;
}
