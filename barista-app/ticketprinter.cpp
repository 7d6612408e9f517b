#include "ticketprinter.h"

#include <QDateTime>
#include <QFont>
#include <QPainter>
#include <QPrinter>

namespace presso {

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
    printer.setPageSize(QPageSize(QSizeF(widthMm, 90), QPageSize::Millimeter, QStringLiteral("Receipt"), QPageSize::ExactMatch));
    printer.setPageMargins(QMarginsF(3, 3, 3, 3), QPageLayout::Millimeter);
    QPainter p;
    if (!printer.isValid() || !p.begin(&printer)) {
        if (error)
            *error = QStringLiteral("The ticket printer \"%1\" cannot be used").arg(target.printer);
        return false;
    }
    const QRect page = printer.pageLayout().paintRectPixels(printer.resolution());
    const int w = page.width();
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
        const QRect r = p.boundingRect(QRect(0, y, w, page.height()), Qt::AlignHCenter | Qt::TextWordWrap, text);
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
    return p.end();
}

} // namespace presso
