#pragma once

#include <QString>
#include <optional>

namespace presso {

// The device roles of protocol.md.
enum class Role { Kiosk, Display, Barista, Admin };

QString roleName(Role role);
std::optional<Role> roleFromName(const QString &name);

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
    static constexpr Roles all() { return {Role::Kiosk, Role::Display, Role::Barista, Role::Admin}; }

    constexpr bool contains(Role r) const { return m_bits & bit(r); }
    constexpr bool operator==(const Roles &) const = default;

private:
    static constexpr unsigned bit(Role r) { return 1u << static_cast<unsigned>(r); }
    unsigned m_bits = 0;
};

} // namespace presso
