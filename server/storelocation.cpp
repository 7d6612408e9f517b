#include "storelocation.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

#include <cerrno>
#include <cstring>
#include <grp.h>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

namespace presso {

namespace {
// The packaged service's StateDirectory (packaging/systemd/presso-server.service).
constexpr char kServiceDataDir[] = "/var/lib/presso";
} // namespace

QString storeFileIn(const QString &dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("presso.db"));
}

StoreChoice chooseStore(const StoreQuery &q)
{
    if (!q.explicitDir.isEmpty())
        return {q.explicitDir, QDir(q.explicitDir) == QDir(q.serviceDir), {}, {}};
    if (q.serviceDirExists && q.privileged)
        return {q.serviceDir, true, {}, {}};
    if (q.serviceDirExists) {
        return {{}, false, {},
                QStringLiteral("this machine runs the presso-server service, whose store is in %1: "
                               "run this as root (sudo) or as the %2 user, or name a store with --data-dir DIR")
                    .arg(q.serviceDir, QLatin1String(kServiceUser))};
    }
    const bool exists = QFileInfo::exists(storeFileIn(q.userDir));
    const QString note = exists ? QStringLiteral("using the store in %1 (no --data-dir given)")
                                : QStringLiteral("creating a new store in %1 (no --data-dir given)");
    return {q.userDir, false, note.arg(q.userDir), {}};
}

StoreQuery storeQueryForThisProcess(const QString &explicitDir)
{
    StoreQuery q;
    q.explicitDir = explicitDir;
    q.serviceDir = QString::fromLatin1(kServiceDataDir);
    q.userDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    q.serviceDirExists = QFileInfo(q.serviceDir).isDir();
    const passwd *service = getpwnam(kServiceUser);
    q.privileged = geteuid() == 0 || (service && service->pw_uid == geteuid());
    return q;
}

bool becomeServiceUser(QString *error)
{
    // As the service's UMask=0027: the store holds device token hashes.
    umask(027);
    if (geteuid() != 0)
        return true;
    const passwd *service = getpwnam(kServiceUser);
    if (!service) // a service directory without its user: stay root rather than fail
        return true;
    const gid_t gid = service->pw_gid;
    if (setgroups(1, &gid) != 0 || setgid(gid) != 0 || setuid(service->pw_uid) != 0) {
        *error = QStringLiteral("cannot act as the %1 user: %2").arg(QLatin1String(kServiceUser),
                                                                     QString::fromLocal8Bit(strerror(errno)));
        return false;
    }
    return true;
}

} // namespace presso
