#pragma once

#include "role.h"

#include <QObject>
#include <QPointer>
#include <functional>

class QWidget;

namespace presso {

class PressoClient;
class RefusedScreen;
class SetupDialog;
struct Error;

// What a screen does when it has no way in, or the server refuses it: the refused
// screen says why in plain words, "Set up this device again" opens the setup screen,
// and its server and pairing code go to the client, which pairs. The token the
// server answers is remembered for the app (AppOptions), as --server/--token are.
class SetupFlow : public QObject
{
    Q_OBJECT
public:
    // window: the app's own window, hidden while the refused screen shows.
    SetupFlow(PressoClient &client, QWidget &window, QString application, QString deviceKind,
              QObject *parent = nullptr);
    ~SetupFlow() override;

    // Called on each new setup screen: the kiosk puts its camera in.
    void setDecorator(std::function<void(SetupDialog &)> decorate) { m_decorate = std::move(decorate); }
    // A setup screen made and decorated, for the first run's modal exec().
    std::unique_ptr<SetupDialog> makeSetup(const QString &problem);
    // Opens the setup screen (not modal); accepting it connects with the code.
    void setUpAgain(const QString &problem = {});
    // Stops the client and connects again to servers (one or more) with a pairing code.
    void pair(const QList<QUrl> &servers, const QString &code);

    RefusedScreen &refusedScreen() { return *m_refused; }
    SetupDialog *setupScreen() const { return m_setup; }

Q_SIGNALS:
    // The device paired: the token was stored.
    void paired(const QString &device);

private:
    void onRefused(const Error &error);

    PressoClient &m_client;
    QWidget &m_window;
    QString m_application;
    QString m_deviceKind;
    std::unique_ptr<RefusedScreen> m_refused;
    QPointer<SetupDialog> m_setup;
    std::function<void(SetupDialog &)> m_decorate;
};

} // namespace presso
