#include "displaywindow.h"

#include "boardview.h"
#include "calloutspeaker.h"
#include "connectionbanner.h"
#include "languagecycle.h"
#include "theme.h"

#include <QVBoxLayout>

namespace presso {

DisplayWindow::DisplayWindow(PressoClient &client, bool callouts, QWidget *parent)
    : QWidget(parent)
    , m_model(client)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_banner = new ConnectionBanner(client, this);
    layout->addWidget(m_banner);
    layout->addWidget(new BoardView(m_model, this), 1);
    if (callouts) {
        m_speaker = new CalloutSpeaker(this);
        connect(&m_model, &BoardModel::callout, m_speaker, [this](const QString &text, const QString &english) {
            m_speaker->say(text, english);
        });
    }
    resize(1920, 1080);
}

DisplayWindow::~DisplayWindow() = default;

void DisplayWindow::alternate(const QStringList &languages)
{
    delete m_cycle;
    m_cycle = new LanguageCycle(languages, LanguageCycle::kPeriodMs, this);
    // Everything on the board is drawn from tr() at paint time: a new picture is enough.
    connect(m_cycle, &LanguageCycle::changed, this, [this] { update(); });
    update();
}

void DisplayWindow::resizeEvent(QResizeEvent *event)
{
    // Read across a room: the banner grows with the screen.
    m_banner->setFont(theme::font(height() / 24, QFont::Bold));
    QWidget::resizeEvent(event);
}

} // namespace presso
