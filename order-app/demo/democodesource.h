#pragma once

#include "framesource.h"
#include "pressoclient.h"

namespace presso {

// For `make demo` only, where no kiosk has a camera: a frame source that "films" the
// display's live code. It connects as a display, and draws the current code the way a
// camera held up to the TV would see it.
class DemoCodeSource : public FrameSource
{
    Q_OBJECT
public:
    DemoCodeSource(const QList<QUrl> &servers, const QString &displayToken, QObject *parent = nullptr);

    void start() override;
    void stop() override;

private:
    void render();

    PressoClient m_display;
    QTimer m_timer;
    QString m_url;
    QImage m_frame;
};

} // namespace presso
