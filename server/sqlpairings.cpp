// SqlStorage's pairing codes (the pairings table of migration 002), and where the
// server that serves the store is reached, for the codes' URLs.
#include "sqlstorage.h"

namespace presso {

void SqlStorage::setServedAt(const QString &publicUrl)
{
    run(QStringLiteral("meta_put"), {{QStringLiteral("key"), QStringLiteral("served_at")}, {QStringLiteral("value"), publicUrl}});
}

QString SqlStorage::servedAt()
{
    QSqlQuery &q = run(QStringLiteral("meta_get"), {{QStringLiteral("key"), QStringLiteral("served_at")}});
    const QString url = q.next() ? q.value(0).toString() : QString();
    q.finish();
    return url;
}

void SqlStorage::insertPairing(const PairingRecord &p)
{
    run(QStringLiteral("pairing_insert"),
        {{QStringLiteral("code_hash"), p.codeHash}, {QStringLiteral("role"), roleName(p.role)},
         {QStringLiteral("name"), p.name}, {QStringLiteral("created_at"), p.createdAt},
         {QStringLiteral("expires_at"), p.expiresAt}, {QStringLiteral("shop"), p.shop}});
}

std::optional<PairingRecord> SqlStorage::openPairing(const QString &codeHash, Millis now)
{
    QSqlQuery &q = run(QStringLiteral("pairing_by_hash"),
                       {{QStringLiteral("code_hash"), codeHash}, {QStringLiteral("now"), now}});
    std::optional<PairingRecord> out;
    if (q.next()) {
        const auto role = roleFromName(q.value(1).toString());
        if (role)
            out = PairingRecord{q.value(0).toString(), *role, q.value(2).toString(),
                                q.value(3).toLongLong(), q.value(4).toLongLong(), q.value(5).toString()};
    }
    q.finish();
    return out;
}

void SqlStorage::deletePairing(const QString &codeHash)
{
    run(QStringLiteral("pairing_delete"), {{QStringLiteral("code_hash"), codeHash}});
}

void SqlStorage::countPairingFailure(Millis now)
{
    run(QStringLiteral("pairings_count_failure"), {{QStringLiteral("now"), now}});
}

void SqlStorage::prunePairings(Millis now, int maxFailures)
{
    run(QStringLiteral("pairings_prune"),
        {{QStringLiteral("now"), now}, {QStringLiteral("max_failures"), maxFailures}});
}

} // namespace presso
