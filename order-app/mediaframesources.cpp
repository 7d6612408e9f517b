#include "mediaframesources.h"

#include <QCamera>
#include <QCameraDevice>
#include <QMediaCaptureSession>
#include <QMediaDevices>
#include <QMediaPlayer>
#include <QVideoFrame>
#include <QVideoSink>

namespace presso {

namespace {
void forwardFrames(QVideoSink *sink, FrameSource *source)
{
    QObject::connect(sink, &QVideoSink::videoFrameChanged, source, [source](const QVideoFrame &frame) {
        if (frame.isValid())
            Q_EMIT source->frame(frame.toImage());
    });
}
} // namespace

QStringList CameraFrameSource::availableCameras()
{
    QStringList names;
    for (const QCameraDevice &device : QMediaDevices::videoInputs())
        names << device.description();
    return names;
}

CameraFrameSource::CameraFrameSource(const QString &cameraName, QObject *parent)
    : FrameSource(parent)
{
    const QList<QCameraDevice> devices = QMediaDevices::videoInputs();
    if (devices.isEmpty()) {
        m_problem = tr("No camera found on this kiosk: type the code below");
        return;
    }
    QCameraDevice chosen = QMediaDevices::defaultVideoInput();
    for (const QCameraDevice &d : devices) {
        if (d.description() == cameraName || QString::fromUtf8(d.id()) == cameraName)
            chosen = d;
    }
    m_camera = new QCamera(chosen, this);
    m_session = new QMediaCaptureSession(this);
    m_sink = new QVideoSink(this);
    m_session->setCamera(m_camera);
    m_session->setVideoSink(m_sink);
    forwardFrames(m_sink, this);
    connect(m_camera, &QCamera::errorOccurred, this, [this](QCamera::Error, const QString &message) {
        m_problem = tr("The camera does not work (%1): type the code below").arg(message);
    });
}

CameraFrameSource::~CameraFrameSource() = default;

void CameraFrameSource::start()
{
    if (m_camera)
        m_camera->start();
}

void CameraFrameSource::stop()
{
    if (m_camera)
        m_camera->stop();
}

VideoFileFrameSource::VideoFileFrameSource(const QUrl &file, QObject *parent)
    : FrameSource(parent)
    , m_player(new QMediaPlayer(this))
    , m_sink(new QVideoSink(this))
{
    m_player->setVideoSink(m_sink);
    m_player->setLoops(QMediaPlayer::Infinite);
    m_player->setSource(file);
    forwardFrames(m_sink, this);
    connect(m_player, &QMediaPlayer::errorOccurred, this, [this](QMediaPlayer::Error, const QString &message) {
        m_problem = message;
    });
}

VideoFileFrameSource::~VideoFileFrameSource() = default;

void VideoFileFrameSource::start()
{
    m_player->play();
}

void VideoFileFrameSource::stop()
{
    m_player->stop();
}

} // namespace presso
