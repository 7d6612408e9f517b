#include "setupdialog.h"

#include "theme.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace presso {

SetupDialog::SetupDialog(const QString &deviceKind, const QUrl &server, const QString &problem, QWidget *parent)
    : QDialog(parent)
    , m_server(new QLineEdit(server.toString(), this))
    , m_token(new QLineEdit(this))
    , m_problem(new QLabel(problem, this))
{
    setWindowTitle(tr("Set up this %1").arg(deviceKind));
    auto *title = new QLabel(tr("Set up this %1").arg(deviceKind), this);
    title->setFont(theme::font(36, QFont::Bold));
    auto *help = new QLabel(tr("Ask the shop owner for the server address and a device token "
                               "(presso-server device add)."), this);
    help->setWordWrap(true);
    m_server->setAccessibleName(tr("Server address"));
    m_server->setPlaceholderText(QStringLiteral("ws://192.168.1.10:8770"));
    m_token->setAccessibleName(tr("Device token"));
    m_token->setPlaceholderText(tr("Device token"));
    m_token->setEchoMode(QLineEdit::Password);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: %1").arg(theme::kAlert.name()));
    m_problem->setVisible(!problem.isEmpty());
    auto *connectButton = new QPushButton(tr("Connect"), this);
    connectButton->setDefault(true);
    connectButton->setMinimumHeight(64);
    connect(connectButton, &QPushButton::clicked, this, &SetupDialog::tryAccept);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(40, 40, 40, 40);
    layout->setSpacing(16);
    layout->addWidget(title);
    layout->addWidget(help);
    layout->addWidget(new QLabel(tr("Server address"), this));
    layout->addWidget(m_server);
    layout->addWidget(new QLabel(tr("Device token"), this));
    layout->addWidget(m_token);
    layout->addWidget(m_problem);
    layout->addStretch();
    layout->addWidget(connectButton);
    for (QLineEdit *edit : {m_server, m_token}) {
        edit->setMinimumHeight(56);
        edit->setFont(theme::font(24));
    }
    resize(720, 520);
}

QUrl SetupDialog::server() const
{
    return QUrl(m_server->text().trimmed());
}

QString SetupDialog::token() const
{
    return m_token->text().trimmed();
}

void SetupDialog::tryAccept()
{
    const QUrl url = server();
    if (!url.isValid() || (url.scheme() != QLatin1String("ws") && url.scheme() != QLatin1String("wss"))) {
        m_problem->setText(tr("The server address starts with ws:// or wss://"));
        m_problem->show();
        return;
    }
    if (token().isEmpty()) {
        m_problem->setText(tr("Enter this device's token"));
        m_problem->show();
        return;
    }
    accept();
}

} // namespace presso
