#include "ordersworkload.h"

#include <QTest>
#include <QUuid>
#include <algorithm>
#include <set>

namespace presso::test {

namespace {
QStringList allStates()
{
    QStringList names;
    for (OrderState s : {OrderState::AwaitingOrder, OrderState::Queued, OrderState::InProduction,
                         OrderState::Completed, OrderState::Cancelled, OrderState::TimedOut})
        names.append(orderStateName(s));
    return names;
}

OrderState targetOf(const QString &op)
{
    if (op == QLatin1String("order.submit"))
        return OrderState::Queued;
    if (op == QLatin1String("order.claim"))
        return OrderState::InProduction;
    if (op == QLatin1String("order.complete"))
        return OrderState::Completed;
    return OrderState::Cancelled;
}
} // namespace

QString OrdersWorkload::pick(OrderState state)
{
    QStringList ids;
    for (auto it = m_told.cbegin(); it != m_told.cend(); ++it) {
        if (it->state == state && !it->unanswered)
            ids.append(it.key());
    }
    if (ids.isEmpty())
        return {};
    std::sort(ids.begin(), ids.end());
    return ids.at(std::uniform_int_distribution<qsizetype>(0, ids.size() - 1)(m_random));
}

WsProbe &OrdersWorkload::probeFor(const QString &op)
{
    const bool kiosk = op == QLatin1String("order.submit") || op == QLatin1String("order.cancel");
    return kiosk ? *m_shop.kiosk : *m_shop.barista;
}

void OrdersWorkload::act(const QString &id, const QString &op, OrderState to, const QString &requestId)
{
    if (id.isEmpty())
        return;
    Told &t = m_told[id];
    WsProbe &probe = probeFor(op);
    QJsonObject args{{QStringLiteral("orderId"), id}};
    if (&probe == m_shop.kiosk.get())
        args.insert(QStringLiteral("orderToken"), t.token);
    if (op == QLatin1String("order.submit"))
        args.insert(QStringLiteral("drink"), QStringLiteral("Latte"));
    const QString key = requestId.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : requestId;
    const Response r = probe.call(op, args, key);
    if (r.ok) {
        ++m_acknowledged;
        t.state = to;
        t.unanswered.reset();
        const QJsonValue number = r.result.value(QStringLiteral("order")).toObject().value(QStringLiteral("number"));
        if (number.isDouble())
            t.number = number.toInt();
    } else if (r.error.code == ErrorCode::Internal || r.error.message == QLatin1String("no response")) {
        ++m_internal;
        t.unanswered = to; // stored or not: the client cannot know
        t.requestId = key;
        t.op = op;
    } else {
        // A definite refusal: nothing happened. A retry is refused only when its first
        // attempt was (the stored answer), which is worth seeing when a check fails.
        if (!requestId.isEmpty())
            qInfo("%s %s again: %s", qPrintable(op), qPrintable(id), qPrintable(errorCodeName(r.error.code)));
        t.unanswered.reset();
    }
}

bool OrdersWorkload::anyUnanswered() const
{
    return std::any_of(m_told.cbegin(), m_told.cend(), [](const Told &t) { return t.unanswered.has_value(); });
}

bool OrdersWorkload::settle(int tries)
{
    for (int round = 0; round < tries; ++round) {
        QStringList open;
        for (auto it = m_told.cbegin(); it != m_told.cend(); ++it) {
            if (it->unanswered)
                open.append(it.key());
        }
        if (open.isEmpty())
            return true;
        for (const QString &id : std::as_const(open)) {
            const Told t = m_told.value(id);
            act(id, t.op, targetOf(t.op), t.requestId);
        }
    }
    return false;
}

void OrdersWorkload::step()
{
    switch (std::uniform_int_distribution<int>(0, 9)(m_random)) {
    case 0:
    case 1:
    case 2: {
        const TestShop::Redeemed r = m_shop.redeem(*m_shop.kiosk);
        if (!r.orderId.isEmpty()) {
            ++m_acknowledged;
            Told t;
            t.token = r.orderToken;
            m_told.insert(r.orderId, t);
        }
        break;
    }
    case 3:
    case 4:
        act(pick(OrderState::AwaitingOrder), QStringLiteral("order.submit"), OrderState::Queued);
        break;
    case 5:
        act(pick(OrderState::Queued), QStringLiteral("order.claim"), OrderState::InProduction);
        break;
    case 6:
    case 7:
        act(pick(OrderState::InProduction), QStringLiteral("order.complete"), OrderState::Completed);
        break;
    case 8:
        act(pick(OrderState::Queued), QStringLiteral("order.cancel"), OrderState::Cancelled);
        break;
    default:
        // A client sends an unanswered request again at once, well inside the server's
        // idempotency window (10 minutes): moving the clock past it first would make the
        // retry a new request, refused if the first one was stored.
        if (anyUnanswered())
            break;
        m_shop.server.clock().advance(std::uniform_int_distribution<Millis>(10'000, 240'000)(m_random));
        break;
    }
}

void checkStore(SqlStorage &store, Millis now, const QHash<QString, Told> &told, const QList<EventFrame> &seen)
{
    QHash<QString, QList<int>> numbersByDay;
    for (const OrderRecord &r : store.ordersInStates(allStates(), 1'000'000)) {
        const Order &o = r.order;
        if (o.number)
            numbersByDay[r.day].append(*o.number);
        if (isOpen(o.state) && o.deadline)
            QVERIFY2(*o.deadline > now, qPrintable(o.id.value + " outlived its deadline"));
        if (o.state == OrderState::TimedOut && o.deadline && o.finishedAt)
            QVERIFY2(*o.finishedAt >= *o.deadline, qPrintable(o.id.value + " timed out early"));
    }
    for (auto it = numbersByDay.begin(); it != numbersByDay.end(); ++it) {
        std::sort(it->begin(), it->end());
        for (int i = 0; i < it->size(); ++i)
            QVERIFY2(it->at(i) == i + 1, qPrintable("the numbers of " + it.key() + " repeat or skip"));
    }
    for (auto it = told.cbegin(); it != told.cend(); ++it) {
        const auto stored = store.order(OrderId{it.key()});
        QVERIFY2(stored, qPrintable("acknowledged order lost: " + it.key()));
        const OrderState s = stored->order.state;
        const bool expected = s == it->state || (it->unanswered && s == *it->unanswered)
                              || (isOpen(it->state) && s == OrderState::TimedOut);
        QVERIFY2(expected, qPrintable(QStringLiteral("%1 was told %2, stored %3")
                                          .arg(it.key(), orderStateName(it->state), orderStateName(s))));
        if (it->number)
            QCOMPARE(stored->order.number, it->number);
    }
    const QList<StoredEvent> log = store.eventsAfter(0, 1'000'000);
    for (int i = 1; i < log.size(); ++i)
        QVERIFY2(log.at(i).seq == log.at(i - 1).seq + 1, "a seq gap in the event log");
    std::set<qint64> logged;
    for (const StoredEvent &e : log)
        logged.insert(e.seq);
    for (const EventFrame &f : seen)
        QVERIFY2(logged.count(f.seq), qPrintable(QStringLiteral("event %1, seen by a client, is lost").arg(f.seq)));
}

} // namespace presso::test
