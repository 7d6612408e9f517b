// libFuzzer target over the protocol decoder and the request dispatcher: whatever a
// client sends, the server answers with a well-formed response and never crashes.
// The first input byte picks the session's role; the rest is the text frame.
#include "dispatcher.h"
#include "sqlitestorage.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <cstdlib>
#include <memory>

using namespace presso;

namespace {
struct Fixture
{
    Fixture()
        : storage(QStringLiteral(":memory:"))
        , clock(1'795'000'060'000)
        , services(storage, clock)
        , dispatcher(services)
    {
        addSessionHandlers(dispatcher, services);
        addShopHandlers(dispatcher, services);
        addOrderHandlers(dispatcher, services);
        addAdminHandlers(dispatcher, services);
        services.transactor.run([this] {
            services.config.load();
            for (Role role : {Role::Kiosk, Role::Display, Role::Barista, Role::Admin})
                (void)services.devices.add(role, QStringLiteral("fuzz-") + roleName(role));
            return 0;
        });
    }

    SqliteStorage storage;
    ManualClock clock;
    Services services;
    Dispatcher dispatcher;
};

// A fresh shop every few thousand inputs, so the in-memory database stays small.
Fixture &fixture()
{
    static int argc = 1;
    static char name[] = "fuzz_protocol";
    static char *argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
    // Never destroyed at exit: Qt's database registry is gone by then.
    static Fixture *f = nullptr;
    static int uses = 0;
    if (!f || ++uses % 5000 == 0) {
        delete f;
        f = new Fixture;
    }
    // No event loop runs here: let what the services posted (deferred deletes, timers)
    // happen now and then, as it would in the server.
    if (uses % 500 == 0)
        QCoreApplication::processEvents();
    return *f;
}

void check(bool condition)
{
    if (!condition)
        std::abort();
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Fixture &f = fixture();
    if (size == 0)
        return 0;
    Session session;
    session.authenticated = data[0] < 200; // a few inputs run before hello
    session.role = static_cast<Role>(data[0] % 4);
    session.device = QStringLiteral("fuzz-") + roleName(session.role);
    const QByteArray frame(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));

    QJsonValue echo;
    const auto request = decodeRequest(frame, &echo);
    Response response = request ? f.dispatcher.dispatch(session, *request)
                                : Response::failure(echo, request.error(), f.clock.now());
    // The answer is always a response frame a client can read back.
    const QByteArray encoded = encodeFrame(response.toJson());
    const auto decoded = decodeServerFrame(encoded);
    check(decoded.ok() && std::holds_alternative<Response>(*decoded));
    check(std::get<Response>(*decoded).ok == response.ok);
    if (request)
        check(response.id == QJsonValue(request->id));
    // Time moves on now and then, so deadlines and new codes are part of the search.
    if ((data[0] & 0x0f) == 0x0f) {
        f.clock.advance(61'000);
        f.services.processor.processDue();
    }
    return 0;
}
