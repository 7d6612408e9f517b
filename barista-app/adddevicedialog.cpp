#include "adddevicedialog.h"

#include "fitbutton.h"
#include "pairingmodel.h"
#include "qrimage.h"
#include "theme.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace presso {

namespace {
QPushButton *bigButton(const QString &text, const QColor &colour, QWidget *parent)
{
    auto *b = new FitButton(text, parent);
    b->setFont(theme::font(28, QFont::Bold));
    b->setMinimumHeight(96);
    b->setStyleSheet(QStringLiteral("QPushButton { background: %1; color: white; border-radius: 14px; padding: 8px 24px; }"
                                    "QPushButton:checked { background: %2; }")
                         .arg(colour.name(), theme::kEspresso.name()));
    return b;
}

QLabel *label(const QString &text, int size, QWidget *parent, QFont::Weight weight = QFont::Normal)
{
    auto *l = new QLabel(text, parent);
    l->setFont(theme::font(size, weight));
    l->setWordWrap(true);
    // Device names come from people: never rich text.
    l->setTextFormat(Qt::PlainText);
    return l;
}
} // namespace

AddDeviceDialog::AddDeviceDialog(PairingModel &model, QWidget *parent)
    : QDialog(parent)
    , m_model(model)
    , m_pages(new QStackedWidget(this))
{
    setWindowTitle(tr("Add a device"));
    m_pages->addWidget(makeChoosePage());
    m_pages->addWidget(makeCodePage());
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(40, 30, 40, 30);
    layout->addWidget(m_pages);
    connect(&model, &PairingModel::changed, this, &AddDeviceDialog::refresh);
    refresh();
    resize(1000, 760);
}

QWidget *AddDeviceDialog::makeChoosePage()
{
    auto *page = new QWidget(this);
    auto *roles = new QButtonGroup(page);
    auto *row = new QHBoxLayout;
    const QList<Role> all = PairingModel::roles();
    for (int i = 0; i < all.size(); ++i) {
        auto *b = bigButton(PairingModel::roleLabel(all.at(i)), theme::kCrema, page);
        b->setCheckable(true);
        b->setObjectName(QStringLiteral("role:") + roleName(all.at(i)));
        roles->addButton(b, i);
        row->addWidget(b);
        m_roleButtons.append(b);
    }
    m_roleButtons.first()->setChecked(true);
    m_name = new QLineEdit(PairingModel::suggestedName(all.first()), page);
    m_name->setObjectName(QStringLiteral("name"));
    m_name->setAccessibleName(tr("Name of the new device"));
    m_name->setFont(theme::font(30));
    m_name->setMinimumHeight(80);
    connect(roles, &QButtonGroup::idClicked, this, [this, all](int id) {
        // A name the barista did not type follows the role.
        if (m_name->text() == PairingModel::suggestedName(all.at(m_chosen)))
            m_name->setText(PairingModel::suggestedName(all.at(id)));
        m_chosen = id;
    });
    m_chooseProblem = label({}, 22, page, QFont::Bold);
    m_chooseProblem->setStyleSheet(QStringLiteral("color: %1").arg(theme::kAlert.name()));
    auto *show = bigButton(tr("Show the code"), theme::kReady, page);
    show->setObjectName(QStringLiteral("showCode"));
    connect(show, &QPushButton::clicked, this, [this, all] { m_model.start(all.at(m_chosen), m_name->text()); });
    auto *cancel = bigButton(tr("Close"), theme::kMuted, page);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(page);
    layout->setSpacing(18);
    layout->addWidget(label(tr("Add a device"), 40, page, QFont::Bold));
    layout->addWidget(label(tr("What is it?"), 24, page, QFont::Bold));
    layout->addLayout(row);
    layout->addWidget(label(tr("Its name"), 24, page, QFont::Bold));
    layout->addWidget(m_name);
    layout->addWidget(m_chooseProblem);
    layout->addStretch();
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(cancel, 1);
    buttons->addWidget(show, 2);
    layout->addLayout(buttons);
    return page;
}

QWidget *AddDeviceDialog::makeCodePage()
{
    auto *page = new QWidget(this);
    m_what = label({}, 28, page, QFont::Bold);
    m_qr = new QLabel(page);
    m_qr->setObjectName(QStringLiteral("pairingQr"));
    m_qr->setAccessibleName(tr("Pairing code as a QR symbol"));
    m_qr->setAlignment(Qt::AlignCenter);
    m_qr->setMinimumSize(420, 420);
    m_code = label({}, 96, page, QFont::Bold);
    m_code->setObjectName(QStringLiteral("pairingCode"));
    m_code->setAlignment(Qt::AlignCenter);
    m_countdown = label({}, 28, page);
    m_countdown->setObjectName(QStringLiteral("countdown"));
    m_countdown->setAlignment(Qt::AlignCenter);
    m_again = bigButton(tr("Add another device"), theme::kCrema, page);
    connect(m_again, &QPushButton::clicked, &m_model, &PairingModel::reset);
    auto *done = bigButton(tr("Done"), theme::kReady, page);
    done->setObjectName(QStringLiteral("done"));
    connect(done, &QPushButton::clicked, this, &QDialog::accept);

    auto *right = new QVBoxLayout;
    right->addStretch();
    right->addWidget(m_code);
    right->addWidget(m_countdown);
    right->addStretch();
    auto *row = new QHBoxLayout;
    row->addWidget(m_qr, 1);
    row->addLayout(right, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_again, 1);
    buttons->addWidget(done, 1);
    auto *layout = new QVBoxLayout(page);
    layout->setSpacing(16);
    layout->addWidget(m_what);
    layout->addLayout(row, 1);
    layout->addLayout(buttons);
    return page;
}

void AddDeviceDialog::refresh()
{
    using Step = PairingModel::Step;
    const Step step = m_model.step();
    m_chooseProblem->setText(m_model.lastError());
    m_chooseProblem->setVisible(!m_model.lastError().isEmpty());
    if (step == Step::ChooseRole || step == Step::Asking) {
        m_pages->setCurrentIndex(0);
        return;
    }
    m_pages->setCurrentIndex(1);
    const QString role = PairingModel::roleLabel(m_model.role());
    m_again->setVisible(step != Step::ShowingCode);
    if (step == Step::ShowingCode) {
        m_what->setText(tr("On the new %1's setup screen, scan this code, or type the server's address and "
                           "these 6 digits.").arg(role));
        if (m_qr->property("url").toString() != m_model.url()) {
            m_qr->setPixmap(QPixmap::fromImage(renderQrImage(m_model.url(), 420)));
            m_qr->setProperty("url", m_model.url());
        }
        m_code->setText(m_model.codeForPeople());
        m_countdown->setText(tr("for \"%1\" · %2 left").arg(m_model.name(), m_model.countdown()));
        m_qr->show();
        return;
    }
    m_qr->clear();
    m_qr->setProperty("url", QString());
    m_qr->hide();
    if (step == Step::Paired) {
        m_what->setText(tr("\"%1\" is connected.").arg(m_model.name()));
        m_code->setText(QStringLiteral("✓"));
        m_countdown->clear();
    } else {
        m_what->setText(tr("The code ran out before a device used it."));
        m_code->setText(tr("Expired"));
        m_countdown->setText(tr("Add another device to make a new one."));
    }
}

} // namespace presso
