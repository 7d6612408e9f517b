#pragma once

#include "order.h"

namespace presso {

// Prints an order's ticket for the cup: the big number, the name, the drink, each
// option on its own line, the time. Fits 58 mm and 80 mm receipt paper; goes to a CUPS
// printer by name, or to a PDF file.
class TicketPrinter
{
public:
    enum class Paper { Receipt58, Receipt80 };
    struct Target
    {
        QString printer; // a CUPS printer's name; empty: PDF
        QString pdfPath;
        Paper paper = Paper::Receipt80;
    };

    // False with *error set when the printer cannot be used.
    static bool print(const Order &order, const Target &target, QString *error = nullptr);
};

} // namespace presso
