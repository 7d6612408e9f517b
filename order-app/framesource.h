#pragma once

#include <QImage>
#include <QObject>
#include <QTimer>

namespace presso {

// Where the kiosk's pictures come from: a camera, a video file, or images. Everything
// after it (preview, decoding) is the same whichever it is.
class FrameSource : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~FrameSource() override;

    virtual void start() = 0;
    virtual void stop() = 0;
    // Why there are no frames, for the customer ("No camera found"); empty when fine.
    virtual QString problem() const { return {}; }

Q_SIGNALS:
    void frame(const QImage &image);
};

// Frames from a list of images, shown one after another on a timer and then again
// from the start: for tests, and for a kiosk with no camera in the demo.
class ImageSequenceFrameSource : public FrameSource
{
    Q_OBJECT
public:
    explicit ImageSequenceFrameSource(QList<QImage> images, int intervalMs = 100, QObject *parent = nullptr);

    void setImages(QList<QImage> images) { m_images = std::move(images); }
    void start() override;
    void stop() override;

private:
    QList<QImage> m_images;
    QTimer m_timer;
    qsizetype m_next = 0;
};

} // namespace presso
