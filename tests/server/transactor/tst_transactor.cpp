// Transactor: one command is one transaction. What it commits is stored and then
// published, in seq order; what throws leaves nothing behind, in the file, in the log, in
// the publisher or in the caches. In a group commit each command rolls back alone.

#include "testservices.h"

#include <QTest>

using namespace presso;
using namespace presso::test;

namespace {

const QString kLatte = QStringLiteral("Latte");

// What another process (the command line) reads from the same file.
QStringList deviceNames(const QString &path)
{
    SqliteStorage other(path);
    QStringList names;
    for (const DeviceRecord &d : other.devices())
        names.append(d.name);
    names.sort();
    return names;
}

bool storedOpen(const QString &path)
{
    SqliteStorage other(path);
    return other.loadSettings().value().open;
}

} // namespace

class TestTransactor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void commitStoresThenPublishes();
    void throwRollsBackEverything();
    void errorResultStillCommits();
    void seqContinuesAfterRollback();
    void batchCommitsOnce();
    void failingCommandInBatchRollsBackAlone();

private:
    // Runs a command that adds a device, closes the shop and sells out the latte, then throws.
    void runFailing(const QString &device);
    void setClosed();

    std::unique_ptr<TestServices> m_rig;
    QList<StoredEvent> m_published;
    // Whether a transaction was open while the publisher was told of an event.
    bool m_publishedInTransaction = false;
    int m_commits = 0;
};

void TestTransactor::init()
{
    m_rig = std::make_unique<TestServices>();
    m_published.clear();
    m_publishedInTransaction = false;
    m_commits = 0;
    Services &s = m_rig->services();
    s.publisher.setObserver([this](const StoredEvent &e) {
        m_published.append(e);
        m_publishedInTransaction = m_publishedInTransaction || m_rig->storage().inTransaction();
    });
    s.transactor.setCommitObserver([this](double) { ++m_commits; });
}

void TestTransactor::cleanup()
{
    m_rig.reset();
}

void TestTransactor::runFailing(const QString &device)
{
    Services &s = m_rig->services();
    bool changed = false;
    QVERIFY_THROWS_EXCEPTION(StorageError, s.transactor.run([&] {
        changed = s.devices.add(Role::Kiosk, device).ok();
        s.config.setOpen(false);
        changed = changed && s.config.setAvailable(kLatte, false).ok() && !s.config.shop().open;
        throw StorageError("the disk is full");
        return 0;
    }));
    QVERIFY(changed);
}

void TestTransactor::setClosed()
{
    Services &s = m_rig->services();
    s.transactor.run([&] {
        s.config.setOpen(false);
        return 0;
    });
}

void TestTransactor::commitStoresThenPublishes()
{
    Services &s = m_rig->services();
    const qint64 before = m_rig->storage().eventBounds().last;
    qsizetype publishedInside = -1;
    const bool changed = s.transactor.run([&] {
        const bool added = s.devices.add(Role::Kiosk, QStringLiteral("kiosk-1")).ok();
        s.config.setOpen(false);
        const bool soldOut = s.config.setAvailable(kLatte, false).ok();
        publishedInside = m_published.size();
        return added && soldOut;
    });
    QVERIFY(changed);
    // Nothing went out before the commit.
    QCOMPARE(publishedInside, 0);
    QCOMPARE(m_commits, 1);
    QCOMPARE(deviceNames(m_rig->databasePath()), QStringList{QStringLiteral("kiosk-1")});
    QVERIFY(!storedOpen(m_rig->databasePath()));
    QCOMPARE(m_published.size(), 2);
    QVERIFY(!m_publishedInTransaction);
    QCOMPARE(m_published.at(0).seq, before + 1);
    QCOMPARE(m_published.at(1).seq, before + 2);
    QCOMPARE(m_published.at(1).event.type, EventType::ConfigChanged);
    QCOMPARE(s.events.pendingCount(), 0);
}

void TestTransactor::throwRollsBackEverything()
{
    Services &s = m_rig->services();
    const EventBounds before = m_rig->storage().eventBounds();
    runFailing(QStringLiteral("kiosk-1"));

    QVERIFY(!m_rig->storage().inTransaction());
    QCOMPARE(m_commits, 0);
    QCOMPARE(m_published.size(), 0);
    QCOMPARE(s.events.pendingCount(), 0);
    QCOMPARE(m_rig->storage().eventBounds().last, before.last);
    QCOMPARE(deviceNames(m_rig->databasePath()), QStringList());
    QVERIFY(storedOpen(m_rig->databasePath()));
    // The caches were reloaded from the file: the half-made change is gone from memory too.
    QVERIFY(s.config.shop().open);
    QVERIFY(s.config.menu().validateChoice(kLatte, {}).ok());
    // And the next command runs as if nothing had happened.
    QVERIFY(s.transactor.run([&] { return s.devices.add(Role::Kiosk, QStringLiteral("kiosk-1")); }).ok());
    QCOMPARE(deviceNames(m_rig->databasePath()), QStringList{QStringLiteral("kiosk-1")});
}

// A command that answers with an error has still happened: the dispatcher keeps the
// failed answer for its requestId, and pairing counts a wrong code, in that transaction.
void TestTransactor::errorResultStillCommits()
{
    Services &s = m_rig->services();
    const auto result = s.transactor.run([&]() -> Result<bool> {
        s.config.setOpen(false);
        return s.config.setAvailable(QStringLiteral("Mocha"), false);
    });
    QCOMPARE(result.error().code, ErrorCode::NotFound);
    QCOMPARE(m_commits, 1);
    QVERIFY(!storedOpen(m_rig->databasePath()));
    QCOMPARE(m_published.size(), 1);
}

// Clients treat a gap in seq as missed events: a rolled-back event must not leave one.
void TestTransactor::seqContinuesAfterRollback()
{
    const qint64 before = m_rig->storage().eventBounds().last;
    runFailing(QStringLiteral("kiosk-1"));
    setClosed();
    QCOMPARE(m_published.size(), 1);
    QCOMPARE(m_published.at(0).seq, before + 1);
}

void TestTransactor::batchCommitsOnce()
{
    Services &s = m_rig->services();
    s.transactor.beginBatch();
    QVERIFY(addDevice(s, Role::Kiosk, QStringLiteral("kiosk-1")).size() > 0);
    setClosed();
    // Neither stored for anyone else, nor published, nor committed yet.
    QVERIFY(m_rig->storage().inTransaction());
    QCOMPARE(deviceNames(m_rig->databasePath()), QStringList());
    QCOMPARE(m_published.size(), 0);
    QCOMPARE(m_commits, 0);

    QVERIFY(s.transactor.commitBatch());
    QCOMPARE(m_commits, 1);
    QVERIFY(!m_rig->storage().inTransaction());
    QCOMPARE(deviceNames(m_rig->databasePath()), QStringList{QStringLiteral("kiosk-1")});
    QVERIFY(!storedOpen(m_rig->databasePath()));
    // The caller takes the batch's events and publishes them.
    QCOMPARE(m_published.size(), 0);
    const QList<StoredEvent> pending = s.events.takePending();
    QCOMPARE(pending.size(), 1);
    QCOMPARE(pending.at(0).event.type, EventType::ConfigChanged);
}

void TestTransactor::failingCommandInBatchRollsBackAlone()
{
    Services &s = m_rig->services();
    s.transactor.beginBatch();
    QVERIFY(addDevice(s, Role::Barista, QStringLiteral("bar-1")).size() > 0);
    runFailing(QStringLiteral("kiosk-1"));
    QVERIFY(addDevice(s, Role::Display, QStringLiteral("tv-1")).size() > 0);
    QVERIFY(m_rig->storage().inTransaction());
    QVERIFY(s.transactor.commitBatch());

    QCOMPARE(deviceNames(m_rig->databasePath()), (QStringList{QStringLiteral("bar-1"), QStringLiteral("tv-1")}));
    QVERIFY(storedOpen(m_rig->databasePath()));
    QVERIFY(s.config.shop().open);
    QVERIFY(s.config.menu().validateChoice(kLatte, {}).ok());
    QCOMPARE(s.events.takePending().size(), 0);
    QCOMPARE(m_published.size(), 0);
}

QTEST_GUILESS_MAIN(TestTransactor)
#include "tst_transactor.moc"
