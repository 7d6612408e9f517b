// Tickets through a real CUPS daemon: the barista picks the cups-pdf queue in the Shop
// page's printer list (filled from CUPS), taps Make, and the PDF that CUPS wrote holds the
// ticket's text on 80 mm paper. cupsd runs as a child in a temporary directory.
#include "baristawindow.h"
#include "cupsdaemon.h"
#include "ordercard.h"
#include "shoppage.h"
#include "tablet.h"
#include "testshop.h"
#include "theme.h"
#include "widgetfind.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

using namespace presso;
using namespace presso::test;

namespace {
const QString kQueue = QStringLiteral("presso-tickets");

QString run(const QString &tool, const QStringList &args, int *exitCode = nullptr)
{
    QProcess p;
    p.start(tool, args);
    const bool done = p.waitForFinished(30'000);
    if (exitCode)
        *exitCode = done && p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    return QString::fromUtf8(p.readAllStandardOutput());
}

// The first PDF in dir that is complete: cups-pdf creates the file before Ghostscript
// has written it, so only a file pdfinfo can read counts.
QString finishedPdf(const QString &dir)
{
    for (const QFileInfo &f : QDir(dir).entryInfoList({QStringLiteral("*.pdf")}, QDir::Files)) {
        int code = -1;
        run(QStringLiteral("pdfinfo"), {f.filePath()}, &code);
        if (code == 0)
            return f.filePath();
    }
    return {};
}
} // namespace

class TestPrinting : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void ticketThroughCups();

private:
    CupsDaemon m_cups;
    QString m_problem;
};

void TestPrinting::initTestCase()
{
    theme::apply(*qApp);
    QStandardPaths::setTestModeEnabled(true);
    if (QStandardPaths::findExecutable(QStringLiteral("pdfinfo")).isEmpty())
        m_problem = QStringLiteral("pdfinfo and pdftotext (poppler-utils) are not installed");
    else if (m_cups.start(&m_problem))
        QVERIFY2(m_cups.addPdfQueue(kQueue, &m_problem), qPrintable(m_problem));
    // Before Qt's CUPS support first asks: libcups reads it once.
    qputenv("CUPS_SERVER", m_cups.socketPath().toLocal8Bit());
}

void TestPrinting::ticketThroughCups()
{
    QVERIFY2(m_problem.isEmpty(), qPrintable(QStringLiteral("no CUPS daemon here: ") + m_problem));
    TestShop shop;
    Tablet tablet(shop);
    BaristaWindow &window = tablet.window;

    // The chooser lists CUPS's queues: the barista taps ours and turns tickets on.
    auto *chooser = childNamed<QComboBox>(*window.shopPage(), QStringLiteral("Ticket printer"));
    QVERIFY(chooser);
    const int index = chooser->findData(kQueue);
    QVERIFY2(index >= 0, "the printer list does not show the CUPS queue");
    chooser->setCurrentIndex(index);
    for (QCheckBox *box : window.shopPage()->findChildren<QCheckBox *>()) {
        if (box->text().contains(QStringLiteral("ticket")))
            box->setChecked(true);
    }
    QCOMPARE(window.shopPage()->printer(), kQueue);
    QVERIFY(window.shopPage()->ticketsOn());

    const QString id = shop.placeOrder(*shop.kiosk, nullptr, QStringLiteral("Flat White"), {QStringLiteral("Oat")},
                                       QStringLiteral("Maximiliana")).value(QStringLiteral("id")).toString();
    QPushButton *make = nullptr;
    QTRY_VERIFY((make = window.card(id) ? window.card(id)->findChild<QPushButton *>(QStringLiteral("make")) : nullptr));
    QTest::mouseClick(make, Qt::LeftButton);
    QTRY_COMPARE(window.lastTicket(), kQueue);

    QString pdf;
    QTRY_VERIFY2_WITH_TIMEOUT(!(pdf = finishedPdf(m_cups.outputDir())).isEmpty(), qPrintable(m_cups.log().right(3000)), 60'000);
    const QString text = run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    for (const QString &expected : {QStringLiteral("#1"), QStringLiteral("Maximiliana"), QStringLiteral("Flat White"), QStringLiteral("Oat")})
        QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral(" not in: ") + text));
    const QString info = run(QStringLiteral("pdfinfo"), {pdf});
    const auto size = QRegularExpression(QStringLiteral("Page size:\\s+([\\d.]+) x ([\\d.]+)")).match(info);
    QVERIFY2(size.hasMatch(), qPrintable(info));
    // Ghostscript in cups-pdf may turn a page whose sides are nearly equal (/Rotate): the
    // page as shown is what must be 80 mm wide, and cut to the ticket, far shorter than A4.
    const int rotation = QRegularExpression(QStringLiteral("Page rot:\\s+(\\d+)")).match(info).captured(1).toInt();
    double width = size.captured(1).toDouble(), height = size.captured(2).toDouble();
    if (rotation % 180 == 90)
        std::swap(width, height);
    QVERIFY2(qAbs(width - 80 / 25.4 * 72) < 2, qPrintable(info));
    QVERIFY2(height < 400, qPrintable(info));
}

QTEST_MAIN(TestPrinting)
#include "tst_printing.moc"
