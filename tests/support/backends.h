#pragma once

#include "pgcluster.h"

#include <QTest>
#include <memory>
#include <stdexcept>

namespace presso::test {

// The storage backends a server test runs each case on, as the global data column
// "backend": "sqlite" (the TestServer's own file) and "postgresql" (a new database in
// one real PostgreSQL 15 cluster per test executable, started when first needed).
class Backends
{
public:
    // For initTestCase_data().
    static void addRows()
    {
        QTest::addColumn<QString>("backend");
        QTest::newRow("sqlite") << QStringLiteral("sqlite");
        QTest::newRow("postgresql") << QStringLiteral("postgresql");
    }

    // The store of the running case's backend, as TestServer takes it: empty for the
    // SQLite file, else a new database's URI (named prefix + a number).
    QString database(const QString &prefix)
    {
        QFETCH_GLOBAL(QString, backend);
        if (backend == QLatin1String("sqlite"))
            return {};
        if (!m_pg)
            m_pg = std::make_unique<PgCluster>();
        if (!m_pg->isRunning())
            throw std::runtime_error(m_pg->error().toStdString());
        return m_pg->createDatabase(prefix + QString::number(++m_databases));
    }

private:
    std::unique_ptr<PgCluster> m_pg;
    int m_databases = 0;
};

} // namespace presso::test
