#include "role.h"

namespace presso {

QString roleName(Role role)
{
    switch (role) {
    case Role::Kiosk:
        return QStringLiteral("kiosk");
    case Role::Display:
        return QStringLiteral("display");
    case Role::Barista:
        return QStringLiteral("barista");
    case Role::Admin:
        return QStringLiteral("admin");
    case Role::Customer:
        return QStringLiteral("customer");
    }
    return {};
}

QList<Role> allRoles()
{
    return {Role::Kiosk, Role::Display, Role::Barista, Role::Admin, Role::Customer};
}

std::optional<Role> roleFromName(const QString &name)
{
    for (Role r : allRoles()) {
        if (roleName(r) == name)
            return r;
    }
    return std::nullopt;
}

} // namespace presso
