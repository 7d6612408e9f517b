// writeToSocket: bytes written at once when nothing waits, queued behind what waits, and
// the rest queued when the kernel's buffer is full, always in order and whole.

#include "wsframe.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <memory>

using namespace presso;

class TestSocketWrite : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void writtenAtOnceWhenNothingWaits();
    void queuedBehindWhatWaits();
    void restQueuedWhenTheKernelIsFull();

private:
    // Reads from the peer until it has n bytes.
    QByteArray readPeer(qsizetype n);

    QTcpServer m_server;
    std::unique_ptr<QTcpSocket> m_client;
    QTcpSocket *m_peer = nullptr;
};

void TestSocketWrite::init()
{
    QVERIFY(m_server.listen(QHostAddress::LocalHost, 0));
    m_client = std::make_unique<QTcpSocket>();
    m_client->connectToHost(QHostAddress::LocalHost, m_server.serverPort());
    QVERIFY(m_client->waitForConnected(5000));
    QTRY_VERIFY(m_server.hasPendingConnections());
    m_peer = m_server.nextPendingConnection();
    QVERIFY(m_peer);
}

void TestSocketWrite::cleanup()
{
    m_client.reset();
    m_server.close();
}

QByteArray TestSocketWrite::readPeer(qsizetype n)
{
    // The event loop runs meanwhile: what the writer queued goes out on its notifier.
    QByteArray got;
    (void)QTest::qWaitFor([&] {
        got += m_peer->readAll();
        return got.size() >= n;
    }, 20000);
    return got;
}

void TestSocketWrite::writtenAtOnceWhenNothingWaits()
{
    const QByteArray frame = TextFrame::of(R"({"type":"event","seq":1})").wire;
    writeToSocket(*m_client, frame);
    // Nothing was left to Qt: it is in the kernel already.
    QCOMPARE(m_client->bytesToWrite(), 0);
    QCOMPARE(readPeer(frame.size()), frame);
}

void TestSocketWrite::queuedBehindWhatWaits()
{
    m_client->write("first,");
    QVERIFY(m_client->bytesToWrite() > 0);
    writeToSocket(*m_client, "second");
    QCOMPARE(m_client->bytesToWrite(), qint64(12));
    QCOMPARE(readPeer(12), QByteArray("first,second"));
}

void TestSocketWrite::restQueuedWhenTheKernelIsFull()
{
    // More than loopback's socket buffers hold while the peer does not read.
    QByteArray big(16 * 1024 * 1024, Qt::Uninitialized);
    for (qsizetype i = 0; i < big.size(); ++i)
        big[i] = char('a' + i % 26);
    writeToSocket(*m_client, big);
    QVERIFY(m_client->bytesToWrite() > 0);
    QVERIFY(m_client->bytesToWrite() < big.size());
    writeToSocket(*m_client, "tail");
    const QByteArray got = readPeer(big.size() + 4);
    QCOMPARE(got.size(), big.size() + 4);
    QVERIFY(got == big + "tail");
}

QTEST_GUILESS_MAIN(TestSocketWrite)
#include "tst_socketwrite.moc"
