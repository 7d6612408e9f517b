#include "pairingmodel.h"

#include "event.h"
#include "pressoclient.h"
#include "requests.h"
#include "timeutil.h"

namespace presso {

PairingModel::PairingModel(PressoClient &client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &PairingModel::tick);
    connect(&client, &PressoClient::event, this, &PairingModel::onEvent);
}

QString PairingModel::roleLabel(Role role)
{
    switch (role) {
    case Role::Kiosk:
        return tr("Kiosk");
    case Role::Display:
        return tr("TV display");
    case Role::Barista:
        return tr("Barista tablet");
    case Role::Admin:
        return tr("Admin");
    case Role::Customer:
        // Phones are never paired: they scan the TV's code.
        break;
    }
    return tr("Phone");
}

bool PairingModel::start(Role role, const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty()) {
        m_error = tr("Give the new device a name");
        Q_EMIT changed();
        return false;
    }
    m_role = role;
    m_name = trimmed;
    m_error.clear();
    const int request = ++m_request;
    setStep(Step::Asking);
    m_client.request(requests::devicePair(role, trimmed), this, [this, request](const Response &r) {
        if (request != m_request)
            return;
        if (!r.ok) {
            m_error = r.error.message;
            setStep(Step::ChooseRole);
            return;
        }
        const QJsonObject p = r.result.value(QStringLiteral("pairing")).toObject();
        m_code = p.value(QStringLiteral("code")).toString();
        m_url = p.value(QStringLiteral("url")).toString();
        m_name = p.value(QStringLiteral("name")).toString();
        m_expiresAt = millisFromIso(p.value(QStringLiteral("expiresAt")).toString()).value_or(0);
        m_tick.start();
        setStep(Step::ShowingCode);
    });
    return true;
}

void PairingModel::reset()
{
    ++m_request;
    m_tick.stop();
    m_code.clear();
    m_url.clear();
    m_error.clear();
    setStep(Step::ChooseRole);
}

QString PairingModel::codeForPeople() const
{
    return m_code.size() == 6 ? m_code.left(3) + QLatin1Char(' ') + m_code.mid(3) : m_code;
}

int PairingModel::secondsLeft() const
{
    const qint64 ms = m_expiresAt - m_client.serverNow();
    return ms <= 0 ? 0 : int((ms + 999) / 1000);
}

QString PairingModel::countdown() const
{
    return timeLeftText(m_expiresAt - m_client.serverNow());
}

void PairingModel::tick()
{
    if (m_step == Step::ShowingCode && secondsLeft() == 0) {
        m_tick.stop();
        setStep(Step::Expired);
        return;
    }
    Q_EMIT changed();
}

void PairingModel::onEvent(const EventFrame &frame)
{
    if (frame.event.type != EventType::DevicePaired || m_step != Step::ShowingCode)
        return;
    // The device may have asked for another name; the role and the moment tell it is ours.
    if (frame.event.detail.value(QStringLiteral("role")).toString() != roleName(m_role))
        return;
    m_name = frame.event.detail.value(QStringLiteral("name")).toString();
    m_tick.stop();
    setStep(Step::Paired);
}

void PairingModel::setStep(Step step)
{
    m_step = step;
    Q_EMIT changed();
}

} // namespace presso
