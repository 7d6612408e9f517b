#pragma once

#include <QImage>
#include <QObject>
#include <QThread>

namespace presso {

class FrameSource;

// Reads QR codes out of a FrameSource's frames with ZXing on a worker thread, so the
// picture on screen never stutters. Frames are scaled to about 640 px wide first, and
// a frame that arrives while a decode is running is skipped.
class QrScanner : public QObject
{
    Q_OBJECT
public:
    explicit QrScanner(QObject *parent = nullptr);
    ~QrScanner() override;

    void watch(FrameSource *source);
    // Decodes one image on the calling thread: the benchmark and tests use it.
    static QString decode(const QImage &image);
    static QImage prepare(const QImage &image);

Q_SIGNALS:
    // The text of a QR code seen in a frame (each new text once in a row).
    void found(const QString &text);
    void decodeRequested(const QImage &image);

private:
    QThread m_thread;
    QObject *m_worker = nullptr;
    bool m_busy = false;
    QString m_last;
};

} // namespace presso
