#pragma once

#include <QList>
#include <QString>
#include <optional>

namespace presso {

// The roles of protocol.md: four device roles, and `customer`, a phone with no device
// token (part two).
enum class Role { Kiosk, Display, Barista, Admin, Customer };

QString roleName(Role role);
std::optional<Role> roleFromName(const QString &name);
// Every role, in declaration order.
QList<Role> allRoles();

// A set of roles, as allowed for an op or as recipients of an event.
class Roles
{
public:
    constexpr Roles() = default;
    constexpr Roles(std::initializer_list<Role> roles)
    {
        for (Role r : roles)
            m_bits |= bit(r);
    }
    static constexpr Roles all()
    {
        return {Role::Kiosk, Role::Display, Role::Barista, Role::Admin, Role::Customer};
    }
    // The roles a device token is issued for (device.add, the command line).
    static constexpr Roles devices() { return {Role::Kiosk, Role::Display, Role::Barista, Role::Admin}; }

    constexpr bool contains(Role r) const { return m_bits & bit(r); }
    constexpr Roles operator|(Roles other) const
    {
        Roles out;
        out.m_bits = m_bits | other.m_bits;
        return out;
    }
    constexpr bool operator==(const Roles &) const = default;

private:
    static constexpr unsigned bit(Role r) { return 1u << static_cast<unsigned>(r); }
    unsigned m_bits = 0;
};

} // namespace presso
