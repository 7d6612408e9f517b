// Tickets on 58 mm and 80 mm receipt paper, read back from the PDF with poppler's tools.
#include "ticketprinter.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QDir>
#include <QTest>

using namespace presso;

namespace {
QString run(const QString &tool, const QStringList &args)
{
    QProcess p;
    p.start(QStandardPaths::findExecutable(tool), args);
    return p.waitForFinished(30'000) ? QString::fromUtf8(p.readAllStandardOutput()) : QString();
}
} // namespace

class TestTicket : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fitsReceiptPaper_data();
    void fitsReceiptPaper();
};

void TestTicket::fitsReceiptPaper_data()
{
    QTest::addColumn<int>("paper");
    QTest::addColumn<double>("widthPt");
    QTest::addRow("58 mm") << int(TicketPrinter::Paper::Receipt58) << 58 / 25.4 * 72;
    QTest::addRow("80 mm") << int(TicketPrinter::Paper::Receipt80) << 80 / 25.4 * 72;
}

void TestTicket::fitsReceiptPaper()
{
    QFETCH(int, paper);
    QFETCH(double, widthPt);
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()
                 && !QStandardPaths::findExecutable(QStringLiteral("pdfinfo")).isEmpty(),
             "pdftotext and pdfinfo (poppler-utils) are not installed");
    // Kept in the build tree beside the screenshots, with a picture of it, to look at.
    const QString dir = QCoreApplication::applicationDirPath() + QStringLiteral("/barista-screens");
    QDir().mkpath(dir);
    const QString base = dir + QStringLiteral("/ticket-") + QString::fromLatin1(QTest::currentDataTag()).remove(QLatin1Char(' '));
    Order order;
    order.number = 128;
    order.customerName = QStringLiteral("Maximilianajosephine"); // one long word
    order.drink = QStringLiteral("Double Espresso");
    order.modifiers = {QStringLiteral("Oat"), QStringLiteral("Extra hot")};
    order.createdAt = 1'700'000'000'000;
    TicketPrinter::Target target;
    target.pdfPath = base + QStringLiteral(".pdf");
    target.paper = TicketPrinter::Paper(paper);
    QString error;
    QVERIFY2(TicketPrinter::print(order, target, &error), qPrintable(error));

    run(QStringLiteral("pdftoppm"), {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("150"), QStringLiteral("-singlefile"),
                                     target.pdfPath, base});
    const QString info = run(QStringLiteral("pdfinfo"), {target.pdfPath});
    const auto size = QRegularExpression(QStringLiteral("Page size:\\s+([\\d.]+) x")).match(info);
    QVERIFY2(size.hasMatch(), qPrintable(info));
    QVERIFY(qAbs(size.captured(1).toDouble() - widthPt) < 1.5);
    // Only what lies on the page is read back: cropped text would be missing.
    const QString text = run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), target.pdfPath, QStringLiteral("-")});
    for (const QString &expected : {QStringLiteral("#128"), QStringLiteral("Maximilianajosephine"),
                                    QStringLiteral("Double Espresso"), QStringLiteral("Oat"), QStringLiteral("Extra hot")})
        QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral(" not in: ") + text));
    // The time is the last line: the page, cut to the ticket's length, still holds it.
    QVERIFY2(text.contains(QRegularExpression(QStringLiteral("\\d\\d:\\d\\d"))), qPrintable(text));
}

QTEST_MAIN(TestTicket)
#include "tst_ticket.moc"
