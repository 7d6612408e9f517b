#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QGridLayout;
class QLabel;

namespace presso {

class BaristaModel;
class PairingModel;

// The shop side of the tablet: a sold-out switch per drink, the all-day counts, and
// this tablet's own settings (chime, tickets), remembered in QSettings.
class ShopPage : public QWidget
{
    Q_OBJECT
public:
    ShopPage(BaristaModel &model, PairingModel &pairing, QWidget *parent = nullptr);

    bool chimeOn() const;
    bool ticketsOn() const;
    QString printer() const;
    bool narrowPaper() const;

private:
    void refresh();

    BaristaModel &m_model;
    PairingModel &m_pairing;
    QGridLayout *m_switches;
    QLabel *m_allDay;
    QCheckBox *m_chime;
    QCheckBox *m_tickets;
    QComboBox *m_paper;
    QComboBox *m_printer;
    QString m_menuShape;
};

} // namespace presso
