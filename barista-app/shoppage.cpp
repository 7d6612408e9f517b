#include "shoppage.h"

#include "adddevicedialog.h"
#include "baristamodel.h"
#include "fitbutton.h"
#include "pairingmodel.h"
#include "plaintext.h"
#include "theme.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QPrinterInfo>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace presso {

namespace {
QLabel *heading(const QString &text, QWidget *parent)
{
    auto *l = new QLabel(text, parent);
    l->setFont(theme::font(28, QFont::Bold));
    return l;
}
} // namespace

ShopPage::ShopPage(BaristaModel &model, PairingModel &pairing, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_pairing(pairing)
    , m_switches(new QGridLayout)
    , m_allDay(plainLabel(QString(), this))
    , m_chime(new QCheckBox(tr("Chime on each new order"), this))
    , m_tickets(new QCheckBox(tr("Print a ticket on Make"), this))
    , m_paper(new QComboBox(this))
    , m_printer(new QComboBox(this))
{
    QSettings settings;
    m_chime->setChecked(settings.value(QStringLiteral("chime"), true).toBool());
    m_tickets->setChecked(settings.value(QStringLiteral("tickets"), false).toBool());
    m_paper->addItems({tr("80 mm receipt paper"), tr("58 mm receipt paper")});
    m_paper->setCurrentIndex(settings.value(QStringLiteral("narrowPaper"), false).toBool() ? 1 : 0);
    // A list to tap, not a name to type with wet hands: CUPS's printers, or a PDF file.
    m_printer->addItem(tr("Tickets to PDF files"), QString());
    for (const QString &name : QPrinterInfo::availablePrinterNames())
        m_printer->addItem(tr("Printer: %1").arg(name), name);
    const QString saved = settings.value(QStringLiteral("printer")).toString();
    if (!saved.isEmpty() && m_printer->findData(saved) < 0)
        m_printer->addItem(tr("Printer: %1 (not found)").arg(saved), saved);
    m_printer->setCurrentIndex(std::max(0, m_printer->findData(saved)));
    m_printer->setAccessibleName(tr("Ticket printer"));
    auto save = [this] {
        QSettings s;
        s.setValue(QStringLiteral("chime"), m_chime->isChecked());
        s.setValue(QStringLiteral("tickets"), m_tickets->isChecked());
        s.setValue(QStringLiteral("narrowPaper"), m_paper->currentIndex() == 1);
        s.setValue(QStringLiteral("printer"), m_printer->currentData().toString());
    };
    connect(m_chime, &QCheckBox::toggled, this, save);
    connect(m_tickets, &QCheckBox::toggled, this, save);
    connect(m_paper, &QComboBox::currentIndexChanged, this, save);
    connect(m_printer, &QComboBox::currentIndexChanged, this, save);
    for (QWidget *w : std::initializer_list<QWidget *>{m_chime, m_tickets, m_paper, m_printer}) {
        w->setFont(theme::font(22));
        w->setMinimumHeight(56);
    }
    for (QCheckBox *box : {m_chime, m_tickets})
        box->setStyleSheet(QStringLiteral("QCheckBox::indicator { width: 40px; height: 40px; }")); // a thumb's size
    m_allDay->setFont(theme::font(24));
    m_allDay->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_allDay->setObjectName(QStringLiteral("allDay"));

    auto *left = new QVBoxLayout;
    left->addWidget(heading(tr("On the menu"), this));
    left->addLayout(m_switches);
    left->addStretch();
    auto *middle = new QVBoxLayout;
    middle->addWidget(heading(tr("All day"), this));
    middle->addWidget(m_allDay, 1);
    auto *right = new QVBoxLayout;
    right->addWidget(heading(tr("This tablet"), this));
    right->addWidget(m_chime);
    right->addWidget(m_tickets);
    right->addWidget(m_paper);
    right->addWidget(m_printer);
    right->addStretch();
    // A new kiosk, TV or tablet joins with a code shown here: nobody types a token.
    auto *addDevice = new FitButton(tr("Add a device"), this);
    addDevice->setObjectName(QStringLiteral("addDevice"));
    addDevice->setMinimumHeight(80);
    addDevice->setFont(theme::font(26, QFont::Bold));
    addDevice->setStyleSheet(QStringLiteral("QPushButton { background: %1; color: white; border-radius: 12px; }")
                                 .arg(theme::kCrema.name()));
    connect(addDevice, &QPushButton::clicked, this, [this] {
        m_pairing.reset();
        auto *dialog = new AddDeviceDialog(m_pairing, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    right->addWidget(addDevice);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(20, 10, 20, 20);
    layout->setSpacing(30);
    layout->addLayout(left, 3);
    layout->addLayout(middle, 2);
    layout->addLayout(right, 2);
    connect(&model, &BaristaModel::changed, this, &ShopPage::refresh);
    refresh();
}

bool ShopPage::chimeOn() const { return m_chime->isChecked(); }
bool ShopPage::ticketsOn() const { return m_tickets->isChecked(); }
QString ShopPage::printer() const { return m_printer->currentData().toString(); }
bool ShopPage::narrowPaper() const { return m_paper->currentIndex() == 1; }

void ShopPage::refresh()
{
    QString shape;
    for (const MenuItem &item : m_model.menu().items())
        shape += item.drink + (item.available ? QLatin1Char('+') : QLatin1Char('-'));
    if (shape != m_menuShape) {
        m_menuShape = shape;
        while (QLayoutItem *child = m_switches->takeAt(0)) {
            delete child->widget();
            delete child;
        }
        int i = 0;
        for (const MenuItem &item : m_model.menu().items()) {
            auto *b = new FitButton(buttonText(item.available ? item.drink : tr("%1 — sold out").arg(item.drink)), this);
            b->setObjectName(QStringLiteral("available:") + item.drink);
            b->setMinimumHeight(64);
            b->setFont(theme::font(22, QFont::Bold));
            b->setStyleSheet(QStringLiteral("QPushButton { background: %1; color: white; border-radius: 10px; }")
                                 .arg((item.available ? theme::kReady : theme::kMuted).name()));
            const QString drink = item.drink;
            const bool available = item.available;
            connect(b, &QPushButton::clicked, this, [this, drink, available] { m_model.setAvailable(drink, !available); });
            m_switches->addWidget(b, i / 2, i % 2);
            ++i;
        }
    }
    QStringList lines;
    for (const auto &[label, count] : m_model.allDay())
        lines << QStringLiteral("%1×  %2").arg(count).arg(label);
    m_allDay->setText(lines.isEmpty() ? tr("Nothing waiting") : lines.join(QLatin1Char('\n')));
}

} // namespace presso
