#pragma once

#include <QWidget>

class QLineEdit;
class QPushButton;

namespace presso {

// An on-screen keyboard for the code under the TV's QR symbol: the 64 characters a code
// is made of (A–Z, a–z, 0–9, _ and -), with a shift key and a delete key, big enough
// for a finger.
class CodeKeyboard : public QWidget
{
    Q_OBJECT
public:
    explicit CodeKeyboard(QLineEdit *target, QWidget *parent = nullptr);

private:
    void setShifted(bool shifted);

    QLineEdit *m_target;
    QList<QPushButton *> m_letters;
    QPushButton *m_shift;
    bool m_shifted = true;
};

} // namespace presso
