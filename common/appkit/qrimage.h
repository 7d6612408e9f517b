#pragma once

#include <QImage>
#include <QString>

namespace presso {

// The QR symbol of text as an image: dark modules on white, each module a whole number
// of pixels, with a quiet zone of quietModules modules, as large as fits in maxSide.
// The result is square and at most maxSide pixels wide (never less than one pixel per
// module). ZXing reads this straight back; it cannot read inverted codes.
QImage renderQrImage(const QString &text, int maxSide, int quietModules = 4);

// The number of modules across the symbol for text (without the quiet zone).
int qrModuleCount(const QString &text);

} // namespace presso
