#include "robotcli.h"

#include "appoptions.h"
#include "quitsignals.h"
#include "robot.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

namespace presso::robot {

int runRobotCli(const QStringList &arguments)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "Drives a presso shop over the real protocol: simulated kiosks place orders, simulated "
        "baristas make them, displays listen. Reports throughput and latency, and checks that "
        "nothing was lost; exits non-zero if a check fails."));
    p.addHelpOption();
    AppOptions common(QStringLiteral("presso-robot"), false);
    common.addTo(p);
    auto opt = [](const char *name, const char *help, const char *value, const char *def) {
        return QCommandLineOption(QString::fromLatin1(name), QString::fromLatin1(help),
                                  QString::fromLatin1(value), QString::fromLatin1(def));
    };
    p.addOptions({
        opt("kiosks", "Simulated kiosks.", "K", "2"),
        opt("baristas", "Simulated baristas.", "B", "1"),
        opt("displays", "Simulated displays (they only listen).", "D", "0"),
        opt("journeys", "Stop after N orders were started.", "N", "0"),
        opt("duration", "Stop starting orders after S seconds (0: run until stopped).", "S", "0"),
        opt("rate", "Journeys started per second.", "R", "1"),
        opt("cancel-share", "Share of orders the baristas cancel.", "F", "0.05"),
        opt("prep-seconds", "How long a simulated barista takes per drink.", "S", "0"),
        opt("drain-seconds", "How long to wait at the end for open orders to end.", "S", "120"),
        opt("json", "Write the report as JSON to FILE.", "FILE", ""),
        opt("drop-links", "Cut N random client links during the run (network faults).", "N", "0"),
    });
    p.addOption({QStringLiteral("raise-limits"),
                 QStringLiteral("Raise drinksPerCode and maxOrdersInQueue first (load runs).")});
    p.process(arguments);
    QString error;
    if (!common.read(p, &error)) {
        QTextStream(stderr) << "presso-robot: " << error << Qt::endl;
        return 2;
    }
    RobotConfig c;
    c.server = common.server();
    c.adminToken = common.token();
    c.kiosks = p.value(QStringLiteral("kiosks")).toInt();
    c.baristas = p.value(QStringLiteral("baristas")).toInt();
    c.displays = p.value(QStringLiteral("displays")).toInt();
    c.journeys = p.value(QStringLiteral("journeys")).toInt();
    c.durationSec = p.value(QStringLiteral("duration")).toDouble();
    c.rate = std::max(0.001, p.value(QStringLiteral("rate")).toDouble());
    c.cancelShare = p.value(QStringLiteral("cancel-share")).toDouble();
    c.prepSec = p.value(QStringLiteral("prep-seconds")).toDouble();
    c.drainSec = p.value(QStringLiteral("drain-seconds")).toDouble();
    c.raiseLimits = p.isSet(QStringLiteral("raise-limits"));
    c.jsonFile = p.value(QStringLiteral("json"));
    c.dropLinks = p.value(QStringLiteral("drop-links")).toInt();
    if (c.kiosks < 1 && c.journeys > 0) {
        QTextStream(stderr) << "presso-robot: journeys need at least one kiosk" << Qt::endl;
        return 2;
    }
    Robot robot(c);
    int code = 0;
    QObject::connect(&robot, &Robot::finished, qApp, [&code](int exitCode) {
        code = exitCode;
        QCoreApplication::exit(exitCode);
    });
    // SIGTERM (the end of `make demo`) ends the run without the checks.
    installQuitSignals();
    robot.start();
    const int loop = QCoreApplication::exec();
    return code ? code : loop;
}

} // namespace presso::robot
