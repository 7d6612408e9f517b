#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;

namespace presso {

class PairingModel;

// "Add a device" on the barista's Shop page: the role as three big buttons, a name,
// then the pairing QR symbol and the 6-digit code in large type with the time left.
// Everything it shows comes from the PairingModel.
class AddDeviceDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AddDeviceDialog(PairingModel &model, QWidget *parent = nullptr);

private:
    QWidget *makeChoosePage();
    QWidget *makeCodePage();
    void refresh();

    PairingModel &m_model;
    QStackedWidget *m_pages;
    QLineEdit *m_name;
    QLabel *m_chooseProblem;
    QLabel *m_qr;
    QLabel *m_code;
    QLabel *m_what;
    QLabel *m_countdown;
    QPushButton *m_again;
    QList<QPushButton *> m_roleButtons;
    int m_chosen = 0;
};

} // namespace presso
