#include "lossynetwork.h"

#include <QProcess>
#include <QStringList>
#include <sched.h>
#include <unistd.h>

namespace presso::test {

bool LossyNetwork::run(const QString &program, const QStringList &args, QByteArray *out)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    const bool ok = p.waitForFinished(10'000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    const QByteArray output = p.readAll();
    if (out)
        *out = output;
    if (!ok)
        s_error = QStringLiteral("%1 %2: %3").arg(program, args.join(QLatin1Char(' ')), QString::fromLocal8Bit(output).trimmed());
    return ok;
}

bool LossyNetwork::enterPrivateNamespace()
{
    if (geteuid() != 0) {
        s_error = QStringLiteral("not root: no network namespace of its own");
        return false;
    }
    if (unshare(CLONE_NEWNET) != 0) {
        s_error = QStringLiteral("unshare(CLONE_NEWNET) failed");
        return false;
    }
    // A new namespace's lo is down: nothing, not even 127.0.0.1, answers until it is up.
    s_private = run(QStringLiteral("ip"), {QStringLiteral("link"), QStringLiteral("set"), QStringLiteral("lo"), QStringLiteral("up")});
    return s_private;
}

bool LossyNetwork::dropOnPort(quint16 port, int percent)
{
    if (!s_private)
        return false;
    const QString probability = QString::number(percent / 100.0);
    for (const QString &direction : {QStringLiteral("--dport"), QStringLiteral("--sport")}) {
        if (!run(QStringLiteral("iptables"), {QStringLiteral("-A"), QStringLiteral("INPUT"), QStringLiteral("-p"), QStringLiteral("tcp"),
                                              direction, QString::number(port), QStringLiteral("-m"), QStringLiteral("statistic"),
                                              QStringLiteral("--mode"), QStringLiteral("random"), QStringLiteral("--probability"),
                                              probability, QStringLiteral("-j"), QStringLiteral("DROP")}))
            return false;
    }
    return true;
}

qint64 LossyNetwork::dropped()
{
    QByteArray out;
    if (!s_private || !run(QStringLiteral("iptables"), {QStringLiteral("-L"), QStringLiteral("INPUT"), QStringLiteral("-v"),
                                                         QStringLiteral("-x"), QStringLiteral("-n")}, &out))
        return -1;
    qint64 packets = 0;
    for (const QByteArray &line : out.split('\n')) {
        const QList<QByteArray> fields = line.simplified().split(' ');
        if (fields.size() > 2 && fields.at(2) == "DROP")
            packets += fields.at(0).toLongLong();
    }
    return packets;
}

} // namespace presso::test
