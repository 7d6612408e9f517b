#include "ordercard.h"

#include "baristamodel.h"
#include "drinkicons.h"
#include "fitbutton.h"
#include "keyboardreach.h"
#include "plaintext.h"
#include "theme.h"
#include "timeutil.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace presso {

namespace {
QColor colourOf(OrderAction action)
{
    switch (action) {
    case OrderAction::Claim: return theme::kEspresso;
    case OrderAction::Complete: return theme::kReady;
    case OrderAction::Cancel: return theme::kAlert;
    default: return theme::kMuted;
    }
}
} // namespace

OrderCard::OrderCard(BaristaModel &model, const Order &order, QWidget *parent)
    : QFrame(parent)
    , m_model(model)
    , m_id(order.id.value)
    , m_stripe(new QFrame(this))
    , m_number(plainLabel(QString(), this))
    , m_name(plainLabel(QString(), this))
    , m_drink(plainLabel(QString(), this))
    , m_age(plainLabel(QString(), this))
    , m_key(new QLabel(this))
{
    setObjectName(QStringLiteral("card-") + m_id);
    setAutoFillBackground(true);
    setStyleSheet(QStringLiteral("presso--OrderCard { background: white; border-radius: 10px; }"));
    m_stripe->setFixedWidth(14);
    m_number->setFont(theme::font(44, QFont::Black));
    m_name->setFont(theme::font(26, QFont::Bold));
    m_drink->setFont(theme::font(24, QFont::DemiBold)); // what to make: read first, after the number
    m_drink->setWordWrap(true);
    m_age->setFont(theme::font(19));
    m_age->setWordWrap(true); // never wider than the column
    m_age->setStyleSheet(QStringLiteral("color: %1").arg(theme::kMuted.name()));

    auto *top = new QHBoxLayout;
    top->setSpacing(14);
    top->addWidget(m_number);
    auto *who = new QVBoxLayout;
    who->addWidget(m_name);
    who->addWidget(m_age);
    top->addLayout(who, 1);
    m_key->setFont(theme::font(20, QFont::Bold));
    m_key->setAlignment(Qt::AlignCenter);
    m_key->setFixedSize(40, 40);
    m_key->setStyleSheet(QStringLiteral("color: %1; border: 2px solid %1; border-radius: 8px;").arg(theme::kMuted.name()));
    m_key->hide();
    top->addWidget(m_key, 0, Qt::AlignTop);
    // The cup's picture beside the drink: in a rush the eye finds a latte faster than
    // the word "Latte".
    auto *drinkRow = new QHBoxLayout;
    drinkRow->setSpacing(8);
    if (const MenuItem *item = m_model.menu().find(order.drink)) {
        auto *icon = new QLabel(this);
        icon->setPixmap(drinkPixmap(item->icon, 40));
        drinkRow->addWidget(icon);
    }
    drinkRow->addWidget(m_drink, 1);
    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(10);
    auto *secondary = new QHBoxLayout;
    secondary->setSpacing(10);
    // The next step leads; alone in its row when two more follow (Ready is what a barista
    // taps all day), beside the one other otherwise.
    const QList<OrderAction> actions = BaristaModel::actionsFor(order);
    for (int i = 0; i < actions.size(); ++i) {
        QHBoxLayout *row = i > 0 && actions.size() > 2 ? secondary : buttons;
        row->addWidget(addButton(actions.at(i)), i == 0 && actions.size() == 2 ? 2 : 1);
    }
    auto *body = new QVBoxLayout;
    body->setContentsMargins(12, 8, 12, 12);
    body->addLayout(top);
    body->addLayout(drinkRow);
    // Always in the card (an empty row takes no room), so the card owns them.
    body->addLayout(buttons);
    body->addLayout(secondary);
    auto *outer = new QHBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(0);
    outer->addWidget(m_stripe);
    outer->addLayout(body, 1);
    refresh(order);
}

QPushButton *OrderCard::addButton(OrderAction action)
{
    const QString text = BaristaModel::screenWord(action);
    auto *b = new FitButton(text, this);
    b->setObjectName(BaristaModel::buttonName(action));
    b->setAccessibleName(tr("%1 order").arg(text));
    b->setMinimumHeight(64); // well over 9 mm, for wet hands
    b->setFont(theme::font(24, QFont::Bold));
    b->setStyleSheet(QStringLiteral("QPushButton { background: %1; color: white; border-radius: 10px; }"
                                    "QPushButton:disabled { background: #c9bfb6; }")
                         .arg(colourOf(action).name())
                     + keys::focusRing(QStringLiteral("QPushButton")));
    connect(b, &QPushButton::clicked, this, [this, action] { m_model.perform(action, m_id); });
    m_buttons.append(b);
    return b;
}

void OrderCard::setSelected(bool selected)
{
    if (selected == m_selected)
        return;
    m_selected = selected;
    setStyleSheet(QStringLiteral("presso--OrderCard { background: white; border-radius: 10px; border: %1; }")
                      .arg(selected ? QStringLiteral("5px solid ") + theme::kCrema.name() : QStringLiteral("none")));
}

void OrderCard::setKeyHint(int digit)
{
    m_key->setVisible(digit > 0);
    m_key->setText(QString::number(digit));
}

void OrderCard::refresh(const Order &o)
{
    m_number->setText(o.number ? QStringLiteral("#%1").arg(*o.number) : QStringLiteral("–"));
    m_name->setText(o.customerName.isEmpty() ? tr("Guest") : o.customerName);
    m_drink->setText(m_model.drinkText(o));
    // Short enough for one line beside the bump-bar digit: the column says what it is.
    QString age = tr("%1 old").arg(ageText(m_model.ageMs(o)));
    if (o.state == OrderState::InProduction && !o.baristaId.isEmpty())
        age = tr("%1 · %2").arg(ageText(m_model.ageMs(o)), o.baristaId);
    if (o.deadline && o.state != OrderState::Completed)
        age += tr(" · %1 left").arg(timeLeftText(*o.deadline - m_model.now()));
    if (o.state == OrderState::Completed) {
        // Says when the card will leave the column, so a barista is not surprised by it.
        const Millis done = o.completedAt.value_or(o.finishedAt.value_or(m_model.now()));
        age = tr("ready · leaves in %1")
                  .arg(timeLeftText(done + BaristaModel::kReadyShownMs - m_model.now()));
    }
    m_age->setText(age);
    const QColor stripe = o.state == OrderState::Completed ? theme::kReady
                          : m_model.ageOf(o) == BaristaModel::Age::Fresh ? theme::kReady
                          : m_model.ageOf(o) == BaristaModel::Age::Late  ? theme::kWarning
                                                                         : theme::kAlert;
    m_stripe->setStyleSheet(QStringLiteral("background: %1; border-top-left-radius: 10px; border-bottom-left-radius: 10px;")
                                .arg(stripe.name()));
    const bool busy = m_model.busy(m_id);
    for (QPushButton *b : std::as_const(m_buttons))
        b->setEnabled(!busy && m_model.live());
}

} // namespace presso
