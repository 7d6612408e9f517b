#include "framesource.h"

namespace presso {

FrameSource::~FrameSource() = default;

ImageSequenceFrameSource::ImageSequenceFrameSource(QList<QImage> images, int intervalMs, QObject *parent)
    : FrameSource(parent)
    , m_images(std::move(images))
{
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (m_images.isEmpty())
            return;
        Q_EMIT frame(m_images.at(m_next % m_images.size()));
        ++m_next;
    });
}

void ImageSequenceFrameSource::start()
{
    m_timer.start();
}

void ImageSequenceFrameSource::stop()
{
    m_timer.stop();
}

} // namespace presso
