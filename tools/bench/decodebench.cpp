// presso-decodebench: the kiosk's decode time per 1280×720 camera frame (P5): render the
// code, put it in a noisy photo-like frame, and time QrScanner's prepare + decode.
#include "percentile.h"
#include "qrimage.h"
#include "qrscanner.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QPainter>
#include <QRandomGenerator>
#include <QTextStream>
#include <algorithm>

using namespace presso;

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    const QString url = QStringLiteral("presso:order?code=AbC_12-xyZ");
    QImage frame(1280, 720, QImage::Format_RGB32);
    QPainter p(&frame);
    p.fillRect(frame.rect(), QColor(120, 110, 100));
    p.drawImage(QRect(480, 200, 320, 320), renderQrImage(url, 320));
    p.end();
    QRandomGenerator rng(1);
    for (int y = 0; y < frame.height(); ++y) {
        auto *line = reinterpret_cast<QRgb *>(frame.scanLine(y));
        for (int x = 0; x < frame.width(); ++x) {
            const int n = int(rng.bounded(25)) - 12;
            const QColor c(line[x]);
            line[x] = qRgb(std::clamp(c.red() + n, 0, 255), std::clamp(c.green() + n, 0, 255), std::clamp(c.blue() + n, 0, 255));
        }
    }
    const int runs = argc > 1 ? QString::fromLatin1(argv[1]).toInt() : 200;
    std::vector<double> ms;
    int decoded = 0;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        const QString text = QrScanner::decode(QrScanner::prepare(frame));
        ms.push_back(t.nsecsElapsed() / 1e6);
        decoded += text == url;
    }
    std::sort(ms.begin(), ms.end());
    QTextStream(stdout) << QStringLiteral("P5 decode of a 1280x720 frame: p50 %1 ms, p95 %2 ms, max %3 ms over %4 runs, %5 decoded (target <= 10 ms)\n")
                               .arg(bench::percentile(ms, 0.5), 0, 'f', 2).arg(bench::percentile(ms, 0.95), 0, 'f', 2)
                               .arg(ms.back(), 0, 'f', 2).arg(runs).arg(decoded);
    return decoded == runs ? 0 : 1;
}
