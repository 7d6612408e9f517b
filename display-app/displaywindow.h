#pragma once

#include "boardmodel.h"

#include <QWidget>

namespace presso {

class PressoClient;
class CalloutSpeaker;

// The display's window: the reconnecting banner over the board.
class DisplayWindow : public QWidget
{
    Q_OBJECT
public:
    DisplayWindow(PressoClient &client, bool callouts, QWidget *parent = nullptr);
    ~DisplayWindow() override;

    BoardModel &model() { return m_model; }

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    BoardModel m_model;
    CalloutSpeaker *m_speaker = nullptr;
    QWidget *m_banner = nullptr;
};

} // namespace presso
