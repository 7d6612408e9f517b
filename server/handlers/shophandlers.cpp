// Opening and closing the shop, the menu, the settings and the current QR code.
#include "dispatcher.h"

namespace presso {

void addShopHandlers(Dispatcher &d, Services &s)
{
    d.add(op::kShopSetOpen, [&s](Session &, const QJsonObject &args) -> Result<QJsonObject> {
        s.config.setOpen(args.value(QStringLiteral("open")).toBool());
        return QJsonObject{{QStringLiteral("shop"), s.config.shop().toJson()}};
    });

    d.add(op::kMenuSetAvailable, [&s](Session &, const QJsonObject &args) -> Result<QJsonObject> {
        const auto done = s.config.setAvailable(args.value(QStringLiteral("drink")).toString(),
                                                args.value(QStringLiteral("available")).toBool());
        if (!done)
            return done.error();
        return QJsonObject{{QStringLiteral("menu"), s.config.menu().toJson()}};
    });

    d.add(op::kMenuSet, [&s](Session &, const QJsonObject &args) -> Result<QJsonObject> {
        const auto menu = Menu::fromJson(args.value(QStringLiteral("menu")).toArray(), QStringLiteral("args.menu"));
        if (!menu)
            return menu.error();
        s.config.setMenu(*menu);
        return QJsonObject{{QStringLiteral("menu"), s.config.menu().toJson()}};
    });

    d.add(op::kSettingsSet, [&s](Session &, const QJsonObject &args) -> Result<QJsonObject> {
        const auto done = s.config.setSettings(args);
        if (!done)
            return done.error();
        return QJsonObject{{QStringLiteral("shop"), s.config.shop().toJson()}};
    });

    d.add(op::kQrCurrent, [&s](Session &, const QJsonObject &) -> Result<QJsonObject> {
        return QJsonObject{{QStringLiteral("qr"), s.validator.current().toJson()}};
    });
}

} // namespace presso
