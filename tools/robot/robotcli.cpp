#include "robotcli.h"

#include "quitsignals.h"
#include "robot.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

namespace presso::robot {

RobotCommandLine::RobotCommandLine()
    : m_common(QStringLiteral("presso-robot"), false)
{
    QCommandLineParser &p = m_parser;
    p.setApplicationDescription(QStringLiteral(
        "Drives a presso shop over the real protocol: simulated kiosks place orders, simulated "
        "baristas make them, displays listen. Reports throughput and latency, and checks that "
        "nothing was lost; exits non-zero if a check fails."));
    p.addHelpOption();
    m_common.addTo(p);
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
        opt("max-in-flight", "Start no journey while N are under way (0: no bound): flat out, but steady.", "N", "0"),
        opt("cancel-share", "Share of orders the baristas cancel.", "F", "0.05"),
        opt("prep-seconds", "How long a simulated barista takes per drink.", "S", "0"),
        opt("drain-seconds", "How long to wait at the end for open orders to end.", "S", "120"),
        opt("json", "Write the report as JSON to FILE.", "FILE", ""),
        opt("drop-links", "Cut N random client links during the run (network faults).", "N", "0"),
    });
    p.addOption({QStringLiteral("spread"),
                 QStringLiteral("Spread the devices over the --server list instead of all starting at the first.")});
    p.addOption({QStringLiteral("raise-limits"),
                 QStringLiteral("Raise drinksPerCode and maxOrdersInQueue first (load runs).")});
}

std::optional<RobotConfig> RobotCommandLine::config(QString *error)
{
    const QCommandLineParser &p = m_parser;
    if (!m_common.read(m_parser, error))
        return std::nullopt;
    RobotConfig c;
    c.servers = m_common.servers();
    c.adminToken = m_common.token();
    c.caCertificates = m_common.caCertificates();
    c.kiosks = p.value(QStringLiteral("kiosks")).toInt();
    c.baristas = p.value(QStringLiteral("baristas")).toInt();
    c.displays = p.value(QStringLiteral("displays")).toInt();
    c.journeys = p.value(QStringLiteral("journeys")).toInt();
    c.durationSec = p.value(QStringLiteral("duration")).toDouble();
    c.rate = std::max(0.001, p.value(QStringLiteral("rate")).toDouble());
    c.maxInFlight = std::max(0, p.value(QStringLiteral("max-in-flight")).toInt());
    c.cancelShare = p.value(QStringLiteral("cancel-share")).toDouble();
    c.prepSec = p.value(QStringLiteral("prep-seconds")).toDouble();
    c.drainSec = p.value(QStringLiteral("drain-seconds")).toDouble();
    c.raiseLimits = p.isSet(QStringLiteral("raise-limits"));
    c.spread = p.isSet(QStringLiteral("spread"));
    c.jsonFile = p.value(QStringLiteral("json"));
    c.dropLinks = p.value(QStringLiteral("drop-links")).toInt();
    if (c.kiosks < 1 && c.journeys > 0) {
        *error = QStringLiteral("journeys need at least one kiosk");
        return std::nullopt;
    }
    return c;
}

int runRobotCli(const QStringList &arguments)
{
    RobotCommandLine commandLine;
    commandLine.parser().process(arguments);
    QString error;
    const std::optional<RobotConfig> c = commandLine.config(&error);
    if (!c) {
        QTextStream(stderr) << "presso-robot: " << error << Qt::endl;
        return 2;
    }
    Robot robot(*c);
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
