#pragma once
// PressoFanout: N display connections to a presso server and one admin that toggles a
// drink's availability; each toggle is one ConfigService.ConfigChanged event to all of them.
#include "rawwebsocket.h"
#include "receipts.h"

#include <memory>
#include <vector>

namespace presso::bench {

class PressoFanout
{
public:
    PressoFanout(std::string host, int port, std::string adminToken, std::string displayToken, int subscribers);
    ~PressoFanout();

    bool setUp(std::string *error);
    bool round(int index, Receipts &receipts, std::string *error);
    // The size of one event message as the subscribers receive it.
    std::size_t payloadBytes() const { return m_payloadBytes; }

private:
    bool hello(RawWebSocket &socket, const std::string &role, const std::string &token, std::string *snapshot,
               std::string *error);

    std::string m_host;
    int m_port;
    std::string m_adminToken, m_displayToken;
    int m_count;
    int m_epoll = -1;
    std::string m_drink;
    RawWebSocket m_admin;
    std::vector<std::unique_ptr<RawWebSocket>> m_subscribers;
    std::size_t m_payloadBytes = 0;
};

} // namespace presso::bench
