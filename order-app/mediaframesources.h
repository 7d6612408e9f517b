#pragma once

#include "framesource.h"

#include <QUrl>

class QCamera;
class QMediaCaptureSession;
class QMediaPlayer;
class QVideoSink;

namespace presso {

// Frames from a camera through Qt Multimedia (GStreamer): QCamera → capture session →
// video sink. The camera is the one named (its description or id), else the default.
class CameraFrameSource : public FrameSource
{
    Q_OBJECT
public:
    explicit CameraFrameSource(const QString &cameraName = {}, QObject *parent = nullptr);
    ~CameraFrameSource() override;

    void start() override;
    void stop() override;
    QString problem() const override { return m_problem; }
    static QStringList availableCameras();

private:
    QCamera *m_camera = nullptr;
    QMediaCaptureSession *m_session = nullptr;
    QVideoSink *m_sink = nullptr;
    QString m_problem;
};

// Frames from a video file, played in real time and looped: a camera that can be
// recorded once and replayed in tests.
class VideoFileFrameSource : public FrameSource
{
    Q_OBJECT
public:
    explicit VideoFileFrameSource(const QUrl &file, QObject *parent = nullptr);
    ~VideoFileFrameSource() override;

    void start() override;
    void stop() override;
    QString problem() const override { return m_problem; }

private:
    QMediaPlayer *m_player;
    QVideoSink *m_sink;
    QString m_problem;
};

} // namespace presso
