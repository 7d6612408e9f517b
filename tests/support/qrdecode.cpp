#include "qrdecode.h"

#include <ZXing/ReadBarcode.h>

namespace presso::test {

QString decodeQr(const QImage &image)
{
    const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
    const ZXing::ImageView view(rgb.constBits(), rgb.width(), rgb.height(), ZXing::ImageFormat::BGRX,
                                int(rgb.bytesPerLine()));
    const auto hints = ZXing::DecodeHints().setFormats(ZXing::BarcodeFormat::QRCode).setTryHarder(true);
    const ZXing::Result result = ZXing::ReadBarcode(view, hints);
    return result.isValid() ? QString::fromStdString(result.text()) : QString();
}

} // namespace presso::test
