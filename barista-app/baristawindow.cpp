#include "baristawindow.h"

#include "connectionbanner.h"
#include "fitbutton.h"
#include "keyboardreach.h"
#include "ordercard.h"
#include "plaintext.h"
#include "shoppage.h"
#include "theme.h"
#include "ticketprinter.h"
#include "todaypage.h"

#include <QDir>
#include <QSoundEffect>
#include <QStackedWidget>
#include <QStandardPaths>

#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace presso {

namespace {
QPushButton *bigButton(const QString &text, const QColor &colour, QWidget *parent)
{
    auto *b = new FitButton(text, parent);
    b->setMinimumHeight(64);
    b->setMinimumWidth(120); // the words shrink to fit (FitButton), the button stays a thumb wide
    b->setFont(theme::font(24, QFont::Bold));
    b->setStyleSheet(QStringLiteral("QPushButton { background: %1; color: white; border-radius: 10px; padding: 0 24px; }")
                         .arg(colour.name())
                     + keys::focusRing(QStringLiteral("QPushButton")));
    return b;
}
} // namespace

BaristaWindow::BaristaWindow(PressoClient &client, QWidget *parent)
    : QWidget(parent)
    , m_model(client)
    , m_pairing(client)
    , m_status(plainLabel(QString(), this))
    , m_error(plainLabel(QString(), this))
    , m_shopButton(bigButton(tr("Close shop"), theme::kEspresso, this))
    , m_undoButton(bigButton(QString(), theme::kMuted, this))
    , m_allDayStrip(plainLabel(QString(), this))
    , m_confirm(new QFrame(this))
    , m_confirmText(plainLabel(QString(), m_confirm))
    , m_confirmYes(bigButton(QString(), theme::kAlert, m_confirm))
    , m_confirmNo(bigButton(tr("Go back"), theme::kMuted, m_confirm))
{
    m_error->setStyleSheet(QStringLiteral("color: %1").arg(theme::kAlert.name()));
    m_error->setFont(theme::font(20, QFont::Bold));
    m_error->setContentsMargins(16, 0, 16, 0);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(new ConnectionBanner(client, this));
    layout->addLayout(buildTopBar());
    layout->addWidget(m_error);
    layout->addWidget(buildPages(), 1);
    showPage(0);
    buildConfirmPanel();
    connectAlerts();

    connect(&m_model, &BaristaModel::changed, this, &BaristaWindow::refresh);
    resize(1280, 800);
    refresh();
}

QLayout *BaristaWindow::buildTopBar()
{
    m_status->setFont(theme::font(22, QFont::Bold));
    m_shopButton->setObjectName(QStringLiteral("shop"));
    connect(m_shopButton, &QPushButton::clicked, this, [this] {
        if (m_model.shopOpen())
            askToCloseShop();
        else
            m_model.setShopOpen(true);
    });
    auto *top = new QHBoxLayout;
    top->setContentsMargins(16, 10, 16, 10);
    const QStringList pageNames{tr("Orders"), tr("Shop"), tr("Today")};
    const QStringList pageIds{QStringLiteral("Orders"), QStringLiteral("Shop"), QStringLiteral("Today")};
    for (int i = 0; i < pageNames.size(); ++i) {
        auto *nav = bigButton(pageNames.at(i), theme::kMuted, this);
        nav->setObjectName(QStringLiteral("page:") + pageIds.at(i)); // the same in every language
        connect(nav, &QPushButton::clicked, this, [this, i] { showPage(i); });
        top->addWidget(nav);
        m_nav.append(nav);
    }
    top->addStretch();
    top->addWidget(m_status);
    top->addSpacing(16);
    top->addWidget(m_shopButton);
    return top;
}

QWidget *BaristaWindow::buildOrdersPage()
{
    auto *ordersPage = new QWidget(this);
    auto *ordersLayout = new QVBoxLayout(ordersPage);
    ordersLayout->setContentsMargins(0, 0, 0, 0);
    // The all-day count where the barista looks anyway, so six oat flat whites can be
    // steamed in one jug without a trip to the Shop page.
    m_allDayStrip->setObjectName(QStringLiteral("allDayStrip"));
    m_allDayStrip->setFont(theme::font(21, QFont::DemiBold));
    m_allDayStrip->setWordWrap(true);
    m_allDayStrip->setContentsMargins(16, 0, 16, 0);
    // Undo beside it, on the page of the orders it undoes: the top bar keeps room for the
    // pages and the shop in every language.
    m_undoButton->setObjectName(QStringLiteral("undo"));
    connect(m_undoButton, &QPushButton::clicked, &m_model, &BaristaModel::recall);
    auto *strip = new QHBoxLayout;
    strip->setContentsMargins(0, 0, 12, 0);
    strip->addWidget(m_allDayStrip, 1);
    strip->addWidget(m_undoButton);
    ordersLayout->addLayout(strip);
    auto *columns = new QHBoxLayout;
    ordersLayout->addLayout(columns, 1);
    columns->setContentsMargins(12, 0, 12, 12);
    columns->setSpacing(12);
    columns->addWidget(makeColumn(m_waiting, tr("Waiting"), theme::kEspresso), 1);
    columns->addWidget(makeColumn(m_making, tr("Making"), theme::kCrema), 1);
    columns->addWidget(makeColumn(m_ready, tr("Ready"), theme::kReady), 1);
    return ordersPage;
}

QWidget *BaristaWindow::buildPages()
{
    m_pages = new QStackedWidget(this);
    m_shopPage = new ShopPage(m_model, m_pairing, this);
    m_todayPage = new TodayPage(m_model, this);
    m_pages->addWidget(buildOrdersPage());
    m_pages->addWidget(m_shopPage);
    m_pages->addWidget(m_todayPage);
    return m_pages;
}

// The chime for each new order and the ticket for each claim, as the Shop page sets them.
void BaristaWindow::connectAlerts()
{
    m_chime = new QSoundEffect(this);
    m_chime->setSource(QUrl(QStringLiteral("qrc:/sounds/chime.wav")));
    connect(&m_model, &BaristaModel::newOrder, this, [this] {
        if (m_shopPage->chimeOn())
            m_chime->play();
    });
    connect(&m_model, &BaristaModel::claimed, this, [this](const Order &order) {
        if (m_shopPage->ticketsOn())
            printTicket(order);
    });
    m_ticketFolder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/tickets");
}

// The confirmation panel covers the window while a question is open.
void BaristaWindow::buildConfirmPanel()
{
    m_confirm->setObjectName(QStringLiteral("confirm"));
    m_confirm->setAutoFillBackground(true);
    m_confirm->setStyleSheet(QStringLiteral("#confirm { background: rgba(42, 31, 26, 245); }"));
    m_confirmText->setFont(theme::font(34, QFont::Bold));
    m_confirmText->setStyleSheet(QStringLiteral("color: white"));
    m_confirmText->setAlignment(Qt::AlignCenter);
    m_confirmText->setWordWrap(true);
    m_confirmYes->setObjectName(QStringLiteral("confirmYes"));
    m_confirmNo->setObjectName(QStringLiteral("confirmNo"));
    auto *confirmButtons = new QHBoxLayout;
    confirmButtons->addStretch();
    confirmButtons->addWidget(m_confirmNo);
    confirmButtons->addSpacing(24);
    confirmButtons->addWidget(m_confirmYes);
    confirmButtons->addStretch();
    auto *confirmLayout = new QVBoxLayout(m_confirm);
    confirmLayout->addStretch();
    confirmLayout->addWidget(m_confirmText);
    confirmLayout->addSpacing(30);
    confirmLayout->addLayout(confirmButtons);
    confirmLayout->addStretch();
    // Tab stays between the two answers, "Go back" first; the focus returns where it was.
    new keys::FocusTrap(m_confirm, {m_confirmNo, m_confirmYes});
    connect(m_confirmYes, &QPushButton::clicked, this, [this] {
        if (std::exchange(m_closingShop, false))
            m_model.setShopOpen(false);
        else
            m_model.confirmCancel();
        refresh();
    });
    connect(m_confirmNo, &QPushButton::clicked, this, [this] {
        m_closingShop = false;
        m_model.dismissCancel();
        refresh();
    });
}

QWidget *BaristaWindow::makeColumn(Column &column, const QString &title, const QColor &colour)
{
    auto *box = new QFrame(this);
    box->setObjectName(QStringLiteral("column"));
    box->setStyleSheet(QStringLiteral("#column { background: %1; border-radius: 12px; }").arg(theme::kCream.darker(104).name()));
    column.title = new QLabel(title, box);
    column.title->setAlignment(Qt::AlignCenter);
    column.title->setFont(theme::font(28, QFont::Bold));
    column.title->setMinimumHeight(56);
    column.title->setStyleSheet(QStringLiteral("background: %1; color: white; border-radius: 10px;").arg(colour.name()));
    auto *inner = new QWidget;
    column.list = new QVBoxLayout(inner);
    column.list->setContentsMargins(0, 0, 0, 0);
    column.list->setSpacing(10);
    column.list->addStretch();
    auto *scroll = new QScrollArea(box);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus); // Tab goes to the cards' buttons, and scrolls to them
    scroll->setWidget(inner);
    scroll->setStyleSheet(QStringLiteral("background: transparent;"));
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(column.title);
    layout->addWidget(scroll, 1);
    return box;
}

void BaristaWindow::sync(Column &column, const QList<Order> &orders, const QString &title)
{
    column.title->setText(orders.isEmpty() ? title : QStringLiteral("%1 (%2)").arg(title).arg(orders.size()));
    QStringList shape;
    for (const Order &o : orders)
        shape << o.id.value + orderStateName(o.state);
    if (shape != column.shape) {
        // Rebuilt only when the orders in it change, so a finger on a button keeps it.
        qDeleteAll(column.cards);
        column.cards.clear();
        for (const Order &o : orders) {
            auto *card = new OrderCard(m_model, o);
            column.list->insertWidget(column.list->count() - 1, card);
            column.cards.append(card);
        }
        column.shape = shape;
    }
    for (int i = 0; i < orders.size(); ++i)
        column.cards.at(i)->refresh(orders.at(i));
}

OrderCard *BaristaWindow::card(const QString &orderId) const
{
    for (const Column *c : {&m_waiting, &m_making, &m_ready}) {
        for (OrderCard *card : c->cards) {
            if (card->orderId() == orderId)
                return card;
        }
    }
    return nullptr;
}

void BaristaWindow::keyPressEvent(QKeyEvent *event)
{
    const QList<Order> active = m_model.waiting() + m_model.making();
    const int key = event->key();
    if (key >= Qt::Key_1 && key <= Qt::Key_9) {
        const int index = key - Qt::Key_1;
        m_selected = index < active.size() ? active.at(index).id.value : QString();
    } else if ((key == Qt::Key_Return || key == Qt::Key_Enter) && !m_selected.isEmpty()) {
        m_model.advance(m_selected);
    } else if (key == Qt::Key_Escape && m_confirm->isVisible()) {
        m_confirmNo->click();
    } else if (key == Qt::Key_Backspace) {
        m_model.recall();
    } else {
        QWidget::keyPressEvent(event);
        return;
    }
    refresh();
}

void BaristaWindow::showPage(int index)
{
    m_pages->setCurrentIndex(index);
    // No title bar fits beside Undo at 1280 px: the lit tab says where the barista is.
    for (int i = 0; i < m_nav.size(); ++i)
        m_nav.at(i)->setStyleSheet(QStringLiteral("QPushButton { background: %1; color: white; border-radius: 10px; padding: 0 24px; }")
                                       .arg((i == index ? theme::kCrema : theme::kMuted).name())
                                   + keys::focusRing(QStringLiteral("QPushButton")));
    if (index == 2)
        m_model.refreshStats();
}

void BaristaWindow::printTicket(const Order &order)
{
    TicketPrinter::Target target;
    target.printer = m_shopPage->printer();
    target.paper = m_shopPage->narrowPaper() ? TicketPrinter::Paper::Receipt58 : TicketPrinter::Paper::Receipt80;
    if (target.printer.isEmpty()) {
        QDir().mkpath(m_ticketFolder);
        target.pdfPath = QDir(m_ticketFolder).filePath(QStringLiteral("ticket-%1.pdf").arg(order.number.value_or(0)));
    }
    QString error;
    if (TicketPrinter::print(m_model.inWords(order), target, &error))
        m_lastTicket = target.pdfPath.isEmpty() ? target.printer : target.pdfPath;
    else
        m_error->setText(error);
}

void BaristaWindow::askToCloseShop()
{
    m_closingShop = true;
    refresh();
}

void BaristaWindow::refresh()
{
    sync(m_waiting, m_model.waiting(), tr("Waiting"));
    sync(m_making, m_model.making(), tr("Making"));
    sync(m_ready, m_model.ready(), tr("Ready"));
    m_status->setText(m_model.shopOpen() ? tr("Shop open") : tr("Shop closed"));
    m_status->setStyleSheet(QStringLiteral("color: %1").arg((m_model.shopOpen() ? theme::kReady : theme::kAlert).name()));
    m_shopButton->setText(m_model.shopOpen() ? tr("Close shop") : tr("Open shop"));
    m_undoButton->setVisible(m_model.canRecall());
    m_undoButton->setText(m_model.recallLabel());
    QStringList allDay;
    for (const auto &[what, count] : m_model.allDay())
        allDay << tr("%1× %2").arg(count).arg(what);
    m_allDayStrip->setText(tr("All day:  %1").arg(allDay.join(QStringLiteral("   ·   "))));
    m_allDayStrip->setVisible(!allDay.isEmpty());
    // The digits a bump bar sends, shown on the cards they select (see keyPressEvent).
    int digit = 0;
    for (const Column *c : {&m_waiting, &m_making}) {
        for (OrderCard *card : c->cards)
            card->setKeyHint(++digit <= 9 ? digit : 0);
    }
    for (const Column *c : {&m_waiting, &m_making, &m_ready}) {
        for (OrderCard *card : c->cards)
            card->setSelected(card->orderId() == m_selected);
    }
    m_error->setText(m_model.lastError());
    m_error->setVisible(!m_model.lastError().isEmpty());
    refreshConfirmPanel();
    // Tab in reading order: the pages, the shop, Undo, then each column's cards top down.
    QList<QWidget *> order(m_nav.cbegin(), m_nav.cend());
    order << m_shopButton << m_undoButton;
    for (const Column *c : {&m_waiting, &m_making, &m_ready}) {
        for (OrderCard *card : c->cards)
            order << QList<QWidget *>(card->buttons().cbegin(), card->buttons().cend());
    }
    keys::chain(order);
}

void BaristaWindow::refreshConfirmPanel()
{
    const QString cancelId = m_model.pendingCancel();
    if (m_closingShop) {
        m_confirmText->setText(tr("Close the shop?\nNew customers cannot order until you open it again."));
        m_confirmYes->setText(tr("Close shop"));
    } else if (const auto o = cancelId.isEmpty() ? std::nullopt : m_model.order(cancelId)) {
        // The options too: two Lattes may differ only by them.
        m_confirmText->setText(tr("Cancel order #%1 for %2?\n%3")
                                   .arg(o->number.value_or(0))
                                   .arg(o->customerName.isEmpty() ? tr("a guest") : o->customerName,
                                        m_model.drinkText(*o)));
        m_confirmYes->setText(tr("Cancel order"));
    }
    const bool asking = m_closingShop || !cancelId.isEmpty();
    m_confirm->setGeometry(rect());
    // The keyboard lands on the safe answer (the focus trap); Escape says no.
    m_confirm->setVisible(asking);
    if (asking)
        m_confirm->raise();
}

} // namespace presso
