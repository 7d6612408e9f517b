#include "kioskwindow.h"

#include "codekeyboard.h"
#include "connectionbanner.h"
#include "drinkicons.h"
#include "fitbutton.h"
#include "keyboardreach.h"
#include "language.h"
#include "framesource.h"
#include "onscreenkeyboard.h"
#include "plaintext.h"
#include "pressoclient.h"
#include "qrimage.h"
#include "qrscanner.h"
#include "statuswords.h"
#include "theme.h"
#include "timeutil.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace presso {

namespace {
QPushButton *bigButton(const QString &text, const QColor &colour, QWidget *parent, const QString &name)
{
    auto *b = new FitButton(text, parent);
    b->setObjectName(name);
    b->setAccessibleName(text);
    b->setMinimumHeight(80);
    b->setFont(theme::font(30, QFont::Bold));
    b->setStyleSheet(QStringLiteral("QPushButton { background: %1; color: white; border-radius: 14px; padding: 0 30px; }"
                                    "QPushButton:disabled { background: #c9bfb6; }").arg(colour.name())
                     + keys::focusRing(QStringLiteral("QPushButton")));
    return b;
}

void setShown(QLayout *layout, bool shown)
{
    for (int i = 0; i < layout->count(); ++i) {
        QLayoutItem *item = layout->itemAt(i);
        if (item->widget())
            item->widget()->setVisible(shown);
        else if (item->layout())
            setShown(item->layout(), shown);
    }
}

QLabel *text(const QString &s, int px, QFont::Weight weight, QWidget *parent)
{
    auto *l = plainLabel(s, parent);
    l->setFont(theme::font(px, weight));
    l->setWordWrap(true);
    l->setAlignment(Qt::AlignCenter);
    return l;
}
} // namespace

KioskWindow::KioskWindow(PressoClient &client, FrameSource *source, QWidget *parent)
    : QWidget(parent)
    , m_controller(client)
    , m_source(source)
    , m_scanner(new QrScanner(this))
    , m_pages(new QStackedWidget(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(new ConnectionBanner(client, this));
    layout->addWidget(m_pages, 1);
    m_pages->addWidget(makeScanPage());
    m_pages->addWidget(makeMenuPage());
    m_pages->addWidget(makeStatusPage());
    if (m_source) {
        m_scanner->watch(m_source);
        connect(m_source, &FrameSource::frame, this, [this](const QImage &frame) {
            m_lastFrame = frame;
            if (m_pages->currentIndex() == 0)
                showLastFrame();
        });
        // The keyboard coming or going resizes the picture: show it at its new size now,
        // not a frame later.
        m_preview->installEventFilter(this);
        m_source->start();
    }
    connect(m_scanner, &QrScanner::found, &m_controller, &KioskController::enterCode);
    // The on-screen keyboard covers the bottom of the screen: the page makes room above it,
    // so the name field and the Order button stay in sight while the customer types.
    // The window keeps the screen's size: the scan page, larger than what is left above the
    // keyboard, must not make it grow past the screen's edge.
    layout->setSizeConstraint(QLayout::SetNoConstraint);
    followKeyboard(this, [this, layout](int keyboardHeight) {
        layout->setContentsMargins(0, 0, 0, keyboardHeight);
        // Above the keyboard there is room for the name and the Order button, not for the
        // drinks: they are chosen by then, and come back when the keyboard goes.
        setShown(m_tiles, keyboardHeight == 0);
        setShown(m_modifierBox, keyboardHeight == 0);
    });
    connect(&m_controller, &KioskController::changed, this, &KioskWindow::refresh);
    resize(1280, 800);
    refresh();
}

KioskWindow::~KioskWindow() = default;

QWidget *KioskWindow::makeScanPage()
{
    auto *page = new QWidget;
    auto *title = text(tr("Scan the QR code on the TV"), 48, QFont::Bold, page);
    m_preview = plainLabel(QString(), page); // the camera's own words when it fails
    m_preview->setMinimumSize(480, 160);
    // The picture takes the room there is; it must not grow the page when the keyboard shows.
    m_preview->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Ignored);
    m_preview->setAlignment(Qt::AlignCenter);
    m_preview->setStyleSheet(QStringLiteral("background: %1; color: white; border-radius: 16px; border: 6px solid %2;")
                                 .arg(theme::kRoast.name(), theme::kCrema.name()));
    m_preview->setFont(theme::font(26));
    m_preview->setText(m_source ? (m_source->problem().isEmpty() ? tr("Hold the code inside this frame") : m_source->problem())
                                : tr("No camera on this kiosk: type the code below"));
    m_scanMessage = text(QString(), 28, QFont::Bold, page);
    m_scanMessage->setStyleSheet(QStringLiteral("color: %1").arg(theme::kAlert.name()));
    m_codeEdit = new QLineEdit(page);
    m_codeEdit->setObjectName(QStringLiteral("code"));
    m_codeEdit->setAccessibleName(tr("Code from the TV"));
    m_codeEdit->setPlaceholderText(tr("or type the code shown under it"));
    m_codeEdit->setFont(theme::font(32));
    m_codeEdit->setMinimumHeight(80);
    m_codeEdit->setMaxLength(64);
    m_codeEdit->setAttribute(Qt::WA_InputMethodEnabled, false); // it has its own code pad below
    auto *go = bigButton(tr("Start my order"), theme::kEspresso, page, QStringLiteral("start"));
    connect(go, &QPushButton::clicked, this, [this] { m_controller.enterCode(m_codeEdit->text()); });
    connect(m_codeEdit, &QLineEdit::returnPressed, go, &QPushButton::click);
    // Typing is the fallback: with a working camera the keyboard waits behind a button,
    // so the picture the customer aims with gets the screen.
    m_typing = new QWidget(page);
    auto *entry = new QHBoxLayout;
    entry->addWidget(m_codeEdit, 1);
    entry->addWidget(go);
    auto *typing = new QVBoxLayout(m_typing);
    typing->setContentsMargins(0, 0, 0, 0);
    typing->setSpacing(20);
    typing->addLayout(entry);
    typing->addWidget(new CodeKeyboard(m_codeEdit, m_typing));
    m_typeInstead = bigButton(tr("No luck? Type the code instead"), theme::kMuted, page, QStringLiteral("typeCode"));
    connect(m_typeInstead, &QPushButton::clicked, this, [this] { showTyping(true); });
    auto *l = new QVBoxLayout(page);
    l->setContentsMargins(60, 30, 60, 40);
    l->setSpacing(20);
    l->addWidget(title);
    l->addWidget(m_preview, 1);
    l->addWidget(m_scanMessage);
    l->addWidget(m_typeInstead, 0, Qt::AlignHCenter);
    l->addWidget(m_typing);
    return page;
}

void KioskWindow::showLastFrame()
{
    if (!m_lastFrame.isNull())
        m_preview->setPixmap(QPixmap::fromImage(m_lastFrame.scaled(m_preview->size(), Qt::KeepAspectRatio)));
}

bool KioskWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_preview && event->type() == QEvent::Resize)
        showLastFrame();
    return QWidget::eventFilter(watched, event);
}

bool KioskWindow::cameraWorks() const
{
    return m_source && m_source->problem().isEmpty();
}

void KioskWindow::showTyping(bool on)
{
    // Hide first, then show: never both at once, which would grow the window past the screen.
    (on ? m_typeInstead : m_typing)->setVisible(false);
    (on ? m_typing : m_typeInstead)->setVisible(true);
    if (on)
        m_codeEdit->setFocus();
}

QWidget *KioskWindow::makeMenuPage()
{
    auto *page = new QWidget;
    auto *title = text(tr("Choose your drink"), 44, QFont::Bold, page);
    m_timeBar = new QProgressBar(page);
    m_timeBar->setTextVisible(true);
    m_timeBar->setAlignment(Qt::AlignCenter);
    m_timeBar->setMinimumHeight(40);
    m_timeBar->setFont(theme::font(22, QFont::Bold));
    m_timeBar->setRange(0, 1000);
    m_tiles = new QGridLayout;
    m_tiles->setSpacing(14);
    m_modifierBox = new QVBoxLayout;
    m_nameEdit = new QLineEdit(page);
    m_nameEdit->setObjectName(QStringLiteral("name"));
    m_nameEdit->setAccessibleName(tr("Your first name"));
    m_nameEdit->setPlaceholderText(tr("Your first name, for the board"));
    m_nameEdit->setMaxLength(20);
    m_nameEdit->setFont(theme::font(30));
    m_nameEdit->setMinimumHeight(72);
    connect(m_nameEdit, &QLineEdit::textEdited, &m_controller, &KioskController::setName);
    connect(m_nameEdit, &QLineEdit::returnPressed, this, [this] {
        if (m_orderButton->isEnabled())
            m_orderButton->click();
    });
    m_summary = text(QString(), 30, QFont::Bold, page);
    m_menuMessage = text(QString(), 26, QFont::Bold, page);
    m_menuMessage->setStyleSheet(QStringLiteral("color: %1").arg(theme::kAlert.name()));
    m_orderButton = bigButton(tr("Order now"), theme::kReady, page, QStringLiteral("orderNow"));
    connect(m_orderButton, &QPushButton::clicked, &m_controller, &KioskController::orderNow);
    m_cancelChoosing = bigButton(tr("Cancel"), theme::kMuted, page, QStringLiteral("cancelChoosing"));
    connect(m_cancelChoosing, &QPushButton::clicked, &m_controller, &KioskController::cancelOrder);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_nameEdit, 2);
    bottom->addWidget(m_cancelChoosing);
    bottom->addWidget(m_orderButton, 1);
    auto *l = new QVBoxLayout(page);
    l->setContentsMargins(40, 20, 40, 30);
    l->setSpacing(14);
    l->addWidget(title);
    l->addWidget(m_timeBar);
    l->addLayout(m_tiles, 1);
    l->addLayout(m_modifierBox);
    l->addWidget(m_summary);
    l->addWidget(m_menuMessage);
    l->addLayout(bottom);
    return page;
}

QWidget *KioskWindow::makeStatusPage()
{
    auto *page = new QWidget;
    m_statusTitle = text(QString(), 64, QFont::Black, page);
    m_statusDetail = text(QString(), 32, QFont::Normal, page);
    m_cancelOrder = bigButton(tr("Cancel my order"), theme::kAlert, page, QStringLiteral("cancelOrder"));
    connect(m_cancelOrder, &QPushButton::clicked, &m_controller, &KioskController::cancelOrder);
    m_doneButton = bigButton(tr("Done"), theme::kEspresso, page, QStringLiteral("done"));
    connect(m_doneButton, &QPushButton::clicked, &m_controller, &KioskController::done);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->setSpacing(30);
    buttons->addWidget(m_cancelOrder);
    buttons->addWidget(m_doneButton);
    buttons->addStretch();
    // Beside the words: a code the customer scans to follow the order on their phone.
    m_follow = new QWidget(page);
    m_followSymbol = new QLabel(m_follow);
    m_followSymbol->setObjectName(QStringLiteral("followSymbol"));
    m_followSymbol->setAccessibleName(tr("Follow your order on your phone"));
    m_followSymbol->setAlignment(Qt::AlignCenter);
    auto *followHint = text(tr("Follow your order on your phone"), 24, QFont::Bold, m_follow);
    followHint->setAlignment(Qt::AlignCenter);
    auto *followLayout = new QVBoxLayout(m_follow);
    followLayout->addWidget(m_followSymbol);
    followLayout->addWidget(followHint);
    m_follow->setMaximumWidth(360);
    m_follow->hide();
    auto *words = new QVBoxLayout;
    words->addStretch();
    words->addWidget(m_statusTitle);
    words->addWidget(m_statusDetail);
    words->addStretch();
    auto *middle = new QHBoxLayout;
    middle->setSpacing(40);
    middle->addLayout(words, 1);
    middle->addWidget(m_follow, 0, Qt::AlignVCenter);
    auto *l = new QVBoxLayout(page);
    l->setContentsMargins(60, 60, 60, 60);
    l->addLayout(middle, 1);
    l->addLayout(buttons);
    return page;
}

QWidget *KioskWindow::page(int index) const
{
    return m_pages->widget(index);
}

void KioskWindow::rebuildMenu()
{
    // Rebuilt only when the menu itself changes.
    QString shape;
    for (const MenuItem &item : m_controller.menu().items())
        shape += item.drink + (item.available ? QStringLiteral("+") : QStringLiteral("-"));
    if (shape == m_menuShape)
        return;
    m_menuShape = shape;
    while (QLayoutItem *child = m_tiles->takeAt(0)) {
        delete child->widget();
        delete child;
    }
    int i = 0;
    for (const MenuItem &item : m_controller.menu().items()) {
        auto *tile = new QToolButton;
        tile->setObjectName(QStringLiteral("drink:") + item.drink);
        // The customer's language where the menu has it; the order keeps the menu's own name.
        const QString name = item.wordIn(item.drink, language::current());
        tile->setAccessibleName(item.available ? name : tr("%1, sold out").arg(name));
        tile->setText(buttonText(item.available ? name : tr("%1\nSold out").arg(name)));
        tile->setIcon(QIcon(drinkPixmap(item.icon, 128)));
        tile->setIconSize(QSize(80, 80));
        tile->setToolButtonStyle(Qt::ToolButtonTextUnderIcon);
        tile->setCheckable(true);
        tile->setEnabled(m_controller.canChoose(item.drink));
        tile->setMinimumSize(200, 130);
        tile->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
        tile->setFont(theme::font(24, QFont::Bold));
        tile->setStyleSheet(QStringLiteral("QToolButton { background: white; border: 3px solid #e6dccf; border-radius: 16px; }"
                                           "QToolButton:checked { border: 6px solid %1; }"
                                           "QToolButton:disabled { background: #eee6dc; color: #9b8f84; }").arg(theme::kCrema.name())
                            + keys::focusRing(QStringLiteral("QToolButton"), 6));
        const QString drink = item.drink;
        connect(tile, &QToolButton::clicked, this, [this, drink] { m_controller.chooseDrink(drink); });
        m_tiles->addWidget(tile, i / 4, i % 4);
        ++i;
    }
}

void KioskWindow::refresh()
{
    showStage(m_controller.stage());
    rebuildMenu();
    checkChosenDrink();
    showModifiers();
    showChoice();
    showTimeLeft();
    showStatus();
    showFollow();
    // Tab in reading order: the drinks row by row, their options, the name, the buttons.
    keys::chain(keys::widgetsIn(m_tiles) + keys::widgetsIn(m_modifierBox)
                + QList<QWidget *>{m_nameEdit, m_cancelChoosing, m_orderButton});
    if (m_pendingFocus && m_pendingFocus->isVisible())
        std::exchange(m_pendingFocus, nullptr)->setFocus();
}

void KioskWindow::showStage(KioskController::Stage stage)
{
    using Stage = KioskController::Stage;
    m_pages->setCurrentIndex(stage == Stage::Menu || stage == Stage::Submitting ? 1 : stage == Stage::Following ? 2 : 0);
    m_scanMessage->setText(stage == Stage::Redeeming ? tr("One moment…") : m_controller.message());
    const bool entered = stage != m_shownStage;
    m_shownStage = stage;
    if (stage == Stage::Scan && entered) {
        // Only on the way in: a change while someone types must not wipe their code.
        m_nameEdit->clear();
        if (m_controller.awaitsNewCustomer()) {
            m_codeEdit->clear();
            showTyping(!cameraWorks());
        }
    } else if (stage == Stage::Menu) {
        // The code is spent once redeemed; a refused one stays so a typo can be fixed.
        m_codeEdit->clear();
    }
    // The keyboard starts where the eye does on each page: the first drink, the status's button.
    if (entered && stage == Stage::Menu && m_tiles->count() > 0)
        m_pendingFocus = m_tiles->itemAt(0)->widget();
    else if (entered && stage == Stage::Following)
        m_pendingFocus = m_doneButton;
}

void KioskWindow::checkChosenDrink()
{
    for (int i = 0; i < m_tiles->count(); ++i) {
        if (auto *tile = qobject_cast<QToolButton *>(m_tiles->itemAt(i)->widget()))
            tile->setChecked(tile->objectName() == QStringLiteral("drink:") + m_controller.drink());
    }
}

// The options of the chosen drink, each group a row of segments; rebuilt only when the
// drink changes, so that a finger on a segment keeps it.
void KioskWindow::showModifiers()
{
    for (QPushButton *b : page(1)->findChildren<QPushButton *>()) {
        if (b->objectName().startsWith(QLatin1String("option:")))
            b->setChecked(m_controller.options().values().contains(b->objectName().mid(7)));
    }
    if (m_controller.drink() == m_modifierDrink)
        return;
    m_modifierDrink = m_controller.drink();
    clearModifiers();
    if (const MenuItem *item = m_controller.menu().find(m_controller.drink())) {
        for (const ModifierGroup &group : item->modifiers)
            addModifierRow(*item, group);
    }
}

void KioskWindow::clearModifiers()
{
    while (QLayoutItem *child = m_modifierBox->takeAt(0)) {
        if (QLayout *row = child->layout()) {
            while (QLayoutItem *w = row->takeAt(0)) {
                delete w->widget();
                delete w;
            }
        }
        delete child->widget();
        delete child;
    }
}

void KioskWindow::addModifierRow(const MenuItem &item, const ModifierGroup &group)
{
    auto *row = new QHBoxLayout;
    // In the box first, so that what is added to the row is shown.
    m_modifierBox->addLayout(row);
    auto *label = plainLabel(item.wordIn(group.name, language::current()));
    label->setFont(theme::font(26, QFont::Bold));
    label->setMinimumWidth(140);
    row->addWidget(label);
    for (const QString &option : group.options) {
        auto *b = new FitButton(buttonText(item.wordIn(option, language::current())));
        b->setObjectName(QStringLiteral("option:") + option);
        b->setCheckable(true);
        b->setChecked(m_controller.options().value(group.name) == option);
        b->setMinimumHeight(64);
        b->setFont(theme::font(24, QFont::Bold));
        b->setStyleSheet(QStringLiteral("QPushButton { background: white; border: 3px solid #e6dccf; border-radius: 12px; padding: 0 24px; }"
                                        "QPushButton:checked { background: %1; color: white; border-color: %1; }").arg(theme::kCrema.name())
                         + keys::focusRing(QStringLiteral("QPushButton")));
        const QString groupName = group.name;
        connect(b, &QPushButton::clicked, this, [this, groupName, option] { m_controller.chooseOption(groupName, option); });
        row->addWidget(b, 1);
    }
}

void KioskWindow::showChoice()
{
    const MenuItem *item = m_controller.menu().find(m_controller.drink());
    m_summary->setText(!item ? tr("Tap a drink") : item->labelIn(m_controller.options().values(), language::current()));
    m_menuMessage->setText(m_controller.message());
    m_menuMessage->setVisible(!m_controller.message().isEmpty());
    m_orderButton->setEnabled(m_controller.canOrder());
}

void KioskWindow::showTimeLeft()
{
    m_timeBar->setValue(int(m_controller.timeLeftFraction() * 1000));
    m_timeBar->setFormat(tr("%1 left to order").arg(timeLeftText(m_controller.msLeft())));
}

void KioskWindow::showStatus()
{
    if (const auto o = m_controller.order()) {
        if (const auto words = StatusWords::of(*o, m_controller.queuePosition(), m_controller.menu())) {
            m_statusTitle->setText(words->title);
            m_statusDetail->setText(words->detail);
        }
    }
    m_cancelOrder->setVisible(m_controller.canCancel() && m_controller.stage() == KioskController::Stage::Following);
}

void KioskWindow::showFollow()
{
    const QString followUrl = m_controller.followUrl();
    if (followUrl != m_followUrl) {
        m_followUrl = followUrl;
        m_followSymbol->setPixmap(followUrl.isEmpty() ? QPixmap() : QPixmap::fromImage(renderQrImage(followUrl, 300)));
    }
    m_follow->setVisible(!followUrl.isEmpty());
}

} // namespace presso
