#pragma once

#include "order.h"
#include "requests.h"

#include <QFrame>

class QLabel;
class QPushButton;

namespace presso {

class BaristaModel;

// One order on the barista's screen: a stripe for its age, the big number, the name,
// the drink, and the big buttons for what can be done next.
class OrderCard : public QFrame
{
    Q_OBJECT
public:
    // Its action buttons, in the order they are laid out.
    const QList<QPushButton *> &buttons() const { return m_buttons; }
    OrderCard(BaristaModel &model, const Order &order, QWidget *parent = nullptr);

    QString orderId() const { return m_id; }
    void refresh(const Order &order);
    void setSelected(bool selected);
    // The bump-bar digit that selects this card (0: none).
    void setKeyHint(int digit);

private:
    QPushButton *addButton(requests::OrderAction action);

    BaristaModel &m_model;
    QString m_id;
    QFrame *m_stripe;
    QLabel *m_number;
    QLabel *m_name;
    QLabel *m_drink;
    QLabel *m_age;
    QLabel *m_key;
    QList<QPushButton *> m_buttons;
    bool m_selected = false;
};

} // namespace presso
