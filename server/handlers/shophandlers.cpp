// Opening and closing the shop, the menu, the settings and the current QR code.
#include "dispatcher.h"

namespace presso {

void addShopHandlers(Dispatcher &d, Services &s)
{
    d.add(op::kShopSetOpen, [&s](Session &session, const QJsonObject &args) -> Result<QJsonObject> {
        s.shopOf(session).config.setOpen(args.value(QStringLiteral("open")).toBool());
        return QJsonObject{{QStringLiteral("shop"), s.shopOf(session).config.shopJson()}};
    });

    d.add(op::kMenuSetAvailable, [&s](Session &session, const QJsonObject &args) -> Result<QJsonObject> {
        const auto done = s.shopOf(session).config.setAvailable(args.value(QStringLiteral("drink")).toString(),
                                                args.value(QStringLiteral("available")).toBool());
        if (!done)
            return done.error();
        return QJsonObject{{QStringLiteral("menu"), s.shopOf(session).config.menu().toJson()}};
    });

    d.add(op::kMenuSet, [&s](Session &session, const QJsonObject &args) -> Result<QJsonObject> {
        const auto menu = Menu::fromJson(args.value(QStringLiteral("menu")).toArray(), QStringLiteral("args.menu"));
        if (!menu)
            return menu.error();
        s.shopOf(session).config.setMenu(*menu);
        return QJsonObject{{QStringLiteral("menu"), s.shopOf(session).config.menu().toJson()}};
    });

    d.add(op::kSettingsSet, [&s](Session &session, const QJsonObject &args) -> Result<QJsonObject> {
        const auto done = s.shopOf(session).config.setSettings(args);
        if (!done)
            return done.error();
        return QJsonObject{{QStringLiteral("shop"), s.shopOf(session).config.shopJson()}};
    });

    d.add(op::kQrCurrent, [&s](Session &session, const QJsonObject &) -> Result<QJsonObject> {
        return QJsonObject{{QStringLiteral("qr"), s.shopOf(session).validator.current().toJson()}};
    });
}

} // namespace presso
