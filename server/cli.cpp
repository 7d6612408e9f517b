#include "cli.h"

#include "addresses.h"
#include "backups.h"
#include "cliops.h"
#include "clitext.h"
#include "pressoserver.h"
#include "qrtext.h"
#include "quitsignals.h"
#include "openstorage.h"
#include "wire.h"
#include "storelocation.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSslKey>
#include <QTextStream>
#include <QTimer>
#include <cstdio>
#include <unistd.h>

namespace presso {

namespace {
QTextStream &out()
{
    return cliOut();
}

int fail(const QString &message)
{
    return cliFail(message);
}

// The store this command acts on (storelocation.h), or an empty string after saying
// why there is none.
QString dataDirOf(const QCommandLineParser &parser)
{
    const StoreChoice choice = chooseStore(storeQueryForThisProcess(parser.value(QStringLiteral("data-dir"))));
    if (!choice.refusal.isEmpty()) {
        fail(choice.refusal);
        return {};
    }
    if (!choice.note.isEmpty())
        QTextStream(stderr) << "presso-server: " << choice.note << Qt::endl;
    QString error;
    if (choice.isServiceStore && !becomeServiceUser(&error)) {
        fail(error);
        return {};
    }
    return choice.dir;
}

std::optional<QSslConfiguration> tlsConfig(const QString &certFile, const QString &keyFile, QString *error);

// Where devices reach the server, for a pairing code made on the command line: the
// address of the server that serves this store, or else what --listen says.
QString publicUrlFor(const QCommandLineParser &p, SqlStorage &storage)
{
    const QString served = storage.servedAt();
    if (!served.isEmpty() && !p.isSet(QStringLiteral("listen")))
        return served;
    const QString listen = p.value(QStringLiteral("listen"));
    const qsizetype colon = listen.lastIndexOf(QLatin1Char(':'));
    QHostAddress address(listen.left(colon));
    if (address.isNull())
        address = QHostAddress::LocalHost;
    return defaultPublicUrl(address, listen.mid(colon + 1).toUShort(), false);
}

int serve(const QCommandLineParser &p, const QString &dataDir, const QString &database)
{
    PressoServer::Options options;
    const QString listen = p.value(QStringLiteral("listen"));
    const qsizetype colon = listen.lastIndexOf(QLatin1Char(':'));
    bool portOk = false;
    const int port = listen.mid(colon + 1).toInt(&portOk);
    QString host = listen.left(colon);
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2); // [::]:8770, as in a URL
    if (colon < 0 || !portOk || port < 0 || port > 65535 || !options.address.setAddress(host))
        return fail(QStringLiteral("--listen takes HOST:PORT, for example 127.0.0.1:8770"));
    options.port = static_cast<quint16>(port);
    if (p.isSet(QStringLiteral("max-request-rate"))) {
        bool ok = false;
        options.maxRequestsPerSecond = p.value(QStringLiteral("max-request-rate")).toInt(&ok);
        if (!ok || options.maxRequestsPerSecond < 1)
            return fail(QStringLiteral("--max-request-rate takes a positive number of requests a second"));
    }
    if (p.isSet(QStringLiteral("tls-cert")) != p.isSet(QStringLiteral("tls-key")))
        return fail(QStringLiteral("--tls-cert and --tls-key go together"));
    if (p.isSet(QStringLiteral("tls-cert"))) {
        QString error;
        options.tls = tlsConfig(p.value(QStringLiteral("tls-cert")), p.value(QStringLiteral("tls-key")), &error);
        if (!options.tls)
            return fail(error);
    }
    // Several servers share one PostgreSQL database; a SQLite file has one server.
    StoreLock lock(dataDir);
    if (database.isEmpty() && (!QDir().mkpath(dataDir) || !lock.tryLock()))
        return fail(QStringLiteral("another server (process %1) is serving the store in %2").arg(lock.holder()).arg(dataDir));
    auto storage = openStorage(database, dataDir, SqliteStorage::Check::AfterCrash);
    auto *sqlite = dynamic_cast<SqliteStorage *>(storage.get());
    SystemClock clock;
    PressoServer server(*storage, clock);
    if (!server.start(options))
        return fail(QStringLiteral("cannot start: ") + server.errorString());
    if (sqlite)
        sqlite->setServing(true);
    storage->setServedAt(server.services().pairings.publicUrl());
    // Before the first line: whoever reads it may send SIGTERM at once.
    installQuitSignals();
    // The first line names one address devices can use (scripts read it); the others follow.
    const QStringList urls = server.reachableUrls();
    out() << "listening on " << urls.value(0, server.url().toString()) << Qt::endl;
    for (const QString &url : urls.mid(1))
        out() << "  also reachable at " << url << Qt::endl;
    const int code = QCoreApplication::exec();
    server.stop();
    if (sqlite)
        sqlite->setServing(false);
    return code;
}

std::optional<QSslConfiguration> tlsConfig(const QString &certFile, const QString &keyFile, QString *error)
{
    QFile cert(certFile);
    QFile key(keyFile);
    if (!cert.open(QIODevice::ReadOnly) || !key.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read the TLS certificate or key");
        return std::nullopt;
    }
    const QSslCertificate certificate(cert.readAll(), QSsl::Pem);
    const QByteArray keyPem = key.readAll();
    QSslKey privateKey(keyPem, QSsl::Rsa, QSsl::Pem);
    if (privateKey.isNull())
        privateKey = QSslKey(keyPem, QSsl::Ec, QSsl::Pem);
    if (certificate.isNull() || privateKey.isNull()) {
        *error = QStringLiteral("the TLS certificate or key is not valid PEM");
        return std::nullopt;
    }
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setLocalCertificate(certificate);
    config.setPrivateKey(privateKey);
    config.setPeerVerifyMode(QSslSocket::VerifyNone);
    return config;
}

// device pair: a code for a new device, with its URL and QR symbol for the terminal.
int pairCommand(const QCommandLineParser &p, Services &s, const QString &shop)
{
    const auto role = roleFromName(p.value(QStringLiteral("role")));
    if (!role)
        return fail(QStringLiteral("device pair needs --role kiosk|display|barista|admin"));
    const auto pairing = s.transactor.run([&] { return s.pairings.create(*role, p.value(QStringLiteral("name")), shop); });
    if (!pairing)
        return fail(pairing.error().message);
    const QString url = s.pairings.urlFor(pairing->code);
    out() << "Pairing code for the " << roleName(pairing->role) << " \"" << pairing->name << "\": " << pairing->code
          << Qt::endl
          << "URL: " << url << Qt::endl
          << qrText(url, isatty(fileno(stdout)))
          << "On the device's setup screen, scan this or type the server's address and the code." << Qt::endl
          << "The code works once, until " << QDateTime::fromMSecsSinceEpoch(pairing->expiresAt).toString(QStringLiteral("HH:mm"))
          << " (10 minutes)." << Qt::endl;
    return 0;
}

int deviceCommand(const QStringList &args, const QCommandLineParser &p, Services &s, const QString &shop)
{
    const QString verb = args.value(1);
    if (verb == QLatin1String("pair"))
        return pairCommand(p, s, shop);
    if (verb == QLatin1String("add")) {
        const auto role = roleFromName(p.value(QStringLiteral("role")));
        if (!role || !Roles::devices().contains(*role))
            return fail(QStringLiteral("device add needs --role kiosk|display|barista|admin"));
        const auto token = s.transactor.run([&] { return s.devices.add(*role, p.value(QStringLiteral("name")), shop); });
        if (!token)
            return fail(token.error().message);
        out() << *token << Qt::endl;
        return 0;
    }
    if (verb == QLatin1String("list")) {
        for (const DeviceRecord &d : s.devices.list(shop))
            out() << deviceLine(d) << Qt::endl;
        return 0;
    }
    if (verb == QLatin1String("revoke") && args.size() == 3) {
        const auto done = s.transactor.run([&] { return s.devices.revoke(args.at(2), shop); });
        return done ? 0 : fail(done.error().message);
    }
    return fail(QStringLiteral("usage: device add --role ROLE --name NAME | device pair --role ROLE --name NAME | "
                               "device list | device revoke NAME"));
}

int settingsCommand(const QStringList &args, Services &services, Shop &s)
{
    const QString verb = args.value(1);
    if (verb == QLatin1String("show")) {
        out() << QJsonDocument(s.config.shopJson()).toJson(QJsonDocument::Indented);
        return 0;
    }
    if (verb == QLatin1String("set") && args.size() == 4) {
        const QJsonObject patch{{args.at(2), settingValue(args.at(2), args.at(3))}};
        const auto done = services.transactor.run([&] { return s.config.setSettings(patch); });
        if (!done)
            return fail(done.error().message);
        out() << QJsonDocument(s.config.shopJson()).toJson(QJsonDocument::Indented);
        return 0;
    }
    return fail(QStringLiteral("usage: settings show | settings set KEY VALUE (keys: %1)")
                    .arg(ShopSettings::keys().join(QStringLiteral(", "))));
}

int menuCommand(const QStringList &args, Services &services, Shop &s)
{
    const QString verb = args.value(1);
    if (verb == QLatin1String("export")) {
        out() << QJsonDocument(s.config.menu().toJson()).toJson(QJsonDocument::Indented);
        return 0;
    }
    if (verb == QLatin1String("import") && args.size() == 3) {
        QFile f(args.at(2));
        if (!f.open(QIODevice::ReadOnly))
            return fail(QStringLiteral("cannot read %1").arg(args.at(2)));
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &error);
        if (!doc.isArray())
            return fail(QStringLiteral("%1 is not a JSON array of drinks: %2").arg(args.at(2), error.errorString()));
        const auto menu = Menu::fromJson(doc.array());
        if (!menu)
            return fail(menu.error().message);
        services.transactor.run([&] { s.config.setMenu(*menu); return 0; });
        out() << "imported " << menu->items().size() << " drinks" << Qt::endl;
        return 0;
    }
    return fail(QStringLiteral("usage: menu export | menu import FILE"));
}

int eventsCommand(const QStringList &args, const QCommandLineParser &p, EventsStore &storage, const QString &dataDir)
{
    if (args.value(1) != QLatin1String("tail"))
        return fail(QStringLiteral("usage: events tail [--follow] [--limit N] | events archive [--older-than DAYS]"));
    const int limit = std::max(1, p.value(QStringLiteral("limit")).toInt());
    qint64 seq = std::max<qint64>(0, storage.eventBounds().last - limit);
    for (const StoredEvent &e : archivedSince(storage, dataDir, seq))
        out() << eventLine(e) << Qt::endl;
    auto printNew = [&storage, &seq] {
        for (const StoredEvent &e : storage.eventsAfter(seq, 1000)) {
            out() << eventLine(e) << Qt::endl;
            seq = e.seq;
        }
    };
    printNew();
    if (!p.isSet(QStringLiteral("follow")))
        return 0;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, printNew);
    poll.start(250);
    installQuitSignals();
    return QCoreApplication::exec();
}

int journeyCommand(const QStringList &args, Services &s, Shop &shop, const QString &dataDir)
{
    if (args.size() != 2)
        return fail(QStringLiteral("usage: journey ORDER (an order id, or a number of today)"));
    bool isNumber = false;
    const int number = args.at(1).toInt(&isNumber);
    const auto record = isNumber ? shop.orders.byNumber(Counter::dayOf(s.clock.now(), shop.config.shop().zone()), number)
                                 : shop.orders.find(OrderId{args.at(1)});
    if (!record)
        return fail(QStringLiteral("there is no order %1").arg(args.at(1)));
    out() << orderHeadline(record->order) << Qt::endl;
    for (const StoredEvent &e : orderHistory(s.storage, dataDir, record->order.id))
        out() << eventLine(e) << Qt::endl;
    return 0;
}
} // namespace

int runServerCli(const QStringList &arguments)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "The presso server and its administration.\n\n"
        "Commands:\n"
        "  serve [--listen HOST:PORT] [--tls-cert F --tls-key F] [--max-request-rate N]\n"
        "  shop add ID --name NAME | shop list\n"
        "  device add --role ROLE --name NAME | device pair --role ROLE --name NAME\n"
        "  device list | device revoke NAME\n"
        "  settings show | settings set KEY VALUE\n"
        "  menu export | menu import FILE\n"
        "  events tail [--follow] [--limit N] | events archive [--older-than DAYS]\n"
        "  journey ORDER\n"
        "device, settings, menu and journey act on the shop --shop ID (default main).\n"
        "  backup FILE | backup DIR [--keep N]\n"
        "  restore FILE\n\n"
        "Without --data-dir: the service's store (/var/lib/presso) for root and the presso\n"
        "user where it exists, else the user's own store (named on stderr).\n"
        "With --database postgresql://USER@HOST:PORT/DB: that PostgreSQL database instead,\n"
        "which several servers may serve together (back it up with pg_dump)."));
    p.addHelpOption();
    p.addVersionOption();
    p.addOptions({
        {QStringLiteral("data-dir"), QStringLiteral("Where the database lives."), QStringLiteral("DIR")},
        {QStringLiteral("database"), QStringLiteral("A PostgreSQL database instead of the data directory's SQLite file (libpq URI)."), QStringLiteral("URI")},
        {QStringLiteral("listen"), QStringLiteral("Address to listen on (port 0: any free port)."), QStringLiteral("HOST:PORT"), QStringLiteral("127.0.0.1:%1").arg(wire::kDefaultPort)},
        {QStringLiteral("tls-cert"), QStringLiteral("PEM certificate: serve wss://."), QStringLiteral("FILE")},
        {QStringLiteral("max-request-rate"), QStringLiteral("Requests a second each connection may make (default 50; for load tests)."), QStringLiteral("N")},
        {QStringLiteral("tls-key"), QStringLiteral("PEM private key for --tls-cert."), QStringLiteral("FILE")},
        {QStringLiteral("role"), QStringLiteral("Role of a new device."), QStringLiteral("ROLE")},
        {QStringLiteral("name"), QStringLiteral("Name of a new device or shop."), QStringLiteral("NAME")},
        {QStringLiteral("shop"), QStringLiteral("The shop a command acts on."), QStringLiteral("ID"), mainShopId()},
        {QStringLiteral("follow"), QStringLiteral("Keep printing new events.")},
        {QStringLiteral("limit"), QStringLiteral("How many recent events to print."), QStringLiteral("N"), QStringLiteral("20")},
        {QStringLiteral("keep"), QStringLiteral("backup DIR: how many dated backups to keep."), QStringLiteral("N")},
        {QStringLiteral("older-than"), QStringLiteral("events archive: archive events older than DAYS (default 30)."), QStringLiteral("DAYS")},
    });
    p.addPositionalArgument(QStringLiteral("command"), QStringLiteral("What to do (see above)."));
    p.process(arguments);
    const QStringList args = p.positionalArguments();
    const QString command = args.value(0, QStringLiteral("serve"));
    // On PostgreSQL a data directory is optional: it holds only local files.
    const QString database = p.value(QStringLiteral("database"));
    const bool needsDataDir = database.isEmpty() || p.isSet(QStringLiteral("data-dir"));
    const QString dataDir = needsDataDir ? dataDirOf(p) : QString();
    if (needsDataDir && dataDir.isEmpty())
        return 1;
    const bool fileVerb = command == QLatin1String("backup") || command == QLatin1String("restore")
                          || (command == QLatin1String("events") && args.value(1) == QLatin1String("archive"));
    if (!database.isEmpty() && fileVerb)
        return fail(QStringLiteral("%1 acts on the SQLite store; a PostgreSQL database is backed up with "
                                   "pg_dump and restored with pg_restore (docs/operations.md)").arg(command));
    try {
        if (command == QLatin1String("serve"))
            return serve(p, dataDir, database);
        if (command == QLatin1String("restore"))
            return restoreCommand(args, dataDir);
        auto storage = openStorage(database, dataDir);
        if (command == QLatin1String("backup"))
            return backupCommand(args, p, static_cast<SqliteStorage &>(*storage));
        if (command == QLatin1String("events") && args.value(1) == QLatin1String("archive")) {
            storage.reset();
            return archiveCommand(p, dataDir);
        }
        if (command == QLatin1String("events"))
            return eventsCommand(args, p, *storage, dataDir);
        SystemClock clock;
        Services services(*storage, clock);
        services.transactor.run([&] { services.loadShops(); return 0; });
        if (command == QLatin1String("shop"))
            return shopCommand(args, p, services);
        const QString shopId = p.value(QStringLiteral("shop"));
        if (!isValidShopId(shopId))
            return fail(QStringLiteral("--shop takes a shop's id: 1 to 32 characters of a-z, 0-9 and -"));
        Shop *shop = services.shop(shopId);
        if (!shop)
            return fail(QStringLiteral("there is no shop \"%1\" (see shop list)").arg(shopId));
        // The server's own address, as the setting publicUrl says when it is left empty.
        shop->config.setDefaultPublicUrl(publicUrlFor(p, *storage));
        services.pairings.setPublicUrl(shop->config.shop().publicUrl);
        if (command == QLatin1String("device"))
            return deviceCommand(args, p, services, shopId);
        if (command == QLatin1String("settings"))
            return settingsCommand(args, services, *shop);
        if (command == QLatin1String("menu"))
            return menuCommand(args, services, *shop);
        if (command == QLatin1String("journey"))
            return journeyCommand(args, services, *shop, dataDir);
        return fail(QStringLiteral("unknown command \"%1\" (see --help)").arg(command));
    } catch (const StorageError &e) {
        return fail(QString::fromStdString(e.what()));
    }
}

} // namespace presso
