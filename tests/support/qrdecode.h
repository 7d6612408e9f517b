#pragma once

#include <QImage>
#include <QString>

namespace presso::test {

// Reads a QR code in an image with ZXing, as a kiosk camera would; empty if none.
QString decodeQr(const QImage &image);

} // namespace presso::test
