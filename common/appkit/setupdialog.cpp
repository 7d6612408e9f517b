#include "setupdialog.h"

#include "devicesetup.h"
#include "theme.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace presso {

SetupDialog::SetupDialog(const QString &deviceKind, const QUrl &server, const QString &problem, QWidget *parent)
    : QDialog(parent)
    , m_server(new QLineEdit(server.toString(), this))
    , m_code(new QLineEdit(this))
    , m_problem(new QLabel(this))
    , m_layout(new QVBoxLayout(this))
{
    setWindowTitle(tr("Set up this %1").arg(deviceKind));
    auto *title = new QLabel(tr("Set up this %1").arg(deviceKind), this);
    title->setFont(theme::font(40, QFont::Bold));
    auto *help = new QLabel(tr("On the barista's tablet: Shop, then Add a device, then %1. "
                               "Type the server's address and the 6-digit code it shows.")
                                .arg(deviceKind),
                            this);
    help->setFont(theme::font(22));
    help->setWordWrap(true);
    m_server->setAccessibleName(tr("Server address"));
    m_server->setPlaceholderText(QStringLiteral("192.168.1.10:8770"));
    m_server->setFont(theme::font(28));
    m_code->setAccessibleName(tr("Pairing code"));
    m_code->setPlaceholderText(QStringLiteral("123456"));
    m_code->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9 ]{0,7}")), m_code));
    m_code->setInputMethodHints(Qt::ImhDigitsOnly);
    m_code->setFont(theme::font(48, QFont::Bold));
    m_code->setMaxLength(7);
    for (QLineEdit *edit : {m_server, m_code})
        edit->setMinimumHeight(72);
    // The problem may quote what the server said or what a camera read: plain text.
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setWordWrap(true);
    m_problem->setFont(theme::font(22, QFont::Bold));
    m_problem->setStyleSheet(QStringLiteral("color: %1").arg(theme::kAlert.name()));
    showProblem(problem);
    auto *connectButton = new QPushButton(tr("Connect"), this);
    connectButton->setDefault(true);
    connectButton->setMinimumHeight(96);
    connectButton->setFont(theme::font(32, QFont::Bold));
    connect(connectButton, &QPushButton::clicked, this, &SetupDialog::tryAccept);
    connect(m_code, &QLineEdit::returnPressed, this, &SetupDialog::tryAccept);

    auto label = [this](const QString &text) {
        auto *l = new QLabel(text, this);
        l->setFont(theme::font(22, QFont::Bold));
        return l;
    };
    m_layout->setContentsMargins(48, 40, 48, 40);
    m_layout->setSpacing(14);
    m_layout->addWidget(title);
    m_layout->addWidget(help);
    m_layout->addWidget(label(tr("Server address")));
    m_layout->addWidget(m_server);
    m_layout->addWidget(label(tr("Pairing code")));
    m_layout->addWidget(m_code);
    m_layout->addWidget(m_problem);
    m_layout->addStretch();
    m_layout->addWidget(connectButton);
    resize(820, 760);
}

void SetupDialog::addScanner(QWidget *preview)
{
    auto *hint = new QLabel(tr("Or hold the code on the barista's screen up to the camera:"), this);
    hint->setFont(theme::font(22, QFont::Bold));
    hint->setWordWrap(true);
    preview->setParent(this);
    preview->setMinimumHeight(300);
    // Under the help text: the fastest way first for a device that has a camera.
    m_layout->insertWidget(2, hint);
    m_layout->insertWidget(3, preview, 1);
    resize(width(), height() + 360);
}

void SetupDialog::offerScan(const QString &text)
{
    const auto target = parsePairingUrl(text);
    if (!target) {
        showProblem(tr("That is not a pairing code. Scan the code under Add a device on the barista's tablet."));
        return;
    }
    m_server->setText(target->server.toString());
    m_code->setText(target->code);
    tryAccept();
}

QUrl SetupDialog::server() const
{
    return serverFromTyped(m_server->text()).value_or(QUrl());
}

QString SetupDialog::code() const
{
    return pairingCodeFromTyped(m_code->text()).value_or(QString());
}

void SetupDialog::showProblem(const QString &problem)
{
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
}

void SetupDialog::tryAccept()
{
    if (server().isEmpty()) {
        showProblem(tr("Type the server's address, for example 192.168.1.10:8770"));
        m_server->setFocus();
        return;
    }
    if (code().isEmpty()) {
        showProblem(tr("Type the 6 digits of the pairing code"));
        m_code->setFocus();
        return;
    }
    accept();
}

} // namespace presso
