#include "shoplanguages.h"

#include "appoptions.h"
#include "event.h"
#include "language.h"
#include "pressoclient.h"
#include "shopsettings.h"

#include <QSettings>

namespace presso {

namespace {
const QString kShopLanguagesKey = QStringLiteral("shopLanguages");
}

ShopLanguages::ShopLanguages(PressoClient &client, QString application, QStringList own, QObject *parent)
    : QObject(parent)
    , m_application(std::move(application))
    , m_own(std::move(own))
    , m_languages(m_own.isEmpty() ? remembered(m_application) : m_own)
{
    if (!followsShop())
        return;
    connect(&client, &PressoClient::snapshot, this, [this](const QJsonObject &snapshot, bool) {
        follow(snapshot.value(QStringLiteral("shop")).toObject());
    });
    connect(&client, &PressoClient::event, this, [this](const EventFrame &frame) {
        if (frame.event.type == EventType::ConfigChanged)
            follow(frame.event.detail.value(QStringLiteral("shop")).toObject());
    });
}

QStringList ShopLanguages::remembered(const QString &application)
{
    QStringList codes = QSettings(QString::fromLatin1(AppOptions::kOrganization), application)
                            .value(kShopLanguagesKey)
                            .toStringList();
    codes.removeIf([](const QString &code) { return !language::shipped().contains(code); });
    return codes;
}

void ShopLanguages::follow(const QJsonObject &shop)
{
    const auto settings = ShopSettings::fromJson(shop);
    if (!settings || settings->languages == m_languages)
        return;
    m_languages = settings->languages;
    QSettings(QString::fromLatin1(AppOptions::kOrganization), m_application).setValue(kShopLanguagesKey, m_languages);
    language::use(m_languages.value(0));
    Q_EMIT changed(m_languages);
}

} // namespace presso
