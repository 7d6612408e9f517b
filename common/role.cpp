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
    }
    return {};
}

std::optional<Role> roleFromName(const QString &name)
{
    for (Role r : {Role::Kiosk, Role::Display, Role::Barista, Role::Admin}) {
        if (roleName(r) == name)
            return r;
    }
    return std::nullopt;
}

} // namespace presso
