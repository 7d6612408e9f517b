#pragma once

#include <QDialog>
#include <QUrl>

class QLabel;
class QLineEdit;

namespace presso {

// The first-run screen: asks for the server address and this device's token, which
// the shop owner got from `presso-server device add`.
class SetupDialog : public QDialog
{
    Q_OBJECT
public:
    SetupDialog(const QString &deviceKind, const QUrl &server, const QString &problem,
                QWidget *parent = nullptr);

    QUrl server() const;
    QString token() const;

private:
    void tryAccept();

    QLineEdit *m_server;
    QLineEdit *m_token;
    QLabel *m_problem;
};

} // namespace presso
