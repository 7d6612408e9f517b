#include "connectionbanner.h"

#include "pressoclient.h"
#include "theme.h"

#include <QEvent>

namespace presso {

ConnectionBanner::ConnectionBanner(PressoClient &client, QWidget *parent)
    : QLabel(parent)
    , m_status(client)
{
    setObjectName(QStringLiteral("connectionBanner"));
    setAccessibleName(tr("Connection status"));
    setAlignment(Qt::AlignCenter);
    setWordWrap(true);
    setFont(theme::font(24, QFont::Bold));
    setMargin(12);
    setAutoFillBackground(true);
    connect(&m_status, &ConnectionStatus::changed, this, &ConnectionBanner::follow);
    follow();
}

void ConnectionBanner::changeEvent(QEvent *event)
{
    // The display may change language while the banner shows: its words follow.
    if (event->type() == QEvent::LanguageChange)
        follow();
    QLabel::changeEvent(event);
}

void ConnectionBanner::follow()
{
    QPalette p = palette();
    p.setColor(QPalette::Window, m_status.alert() ? theme::kAlert : theme::kReady);
    p.setColor(QPalette::WindowText, Qt::white);
    setPalette(p);
    if (m_status.shown())
        setText(m_status.text());
    setVisible(m_status.shown());
}

} // namespace presso
