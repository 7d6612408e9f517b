#include "pairings.h"

#include "secrets.h"
#include "serverlogging.h"

#include <QRandomGenerator>

namespace presso {

namespace {
QString randomDigits(int count)
{
    QString code;
    QRandomGenerator *rng = QRandomGenerator::system();
    for (int i = 0; i < count; ++i)
        code.append(QChar(u'0' + rng->bounded(10)));
    return code;
}

// One key per machine: an IPv4 peer seen through an IPv6 socket counts as itself.
QString addressKey(const QHostAddress &peer)
{
    bool isV4 = false;
    const quint32 v4 = peer.toIPv4Address(&isV4);
    return isV4 ? QHostAddress(v4).toString() : peer.toString();
}

bool isCode(const QString &code)
{
    return code.size() == Pairings::kCodeDigits
           && std::all_of(code.cbegin(), code.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}
} // namespace

Pairings::Pairings(PairingsStore &storage, Clock &clock, Devices &devices, EventLog &events)
    : m_storage(storage)
    , m_clock(clock)
    , m_devices(devices)
    , m_events(events)
{
}

QString Pairings::urlFor(const QString &code) const
{
    return m_publicUrl + QStringLiteral("/pair?code=") + code;
}

Result<Pairings::Pairing> Pairings::create(Role role, const QString &name, const QString &shop)
{
    if (!Roles::devices().contains(role))
        return badRequest(QStringLiteral("args.role: must be kiosk, display, barista or admin"));
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return badRequest(QStringLiteral("A device needs a name"));
    if (m_devices.exists(trimmed))
        return Error{ErrorCode::Conflict, QStringLiteral("There is already a device called \"%1\"").arg(trimmed)};
    const Millis now = m_clock.now();
    m_storage.prunePairings(now, kMaxFailuresPerCode);
    // Two open codes must differ; with a handful open at once a retry is rare.
    QString code;
    do {
        code = randomDigits(kCodeDigits);
    } while (m_storage.openPairing(secrets::hashToken(code), now));
    const Millis expires = now + kValidMs;
    m_storage.insertPairing({secrets::hashToken(code), role, trimmed, now, expires, shop});
    qCInfo(lcAccess).noquote() << "pairing code made for a" << roleName(role) << "called" << trimmed;
    return Pairing{code, role, trimmed, expires, shop};
}

Result<Pairings::Paired> Pairings::redeem(const QString &code, const QString &name, std::optional<Role> role,
                                          const QHostAddress &peer)
{
    const Millis now = m_clock.now();
    const QString address = addressKey(peer);
    if (addressRefused(address, now))
        return Error{ErrorCode::RateLimited, QStringLiteral("Too many wrong pairing codes from this address: wait a minute")};
    m_storage.prunePairings(now, kMaxFailuresPerCode);
    const auto pairing = isCode(code) ? m_storage.openPairing(secrets::hashToken(code), now) : std::nullopt;
    if (!pairing) {
        noteFailure(address, now);
        m_storage.countPairingFailure(now);
        m_storage.prunePairings(now, kMaxFailuresPerCode);
        return Error{ErrorCode::Unauthenticated, QStringLiteral("This pairing code is wrong, used or expired: ask for a new one")};
    }
    if (role && *role != pairing->role)
        return Error{ErrorCode::Unauthenticated, QStringLiteral("This pairing code is for a %1, not a %2")
                                                     .arg(roleName(pairing->role), roleName(*role))};
    m_storage.deletePairing(pairing->codeHash);
    const QString deviceName = freeName(name.trimmed(), pairing->name);
    const auto token = m_devices.add(pairing->role, deviceName, pairing->shop);
    if (!token)
        return token.error();
    const auto device = m_devices.authenticate(*token);
    if (!device)
        return device.error();
    m_events.append(pairing->shop, EventType::DevicePaired,
                    QJsonObject{{QStringLiteral("name"), deviceName}, {QStringLiteral("role"), roleName(pairing->role)}});
    return Paired{*device, *token};
}

QString Pairings::freeName(const QString &wanted, const QString &fallback)
{
    if (!wanted.isEmpty() && !m_devices.exists(wanted))
        return wanted;
    // The pairing's own name was free when the code was made; if a device took it since,
    // the new one gets a number rather than failing at the last step.
    QString name = fallback;
    for (int n = 2; m_devices.exists(name); ++n)
        name = QStringLiteral("%1 %2").arg(fallback).arg(n);
    return name;
}

bool Pairings::addressRefused(const QString &address, Millis now)
{
    auto it = m_failures.find(address);
    if (it == m_failures.end())
        return false;
    while (!it->empty() && it->front() <= now - kAddressWindowMs)
        it->pop_front();
    if (it->empty()) {
        m_failures.erase(it);
        return false;
    }
    return it->size() >= size_t(kMaxFailuresPerAddress);
}

void Pairings::noteFailure(const QString &address, Millis now)
{
    // Forget addresses whose failures are all older than the window, so that many
    // addresses cannot grow this without end.
    if (m_failures.size() > 4096) {
        for (auto it = m_failures.begin(); it != m_failures.end();)
            it = it->back() <= now - kAddressWindowMs ? m_failures.erase(it) : std::next(it);
    }
    m_failures[address].push_back(now);
}

} // namespace presso
