#include "pressofanout.h"

#include <sys/epoll.h>
#include <unistd.h>

namespace presso::bench {

namespace {
constexpr int kRoundTimeoutMs = 10000;

// The value of the first "key":"..." in a JSON text; enough for the snapshot's first drink.
std::string firstString(const std::string &json, const std::string &key)
{
    const std::string needle = "\"" + key + "\":\"";
    const auto at = json.find(needle);
    if (at == std::string::npos)
        return {};
    const auto start = at + needle.size();
    return json.substr(start, json.find('"', start) - start);
}
} // namespace

PressoFanout::PressoFanout(std::string host, int port, std::string adminToken, std::string displayToken, int subscribers)
    : m_host(std::move(host))
    , m_port(port)
    , m_adminToken(std::move(adminToken))
    , m_displayToken(std::move(displayToken))
    , m_count(subscribers)
{
}

PressoFanout::~PressoFanout()
{
    if (m_epoll >= 0)
        ::close(m_epoll);
}

bool PressoFanout::hello(RawWebSocket &socket, const std::string &role, const std::string &token,
                         std::string *snapshot, std::string *error)
{
    if (!socket.open(m_host, m_port, error))
        return false;
    socket.sendText(pressoHello(role, token));
    *snapshot = socket.waitText(10000);
    if (snapshot->find("\"ok\":true") == std::string::npos) {
        *error = "hello as " + role + " failed: " + snapshot->substr(0, 200);
        return false;
    }
    return true;
}

bool PressoFanout::setUp(std::string *error)
{
    std::string snapshot;
    if (!hello(m_admin, "admin", m_adminToken, &snapshot, error))
        return false;
    m_drink = firstString(snapshot, "drink");
    if (m_drink.empty()) {
        *error = "the menu has no drink to toggle";
        return false;
    }
    m_epoll = ::epoll_create1(0);
    epoll_event adminEvent{EPOLLIN, {}};
    adminEvent.data.u32 = uint32_t(m_count);
    ::epoll_ctl(m_epoll, EPOLL_CTL_ADD, m_admin.fd(), &adminEvent);
    for (int i = 0; i < m_count; ++i) {
        auto socket = std::make_unique<RawWebSocket>();
        if (!hello(*socket, "display", m_displayToken, &snapshot, error))
            return false;
        epoll_event e{EPOLLIN, {}};
        e.data.u32 = uint32_t(i);
        ::epoll_ctl(m_epoll, EPOLL_CTL_ADD, socket->fd(), &e);
        m_subscribers.push_back(std::move(socket));
    }
    return true;
}

bool PressoFanout::round(int index, Receipts &receipts, std::string *error)
{
    const std::string request = R"({"type":"req","id":"r)" + std::to_string(index)
        + R"(","op":"menu.setAvailable","args":{"drink":")" + m_drink + R"(","available":)"
        + (index % 2 == 0 ? "false" : "true") + "}}";
    bool answered = false;
    receipts.begin();
    m_admin.sendText(request);
    const auto deadline = SteadyClock::now() + std::chrono::milliseconds(kRoundTimeoutMs);
    epoll_event ready[256];
    while (!(answered && receipts.complete())) {
        if (SteadyClock::now() > deadline) {
            *error = "round " + std::to_string(index) + ": only " + std::to_string(receipts.count()) + " of "
                + std::to_string(m_count) + " subscribers got the event";
            return false;
        }
        const int n = ::epoll_wait(m_epoll, ready, 256, 100);
        for (int k = 0; k < n; ++k) {
            const int who = int(ready[k].data.u32);
            if (who == m_count) {
                bool refused = false;
                m_admin.readSome([&](std::string_view text) {
                    if (text.find("\"type\":\"res\"") != std::string_view::npos) {
                        answered = true;
                        refused = text.find("\"ok\":false") != std::string_view::npos;
                        if (refused)
                            *error = "the server refused the toggle: " + std::string(text.substr(0, 200));
                    }
                });
                if (refused)
                    return false;
                continue;
            }
            const bool open = m_subscribers[std::size_t(who)]->readSome([&](std::string_view text) {
                if (text.find("ConfigService.ConfigChanged") != std::string_view::npos) {
                    receipts.received(who);
                    m_payloadBytes = text.size();
                }
            });
            if (!open) {
                *error = "the server closed subscriber " + std::to_string(who);
                return false;
            }
        }
    }
    return true;
}

} // namespace presso::bench
