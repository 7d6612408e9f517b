// libFuzzer target over the protocol decoder and the request dispatcher: whatever a
// client sends, the server answers with a well-formed response and never crashes.
// The first input byte picks the session's role (a phone customer's too); the rest is
// the text frame.
#include "dispatcher.h"
#include "fuzzshop.h"

#include <QJsonDocument>

using namespace presso;
using namespace presso::fuzz;

namespace {
struct Fixture : FuzzShop
{
    Fixture()
        : dispatcher(services)
    {
        addSessionHandlers(dispatcher, services);
        addShopHandlers(dispatcher, services);
        addOrderHandlers(dispatcher, services);
        addAdminHandlers(dispatcher, services);
        addCustomerHandlers(dispatcher, services);
        customer = services.transactor.run([this] {
            return *services.customers.identify({}, QHostAddress(QHostAddress::LocalHost));
        });
    }

    Dispatcher dispatcher;
    Customers::Identity customer; // the phone the customer role's inputs come from
};
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Fixture &f = fixture<Fixture>();
    if (size == 0)
        return 0;
    Session session;
    session.authenticated = data[0] < 200; // a few inputs run before hello
    session.role = static_cast<Role>(data[0] % 5);
    if (session.role == Role::Customer) {
        session.customer = f.customer.id;
        session.customerToken = f.customer.token;
    } else {
        session.device = QStringLiteral("fuzz-") + roleName(session.role);
    }
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
