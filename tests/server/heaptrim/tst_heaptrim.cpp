// HeapTrim: the heap is trimmed once a burst of connections has settled, not while it
// goes on, and not for small changes.

#include "heaptrim.h"

#include <QTest>

using namespace presso;

class TestHeapTrim : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void trimsOnceABurstHasSettled();
    void leavesSmallChangesAlone();
    void trimsAgainWhenTheCrowdLeaves();
};

void TestHeapTrim::trimsOnceABurstHasSettled()
{
    HeapTrim trim;
    trim.tick(0);
    trim.tick(3000); // arriving
    trim.tick(6000);
    QCOMPARE(trim.trims(), 0);
    trim.tick(6005); // still
    QCOMPARE(trim.trims(), 1);
    trim.tick(6005);
    QCOMPARE(trim.trims(), 1);
}

void TestHeapTrim::leavesSmallChangesAlone()
{
    HeapTrim trim;
    for (qsizetype n = 0; n < HeapTrim::kBurst; n += HeapTrim::kSettled - 1)
        trim.tick(n);
    trim.tick(HeapTrim::kBurst - 1);
    QCOMPARE(trim.trims(), 0);
}

void TestHeapTrim::trimsAgainWhenTheCrowdLeaves()
{
    HeapTrim trim;
    trim.tick(10'000);
    trim.tick(10'000);
    QCOMPARE(trim.trims(), 1);
    trim.tick(4'000); // leaving
    trim.tick(0);
    QCOMPARE(trim.trims(), 1);
    trim.tick(0);
    QCOMPARE(trim.trims(), 2);
}

QTEST_APPLESS_MAIN(TestHeapTrim)
#include "tst_heaptrim.moc"
