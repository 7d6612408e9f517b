#include "qrimage.h"

#include <QPainter>
#include <qrcodegen.hpp>

namespace presso {

namespace {
qrcodegen::QrCode encode(const QString &text)
{
    // MEDIUM correction: survives glare on a TV and a slightly blurry camera.
    return qrcodegen::QrCode::encodeText(text.toUtf8().constData(), qrcodegen::QrCode::Ecc::MEDIUM);
}
} // namespace

int qrModuleCount(const QString &text)
{
    return encode(text).getSize();
}

QImage renderQrImage(const QString &text, int maxSide, int quietModules)
{
    const qrcodegen::QrCode qr = encode(text);
    const int modules = qr.getSize() + 2 * quietModules;
    const int scale = std::max(1, maxSide / modules);
    QImage image(modules * scale, modules * scale, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    p.setPen(Qt::NoPen);
    p.setBrush(Qt::black);
    for (int y = 0; y < qr.getSize(); ++y) {
        for (int x = 0; x < qr.getSize(); ++x) {
            if (qr.getModule(x, y))
                p.drawRect((x + quietModules) * scale, (y + quietModules) * scale, scale, scale);
        }
    }
    return image;
}

} // namespace presso
