#include "xvfb.h"

#include <QApplication>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace presso::test {

namespace {
bool startXvfb(QProcess &xvfb, QSize screen)
{
    // -displayfd: Xvfb picks a free display and writes its number once it accepts clients.
    xvfb.start(QStringLiteral("Xvfb"), {QStringLiteral("-displayfd"), QStringLiteral("1"), QStringLiteral("-screen"),
                                        QStringLiteral("0"), QStringLiteral("%1x%2x24").arg(screen.width()).arg(screen.height()),
                                        QStringLiteral("-nolisten"), QStringLiteral("tcp")});
    if (!xvfb.waitForStarted(5'000))
        return false;
    QByteArray number;
    while (!number.contains('\n') && xvfb.waitForReadyRead(10'000))
        number += xvfb.readAllStandardOutput();
    if (!number.contains('\n'))
        return false;
    qputenv("DISPLAY", ":" + number.trimmed());
    qputenv("QT_QPA_PLATFORM", "xcb");
    return true;
}

// The offscreen platform takes its screens from a file.
bool useOffscreen(const QTemporaryDir &dir, QSize screen)
{
    const QString config = dir.filePath(QStringLiteral("screens.json"));
    QFile f(config);
    const QByteArray json = QStringLiteral(R"({"screens": [{"name": "screen", "x": 0, "y": 0, "width": %1, "height": %2,)"
                                           R"( "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]})")
                                .arg(screen.width()).arg(screen.height()).toUtf8();
    if (!f.open(QIODevice::WriteOnly) || f.write(json) != json.size())
        return false;
    qputenv("QT_QPA_PLATFORM", ("offscreen:configfile=" + config).toLocal8Bit());
    return true;
}
} // namespace

int runOnScreen(QObject &test, int argc, char **argv, QSize screen)
{
    QProcess xvfb;
    QTemporaryDir dir;
    if (!startXvfb(xvfb, screen) && !useOffscreen(dir, screen))
        return 1;
    // The app is left to the end of the process: Qt Virtual Keyboard's plugin still makes
    // pictures while statics are torn down, which needs a QGuiApplication.
    new QApplication(argc, argv);
    const int failed = QTest::qExec(&test, argc, argv);
    if (xvfb.state() != QProcess::NotRunning) {
        xvfb.terminate();
        xvfb.waitForFinished(5'000);
    }
    return failed;
}

} // namespace presso::test
