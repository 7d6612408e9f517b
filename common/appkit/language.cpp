#include "language.h"

#include <QCoreApplication>
#include <QFile>
#include <QTranslator>
#include <memory>

namespace presso::language {

namespace {
const QString kDir = QStringLiteral(":/i18n");

// English only carries its plural forms ("1 drink", "2 drinks"); it stays installed
// under every other language, which Qt searches first.
struct Installed
{
    std::unique_ptr<QTranslator> english;
    std::unique_ptr<QTranslator> chosen;
    QString code = QStringLiteral("en");
};

Installed &installed()
{
    static Installed state;
    return state;
}

// The file of a code: "pt_BR" is presso_pt_BR.qm, "de_AT" falls back to presso_de.qm.
QString fileOf(const QString &code)
{
    if (code == QLatin1String(kPseudo))
        return QStringLiteral("presso_pseudo");
    for (const QString &lang : shipped()) {
        if (code == lang)
            return QStringLiteral("presso_") + lang;
    }
    const QString bare = code.section(QLatin1Char('_'), 0, 0).section(QLatin1Char('-'), 0, 0);
    for (const QString &lang : shipped()) {
        if (lang.section(QLatin1Char('_'), 0, 0) == bare)
            return QStringLiteral("presso_") + lang;
    }
    return {};
}
} // namespace

bool isAvailable(const QString &code)
{
    return !fileOf(code).isEmpty();
}

QString systemDefault()
{
    for (const QString &ui : QLocale::system().uiLanguages()) {
        const QString code = QString(ui).replace(QLatin1Char('-'), QLatin1Char('_'));
        if (isAvailable(code))
            return code;
    }
    return QStringLiteral("en");
}

QLocale localeOf(const QString &code)
{
    if (code == QLatin1String(kPseudo))
        return QLocale(QLocale::English, QLocale::UnitedStates);
    return QLocale(code);
}

bool use(const QString &wanted)
{
    Installed &state = installed();
    if (!state.english) {
        state.english = std::make_unique<QTranslator>();
        if (state.english->load(QStringLiteral("presso_en"), kDir))
            QCoreApplication::installTranslator(state.english.get());
    }
    const QString code = wanted.isEmpty() ? systemDefault() : wanted;
    const QString file = fileOf(code);
    if (state.chosen) {
        QCoreApplication::removeTranslator(state.chosen.get());
        state.chosen.reset();
    }
    state.code = file.isEmpty() ? QStringLiteral("en") : code;
    QLocale::setDefault(localeOf(state.code));
    if (file.isEmpty())
        return false;
    if (file != QLatin1String("presso_en")) {
        state.chosen = std::make_unique<QTranslator>();
        if (!state.chosen->load(file, kDir))
            return false;
        QCoreApplication::installTranslator(state.chosen.get());
    }
    return true;
}

QString current()
{
    return installed().code;
}

} // namespace presso::language
