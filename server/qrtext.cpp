#include "qrtext.h"

#include <qrcodegen.hpp>

namespace presso {

QString qrText(const QString &text, bool ansi)
{
    constexpr int kQuiet = 4;
    // MEDIUM, as the screens use: survives a smudged or glary laptop screen.
    const auto qr = qrcodegen::QrCode::encodeText(text.toUtf8().constData(), qrcodegen::QrCode::Ecc::MEDIUM);
    const int size = qr.getSize();
    auto dark = [&](int x, int y) {
        return x >= 0 && y >= 0 && x < size && y < size && qr.getModule(x, y);
    };
    QString out;
    for (int y = -kQuiet; y < size + kQuiet; y += 2) {
        if (ansi)
            out += QStringLiteral("\x1b[30;107m");
        for (int x = -kQuiet; x < size + kQuiet; ++x) {
            const bool top = dark(x, y);
            const bool bottom = dark(x, y + 1);
            out += top && bottom ? QChar(0x2588) : top ? QChar(0x2580) : bottom ? QChar(0x2584) : QChar(u' ');
        }
        if (ansi)
            out += QStringLiteral("\x1b[0m");
        out += QLatin1Char('\n');
    }
    return out;
}

} // namespace presso
