#pragma once

#include <QObject>
#include <QStringList>

namespace presso {

class PressoClient;

// The languages a screen speaks: its device's own (--language, remembered) when it has
// them, else the shop's `languages` setting as the server last said it (remembered too,
// so the next start speaks it before the server answers), else the system's. Puts the
// first in use (language::use) whenever the shop changes them.
class ShopLanguages : public QObject
{
    Q_OBJECT
public:
    // own: the device's --language; while it is not empty the shop's setting is ignored.
    ShopLanguages(PressoClient &client, QString application, QStringList own, QObject *parent = nullptr);

    // What the screen speaks now, the first in use: own, the shop's, or empty (the system's).
    QStringList languages() const { return m_languages; }
    bool followsShop() const { return m_own.isEmpty(); }
    // The shop's languages this application last heard from the server.
    static QStringList remembered(const QString &application);

Q_SIGNALS:
    // The shop's languages changed, and the first is in use.
    void changed(const QStringList &languages);

private:
    void follow(const QJsonObject &shop);

    QString m_application;
    QStringList m_own;
    QStringList m_languages;
};

} // namespace presso
