#include "ticketprinter.h"

#include <QDateTime>
#include <QFont>
#include <QImage>
#include <QPainter>
#include <QPrinter>

namespace presso {

namespace {
constexpr qreal kMarginMm = 3;

// Lays the ticket out w device pixels wide and returns the height it took; every size is
// a share of w, so a dry run on an image tells the printer how long to cut the paper.
int layOut(QPainter &p, const Order &order, int w)
{
    auto font = [&](qreal share, bool bold) {
        QFont f(QStringLiteral("DejaVu Sans"));
        f.setPixelSize(std::max(1, int(w * share)));
        f.setBold(bold);
        return f;
    };
    int y = 0;
    auto line = [&](const QString &text, qreal share, bool bold) {
        // A long name is one word that cannot wrap: shrink it until it fits 58 mm.
        QFont f = font(share, bold);
        p.setFont(f);
        while (p.fontMetrics().horizontalAdvance(text) > w && f.pixelSize() > w / 30) {
            f.setPixelSize(f.pixelSize() * 9 / 10);
            p.setFont(f);
        }
        const QRect r = p.boundingRect(QRect(0, y, w, 100 * w), Qt::AlignHCenter | Qt::TextWordWrap, text);
        p.drawText(QRect(0, y, w, r.height()), Qt::AlignHCenter | Qt::TextWordWrap, text);
        y += r.height() + w / 40;
    };
    line(order.number ? QStringLiteral("#%1").arg(*order.number) : QStringLiteral("#"), 0.30, true);
    line(order.customerName.isEmpty() ? QStringLiteral("Guest") : order.customerName, 0.12, true);
    line(order.drink, 0.10, true);
    for (const QString &option : order.modifiers)
        line(option, 0.09, false);
    const Millis at = order.submittedAt.value_or(order.createdAt);
    line(QDateTime::fromMSecsSinceEpoch(at).toString(QStringLiteral("HH:mm")), 0.07, false);
    return y;
}
} // namespace

bool TicketPrinter::print(const Order &order, const Target &target, QString *error)
{
    QPrinter printer(QPrinter::HighResolution);
    if (target.printer.isEmpty()) {
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(target.pdfPath);
    } else {
        printer.setPrinterName(target.printer);
    }
    const qreal widthMm = target.paper == Paper::Receipt58 ? 58 : 80;
    // Roll paper is cut where the ticket ends: a thousand drinks a day should not
    // waste metres of it on blank tails.
    QImage dry(600, 1, QImage::Format_Mono);
    QPainter measure(&dry);
    const qreal contentMm = layOut(measure, order, dry.width()) * (widthMm - 2 * kMarginMm) / dry.width();
    measure.end();
    printer.setPageSize(QPageSize(QSizeF(widthMm, contentMm + 2 * kMarginMm + 4), QPageSize::Millimeter,
                                  QStringLiteral("Receipt"), QPageSize::ExactMatch));
    printer.setPageMargins(QMarginsF(kMarginMm, kMarginMm, kMarginMm, kMarginMm), QPageLayout::Millimeter);
    QPainter p;
    if (!printer.isValid() || !p.begin(&printer)) {
        if (error)
            *error = QStringLiteral("The ticket printer \"%1\" cannot be used").arg(target.printer);
        return false;
    }
    layOut(p, order, printer.pageLayout().paintRectPixels(printer.resolution()).width());
    return p.end();
}

} // namespace presso
