// presso-display: the TV. All the work is in presso-display-core and its views.
#include "appshell.h"
#include "displaywindow.h"

#include <QSettings>

int main(int argc, char *argv[])
{
    presso::AppShell shell(argc, argv, {QStringLiteral("presso-display"), presso::Role::Display});
    const QCommandLineOption noCallout(QStringLiteral("no-callout"), QStringLiteral("Do not call out ready orders aloud."));
    shell.parser().addOption(noCallout);
    // The shop's languages (its setting) change on the board at once: it is drawn from tr().
    shell.setLanguageHandler([](QWidget &window, const QStringList &languages) {
        static_cast<presso::DisplayWindow &>(window).alternate(languages);
        return true;
    });
    return shell.run([&](presso::PressoClient &client) {
        // The flag silences this run only; the setting "callout" (default on) is the lasting choice.
        const bool callout = !shell.parser().isSet(noCallout)
                             && QSettings().value(QStringLiteral("callout"), true).toBool();
        auto window = std::make_unique<presso::DisplayWindow>(client, callout);
        if (shell.languages().size() > 1)
            window->alternate(shell.languages()); // --language de,en: a queue from everywhere
        return window;
    });
}
