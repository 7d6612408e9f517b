#pragma once

#include "role.h"
#include "timeutil.h"

#include <QObject>
#include <QTimer>

namespace presso {

class PressoClient;
struct EventFrame;

// The barista's "Add a device", without widgets: ask the server for a pairing code
// (device.pair) for a role and a name, show it with its 10-minute countdown on the
// server's clock, and see the new device arrive (Devices.DevicePaired).
class PairingModel : public QObject
{
    Q_OBJECT
public:
    enum class Step { ChooseRole, Asking, ShowingCode, Paired, Expired };

    explicit PairingModel(PressoClient &client, QObject *parent = nullptr);

    // The roles a barista may add, in the order the buttons show them.
    static QList<Role> roles() { return {Role::Kiosk, Role::Display, Role::Barista}; }
    // For people: "Kiosk", "TV display", "Barista tablet".
    static QString roleLabel(Role role);
    // A name to start from: "Kiosk", "TV display", "Barista tablet".
    static QString suggestedName(Role role) { return roleLabel(role); }

    // Asks for a code; false (and lastError()) when the name is blank.
    bool start(Role role, const QString &name);
    // Back to choosing a role; an open code simply runs out.
    void reset();

    Step step() const { return m_step; }
    Role role() const { return m_role; }
    QString name() const { return m_name; }
    QString code() const { return m_code; }
    QString url() const { return m_url; }
    // "123 456": easier to read out and to type.
    QString codeForPeople() const;
    // Whole seconds until the code expires, by the server's clock; 0 once it has.
    int secondsLeft() const;
    // "9:41".
    QString countdown() const;
    QString lastError() const { return m_error; }

Q_SIGNALS:
    void changed();

private:
    void onEvent(const EventFrame &frame);
    void tick();
    void setStep(Step step);

    PressoClient &m_client;
    Step m_step = Step::ChooseRole;
    Role m_role = Role::Kiosk;
    QString m_name;
    QString m_code;
    QString m_url;
    Millis m_expiresAt = 0;
    QString m_error;
    QTimer m_tick;
    // Answers to an older request (after reset()) are ignored.
    int m_request = 0;
};

} // namespace presso
