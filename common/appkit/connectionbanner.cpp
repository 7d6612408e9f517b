#include "connectionbanner.h"

#include "pressoclient.h"
#include "theme.h"

namespace presso {

ConnectionBanner::ConnectionBanner(PressoClient &client, QWidget *parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("connectionBanner"));
    setAccessibleName(tr("Connection status"));
    setText(tr("Reconnecting to the shop server…"));
    setAlignment(Qt::AlignCenter);
    setFont(theme::font(24, QFont::Bold));
    setMargin(12);
    setAutoFillBackground(true);
    QPalette p = palette();
    p.setColor(QPalette::Window, theme::kAlert);
    p.setColor(QPalette::WindowText, Qt::white);
    setPalette(p);
    setVisible(!client.isLive());
    connect(&client, &PressoClient::stale, this, &QWidget::show);
    connect(&client, &PressoClient::live, this, &QWidget::hide);
}

} // namespace presso
