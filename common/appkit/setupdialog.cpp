#include "setupdialog.h"

#include "devicesetup.h"
#include "fitbutton.h"
#include "onscreenkeyboard.h"
#include "serverlist.h"
#include "theme.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QHBoxLayout>
#include <QVBoxLayout>

namespace presso {

SetupDialog::SetupDialog(const QString &deviceKind, const QList<QUrl> &servers, const QString &problem, QWidget *parent)
    : QDialog(parent)
    , m_server(new QLineEdit(serverListText(servers, QStringLiteral(", ")), this))
    , m_code(new QLineEdit(this))
    , m_problem(new QLabel(this))
    , m_help(new QLabel(this))
    , m_scanColumn(new QWidget(this))
    , m_layout(new QVBoxLayout(this))
    , m_deviceKind(deviceKind)
{
    setWindowTitle(tr("Set up this %1").arg(deviceKind));
    auto *title = new QLabel(tr("Set up this %1").arg(deviceKind), this);
    title->setObjectName(QStringLiteral("title"));
    title->setFont(theme::font(40, QFont::Bold));
    m_help->setText(tr("On the barista's tablet: Shop, then Add a device, then %1. "
                       "Type the server's address and the 6-digit code it shows. A shop with several "
                       "servers: type their addresses with commas between them.").arg(deviceKind));
    m_help->setFont(theme::font(22));
    m_help->setWordWrap(true);
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
    auto *connectButton = new FitButton(tr("Connect"), this);
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
    // Scanning (where there is a camera) on the left, typing on the right.
    m_scanColumn->hide();
    auto *scan = new QVBoxLayout(m_scanColumn);
    scan->setContentsMargins(0, 0, 0, 0);
    auto *form = new QVBoxLayout;
    form->setSpacing(14);
    form->addWidget(label(tr("Server address")));
    form->addWidget(m_server);
    form->addWidget(label(tr("Pairing code")));
    form->addWidget(m_code);
    form->addWidget(m_problem);
    form->addStretch();
    form->addWidget(connectButton);
    auto *row = new QHBoxLayout;
    row->setSpacing(40);
    row->addWidget(m_scanColumn, 1);
    row->addLayout(form, 1);
    m_layout->setContentsMargins(48, 40, 48, 40);
    m_layout->setSpacing(14);
    m_layout->addWidget(title);
    m_layout->addWidget(m_help);
    m_layout->addLayout(row, 1);
    resize(820, 760);

    // While the on-screen keyboard is up (half a kiosk's screen), the fields and Connect
    // stay above it: the title, the help and the camera make way, and come back when it goes.
    followKeyboard(this, [this, title](int keyboardHeight) {
        const bool typing = keyboardHeight > 0;
        title->setVisible(!typing);
        m_help->setVisible(!typing);
        // The column holds something once a camera was added.
        m_scanColumn->setVisible(m_scanColumn->layout()->count() > 0 && !typing);
        m_layout->setContentsMargins(48, typing ? 16 : 40, 48, typing ? keyboardHeight + 16 : 40);
    });
}

void SetupDialog::addScanner(QWidget *preview)
{
    auto *hint = new QLabel(tr("Hold the code on the barista's screen up to the camera:"), m_scanColumn);
    hint->setFont(theme::font(22, QFont::Bold));
    hint->setWordWrap(true);
    preview->setParent(m_scanColumn);
    preview->setMinimumHeight(300);
    auto *scan = static_cast<QVBoxLayout *>(m_scanColumn->layout());
    scan->addWidget(hint);
    scan->addWidget(preview, 1);
    m_scanColumn->show();
    // The fastest way first for a device that has a camera.
    m_help->setText(tr("On the barista's tablet: Shop, then Add a device, then %1. Scan the code it shows, "
                       "or type the server's address (several: commas between them) and the 6 digits.")
                        .arg(m_deviceKind));
    resize(1240, 760);
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

QList<QUrl> SetupDialog::servers() const
{
    return serversFromTyped(m_server->text()).value_or(QList<QUrl>());
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
    QString bad;
    if (!serversFromTyped(m_server->text(), &bad)) {
        showProblem(bad.isEmpty() ? tr("Type the server's address, for example 192.168.1.10:8770")
                                  : tr("\"%1\" is not a server's address. Type it as 192.168.1.10:8770; "
                                       "put commas between several.").arg(bad));
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
