#pragma once

#include <QWidget>

class QLabel;

namespace presso {

// The screen of a device the server refused (revoked, wrong role, unknown token, a bad
// pairing code): what happened in plain words, and one big way out.
class RefusedScreen : public QWidget
{
    Q_OBJECT
public:
    explicit RefusedScreen(const QString &deviceKind, QWidget *parent = nullptr);

    void setReason(const QString &reason);
    QString reason() const;

Q_SIGNALS:
    void setUpAgain();

private:
    QLabel *m_reason;
};

} // namespace presso
