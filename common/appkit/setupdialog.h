#pragma once

#include <QDialog>
#include <QUrl>

class QLabel;
class QLineEdit;
class QVBoxLayout;

namespace presso {

// The setup screen of a new device: the server's address (or the addresses of a shop's
// several servers, separated by commas) and the 6-digit pairing code
// from the barista's "Add a device" (or `presso-server device pair`), typed, or scanned
// as a QR symbol where the device has a camera (see addScanner()). No token is ever
// typed here; scripts pass --token.
class SetupDialog : public QDialog
{
    Q_OBJECT
public:
    SetupDialog(const QString &deviceKind, const QList<QUrl> &servers, const QString &problem,
                QWidget *parent = nullptr);

    // The ws:// or wss:// URLs (one or more) and the code, valid once accepted.
    QList<QUrl> servers() const;
    QString code() const;

    // Puts a camera's picture beside the fields; whatever it reads goes to offerScan().
    void addScanner(QWidget *preview);
    // Text read from a QR symbol: a pairing URL fills both fields (its one server in place
    // of any typed) and connects at once;
    // anything else says what was seen instead.
    void offerScan(const QString &text);

private:
    void tryAccept();
    void showProblem(const QString &problem);

    QLineEdit *m_server;
    QLineEdit *m_code;
    QLabel *m_problem;
    QLabel *m_help;
    QWidget *m_scanColumn;
    QVBoxLayout *m_layout;
    QString m_deviceKind;
};

} // namespace presso
