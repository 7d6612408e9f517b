// presso-order: the customer's kiosk. All the work is in presso-order-core and its views.
#include "appshell.h"
#include "kioskwindow.h"
#include "demo/democodesource.h"
#include "mediaframesources.h"
#include "pairingscanview.h"
#include "setupdialog.h"

#include <QSettings>

int main(int argc, char *argv[])
{
    // A kiosk is a touch screen with no keyboard: the on-screen one is on unless told otherwise.
    presso::AppShell shell(argc, argv, {QStringLiteral("presso-order"), presso::Role::Kiosk, true});
    const QCommandLineOption camera(QStringLiteral("camera"), QStringLiteral("The camera to scan with (remembered)."), QStringLiteral("NAME"));
    const QCommandLineOption video(QStringLiteral("video"), QStringLiteral("Scan a video file instead of a camera."), QStringLiteral("FILE"));
    shell.parser().addOption(camera);
    shell.parser().addOption(video);
    const QCommandLineOption demoDisplay(QStringLiteral("demo-display-token"),
                                         QStringLiteral("Demo only: with no camera, film the display's code using this display token."),
                                         QStringLiteral("TOKEN"));
    shell.parser().addOption(demoDisplay);
    // The setup screen scans the barista's pairing code with the same camera.
    shell.setSetupDecorator([&](presso::SetupDialog &setup) {
        presso::FrameSource *source = shell.parser().isSet(video)
            ? static_cast<presso::FrameSource *>(new presso::VideoFileFrameSource(QUrl::fromLocalFile(shell.parser().value(video))))
            : new presso::CameraFrameSource(QSettings().value(QStringLiteral("camera")).toString());
        auto *view = new presso::PairingScanView(source);
        source->setParent(view);
        QObject::connect(view, &presso::PairingScanView::found, &setup, &presso::SetupDialog::offerScan);
        setup.addScanner(view);
    });
    // The shop's languages changed: the kiosk is made anew in the first, but a customer
    // in the middle of an order finishes in the language they began in.
    shell.setLanguageHandler([&shell](QWidget &window, const QStringList &) {
        using Stage = presso::KioskController::Stage;
        auto &controller = static_cast<presso::KioskWindow &>(window).controller();
        if (controller.stage() == Stage::Scan)
            return false;
        QObject::connect(&controller, &presso::KioskController::changed, &window, [&shell, &controller] {
            if (controller.stage() == Stage::Scan)
                shell.rebuildWindow();
        });
        return true;
    });
    return shell.run([&](presso::PressoClient &client) -> std::unique_ptr<QWidget> {
        QSettings settings;
        if (shell.parser().isSet(camera))
            settings.setValue(QStringLiteral("camera"), shell.parser().value(camera));
        presso::FrameSource *source = nullptr;
        if (shell.parser().isSet(demoDisplay))
            source = new presso::DemoCodeSource(client.options().servers, shell.parser().value(demoDisplay));
        else if (shell.parser().isSet(video))
            source = new presso::VideoFileFrameSource(QUrl::fromLocalFile(shell.parser().value(video)));
        else
            source = new presso::CameraFrameSource(settings.value(QStringLiteral("camera")).toString());
        auto window = std::make_unique<presso::KioskWindow>(client, source);
        source->setParent(window.get());
        return window;
    });
}
