#include "stats.h"

#include <QDateTime>
#include <QJsonArray>
#include <map>

namespace presso {

namespace {
struct DrinkFigures
{
    int count = 0;
    int completed = 0;
    qint64 prepMsTotal = 0;
};
} // namespace

QJsonObject dayStats(const QString &day, const QList<OrderRecord> &orders)
{
    std::map<QString, DrinkFigures> drinks;
    std::map<int, int> perHour;
    int total = 0, completed = 0, cancelled = 0, timedOut = 0;
    for (const OrderRecord &r : orders) {
        const Order &o = r.order;
        if (!o.submittedAt)
            continue;
        ++total;
        DrinkFigures &f = drinks[o.drink];
        ++f.count;
        ++perHour[QDateTime::fromMSecsSinceEpoch(*o.submittedAt).time().hour()];
        if (o.state == OrderState::Completed && o.completedAt) {
            ++completed;
            ++f.completed;
            f.prepMsTotal += *o.completedAt - *o.submittedAt;
        } else if (o.state == OrderState::Cancelled) {
            ++cancelled;
        } else if (o.state == OrderState::TimedOut) {
            ++timedOut;
        }
    }
    QJsonArray drinkList;
    for (const auto &[drink, f] : drinks) {
        drinkList.append(QJsonObject{
            {QStringLiteral("drink"), drink},
            {QStringLiteral("count"), f.count},
            {QStringLiteral("completed"), f.completed},
            {QStringLiteral("avgPrepSec"), f.completed ? double(f.prepMsTotal) / f.completed / 1000.0 : QJsonValue()},
        });
    }
    QJsonArray hours;
    for (const auto &[hour, count] : perHour)
        hours.append(QJsonObject{{QStringLiteral("hour"), hour}, {QStringLiteral("count"), count}});
    return QJsonObject{{QStringLiteral("day"), day},
                       {QStringLiteral("orders"), total},
                       {QStringLiteral("completed"), completed},
                       {QStringLiteral("cancelled"), cancelled},
                       {QStringLiteral("timedOut"), timedOut},
                       {QStringLiteral("drinks"), drinkList},
                       {QStringLiteral("perHour"), hours}};
}

} // namespace presso
