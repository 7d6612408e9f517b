// presso-order: the customer's kiosk. All the work is in presso-order-core and its views.
#include "appshell.h"
#include "framesource.h"
#include "kioskwindow.h"

int main(int argc, char *argv[])
{
    presso::AppShell shell(argc, argv, {QStringLiteral("presso-order"), QStringLiteral("kiosk"), presso::Role::Kiosk});
    return shell.run([](presso::PressoClient &client) {
        // The camera source lands with the camera work; until then the kiosk takes typed codes.
        return std::make_unique<presso::KioskWindow>(client, nullptr);
    });
}
