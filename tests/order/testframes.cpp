#include "testframes.h"

#include <algorithm>

#include <QPainter>
#include <QRandomGenerator>

namespace presso::testframes {

// A camera's view of the TV: the code somewhere in a larger, noisy, uneven picture.
QImage photoLike(const QImage &code)
{
    QImage frame(1280, 720, QImage::Format_RGB32);
    QRandomGenerator rng(7);
    QPainter p(&frame);
    QLinearGradient light(0, 0, 1280, 720);
    light.setColorAt(0, QColor(90, 80, 70));
    light.setColorAt(1, QColor(170, 160, 150));
    p.fillRect(frame.rect(), light);
    p.fillRect(QRect(400, 120, 520, 480), QColor(235, 235, 230)); // the TV's bright panel
    p.drawImage(QRect(460, 160, 400, 400), code);
    p.end();
    for (int y = 0; y < frame.height(); ++y) {
        auto *line = reinterpret_cast<QRgb *>(frame.scanLine(y));
        for (int x = 0; x < frame.width(); ++x) {
            const int n = int(rng.bounded(21)) - 10;
            const QColor c(line[x]);
            line[x] = qRgb(std::clamp(c.red() + n, 0, 255), std::clamp(c.green() + n, 0, 255), std::clamp(c.blue() + n, 0, 255));
        }
    }
    return frame;
}

QImage rotated(const QImage &code, qreal degrees)
{
    QImage canvas(code.width() * 3 / 2, code.height() * 3 / 2, QImage::Format_RGB32);
    canvas.fill(Qt::white);
    QPainter p(&canvas);
    p.setRenderHint(QPainter::SmoothPixmapTransform);
    p.translate(canvas.width() / 2.0, canvas.height() / 2.0);
    p.rotate(degrees);
    p.drawImage(QPointF(-code.width() / 2.0, -code.height() / 2.0), code);
    return canvas;
}

} // namespace presso::testframes
