// presso-display: the TV. All the work is in presso-display-core and its views.
#include "appshell.h"
#include "displaywindow.h"

#include <QSettings>

int main(int argc, char *argv[])
{
    presso::AppShell shell(argc, argv, {QStringLiteral("presso-display"), QStringLiteral("display"), presso::Role::Display});
    const QCommandLineOption noCallout(QStringLiteral("no-callout"), QStringLiteral("Do not call out ready orders aloud."));
    shell.parser().addOption(noCallout);
    return shell.run([&](presso::PressoClient &client) {
        QSettings settings;
        if (shell.parser().isSet(noCallout))
            settings.setValue(QStringLiteral("callout"), false);
        return std::make_unique<presso::DisplayWindow>(client, settings.value(QStringLiteral("callout"), true).toBool());
    });
}
