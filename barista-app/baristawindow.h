#pragma once

#include "baristamodel.h"
#include "pairingmodel.h"

#include <QWidget>

class QLabel;
class QLayout;
class QPushButton;
class QSoundEffect;
class QStackedWidget;
class QVBoxLayout;

namespace presso {

class OrderCard;
class ShopPage;
class TodayPage;

// The barista's tablet: Waiting, Making and Ready side by side, the shop switch, the
// reconnecting banner, and a confirmation panel for what cannot be undone by a tap.
class BaristaWindow : public QWidget
{
    Q_OBJECT
public:
    explicit BaristaWindow(PressoClient &client, QWidget *parent = nullptr);

    BaristaModel &model() { return m_model; }
    // The confirmation panel's buttons, for a person or a test.
    QPushButton *confirmButton() const { return m_confirmYes; }
    QPushButton *dismissButton() const { return m_confirmNo; }
    QPushButton *shopButton() const { return m_shopButton; }
    QPushButton *undoButton() const { return m_undoButton; }
    QString selected() const { return m_selected; }
    OrderCard *card(const QString &orderId) const;
    ShopPage *shopPage() const { return m_shopPage; }
    TodayPage *todayPage() const { return m_todayPage; }
    // Shows Orders (0), Shop (1) or Today (2).
    void showPage(int index);
    // Where tickets go when no printer is set: one PDF per ticket.
    void setTicketFolder(const QString &folder) { m_ticketFolder = folder; }
    QString lastTicket() const { return m_lastTicket; }

protected:
    // Bump-bar keys: a digit selects a card, Enter moves it on, Backspace undoes.
    void keyPressEvent(QKeyEvent *event) override;

private:
    struct Column
    {
        QVBoxLayout *list = nullptr;
        QLabel *title = nullptr;
        QList<OrderCard *> cards;
        QStringList shape; // ids and states shown, to rebuild only when they change
    };
    QLayout *buildTopBar();
    QWidget *buildOrdersPage();
    QWidget *buildPages();
    void buildConfirmPanel();
    void connectAlerts();
    QWidget *makeColumn(Column &column, const QString &title, const QColor &colour);
    void sync(Column &column, const QList<Order> &orders, const QString &title);
    void refresh();
    void refreshConfirmPanel();
    void askToCloseShop();
    void printTicket(const Order &order);

    BaristaModel m_model;
    PairingModel m_pairing;
    Column m_waiting, m_making, m_ready;
    QLabel *m_status;
    QLabel *m_error;
    QPushButton *m_shopButton;
    QPushButton *m_undoButton;
    QLabel *m_allDayStrip;
    QList<QPushButton *> m_nav;
    QString m_selected;
    QWidget *m_confirm;
    QLabel *m_confirmText;
    QPushButton *m_confirmYes;
    QPushButton *m_confirmNo;
    bool m_closingShop = false;
    QStackedWidget *m_pages;
    ShopPage *m_shopPage;
    TodayPage *m_todayPage;
    QSoundEffect *m_chime;
    QString m_ticketFolder;
    QString m_lastTicket;
};

} // namespace presso
