// presso-barista: the barista's touchscreen. All the work is in presso-barista-core and its views.
#include "appshell.h"
#include "baristawindow.h"

int main(int argc, char *argv[])
{
    presso::AppShell shell(argc, argv, {QStringLiteral("presso-barista"), presso::Role::Barista});
    return shell.run([](presso::PressoClient &client) { return std::make_unique<presso::BaristaWindow>(client); });
}
