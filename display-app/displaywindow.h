#pragma once

#include "boardmodel.h"

#include <QWidget>

namespace presso {

class PressoClient;
class CalloutSpeaker;
class LanguageCycle;

// The display's window: the reconnecting banner over the board.
class DisplayWindow : public QWidget
{
    Q_OBJECT
public:
    DisplayWindow(PressoClient &client, bool callouts, QWidget *parent = nullptr);
    ~DisplayWindow() override;

    BoardModel &model() { return m_model; }
    // Takes turns between these languages (two or more: --language de,en, or the shop's
    // setting), from the first, which is in use; one or none: stays in the one in use.
    void alternate(const QStringList &languages);
    LanguageCycle *languageCycle() const { return m_cycle; }

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    BoardModel m_model;
    CalloutSpeaker *m_speaker = nullptr;
    LanguageCycle *m_cycle = nullptr;
    QWidget *m_banner = nullptr;
};

} // namespace presso
