#include "qrscanner.h"

#include "framesource.h"

#include <ZXing/ReadBarcode.h>

namespace presso {

namespace {
constexpr int kDecodeWidth = 640;

// Lives on the worker thread.
class DecodeWorker : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
Q_SIGNALS:
    void decoded(const QString &text);
public Q_SLOTS:
    void decode(const QImage &image) { Q_EMIT decoded(QrScanner::decode(QrScanner::prepare(image))); }
};
} // namespace

QrScanner::QrScanner(QObject *parent)
    : QObject(parent)
{
    auto *worker = new DecodeWorker;
    worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, worker, &QObject::deleteLater);
    connect(this, &QrScanner::decodeRequested, worker, &DecodeWorker::decode);
    connect(worker, &DecodeWorker::decoded, this, [this](const QString &text) {
        m_busy = false;
        if (!text.isEmpty() && text != m_last) {
            m_last = text;
            Q_EMIT found(text);
        } else if (text.isEmpty()) {
            m_last.clear();
        }
    });
    m_worker = worker;
    m_thread.start();
}

QrScanner::~QrScanner()
{
    m_thread.quit();
    m_thread.wait();
}

void QrScanner::watch(FrameSource *source)
{
    connect(source, &FrameSource::frame, this, [this](const QImage &image) {
        if (m_busy)
            return; // still decoding the last one: skip, never queue
        m_busy = true;
        Q_EMIT decodeRequested(image);
    });
}

QImage QrScanner::prepare(const QImage &image)
{
    QImage small = image.width() > kDecodeWidth ? image.scaledToWidth(kDecodeWidth, Qt::SmoothTransformation) : image;
    return small.convertToFormat(QImage::Format_Grayscale8);
}

QString QrScanner::decode(const QImage &image)
{
    const QImage gray = image.format() == QImage::Format_Grayscale8 ? image : image.convertToFormat(QImage::Format_Grayscale8);
    const ZXing::ImageView view(gray.constBits(), gray.width(), gray.height(), ZXing::ImageFormat::Lum,
                                int(gray.bytesPerLine()));
    const auto hints = ZXing::DecodeHints().setFormats(ZXing::BarcodeFormat::QRCode).setTryHarder(true).setTryRotate(true);
    const ZXing::Result result = ZXing::ReadBarcode(view, hints);
    return result.isValid() ? QString::fromStdString(result.text()) : QString();
}

} // namespace presso

#include "qrscanner.moc"
