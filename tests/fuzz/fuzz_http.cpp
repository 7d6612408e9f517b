// libFuzzer target over the HTTP side of the listener: whatever bytes a connection
// sends before its head ends, the server waits, refuses them with 431 or 400, hands them
// to the WebSocket handshake, or answers them through its routes, always with a
// well-formed response, and never crashes.
#include "fuzzshop.h"
#include "httproutes.h"
#include "servermetrics.h"

using namespace presso;
using namespace presso::fuzz;

namespace {
constexpr qsizetype kMaxHead = 8 * 1024;

struct Fixture : FuzzShop
{
    Fixture()
        : routes(services, metrics)
    {
    }

    ServerMetrics metrics;
    HttpRoutes routes;
};

// "HTTP/1.1 NNN reason", headers, a blank line, and a body of Content-Length bytes.
void checkWellFormed(const HttpResponse &response, bool headOnly)
{
    const QByteArray wire = response.serialize(headOnly);
    check(wire.startsWith("HTTP/1.1 ") && wire.size() > 12);
    const int status = wire.mid(9, 3).toInt();
    check(status == response.status && status >= 200 && status <= 599);
    check(status != 500);
    const qsizetype end = wire.indexOf("\r\n\r\n");
    check(end > 0);
    const QByteArray body = wire.mid(end + 4);
    check(headOnly || status == 304 ? body.isEmpty() : body == response.body);
    const qsizetype length = wire.indexOf("\r\nContent-Length: ");
    if (!headOnly && status != 304)
        check(length > 0 && length < end && wire.mid(length + 18, end - length - 18).split('\r').first().toLongLong() == body.size());
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Fixture &f = fixture<Fixture>();
    // What the listener peeks at: at most one byte more than a head may have.
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(std::min<size_t>(size, kMaxHead + 1)));
    const HeadReading head = HeadReading::of(bytes, kMaxHead);
    switch (head.kind) {
    case HeadReading::Kind::Incomplete:
        check(bytes.size() <= kMaxHead && endOfHead(bytes) < 0);
        break;
    case HeadReading::Kind::Refused:
        check(head.refusal.status == 431 || head.refusal.status == 400);
        checkWellFormed(head.refusal, false);
        break;
    case HeadReading::Kind::Upgrade:
        check(head.request && head.request->isWebSocketUpgrade());
        break;
    case HeadReading::Kind::Request: {
        const bool headOnly = head.request->method == "HEAD";
        checkWellFormed(f.routes.answer(*head.request), headOnly);
        break;
    }
    }
    return 0;
}
