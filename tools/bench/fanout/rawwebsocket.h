#pragma once
// RawWebSocket: the smallest blocking-connect, non-blocking-read WebSocket client, so
// the fan-out benchmark's subscribers cost the same few microseconds per message on the
// presso side as libmosquitto's do on the MQTT side. Not for use outside benchmarks.
#include <functional>
#include <string>
#include <string_view>

namespace presso::bench {

class RawWebSocket
{
public:
    RawWebSocket() = default;
    RawWebSocket(const RawWebSocket &) = delete;
    RawWebSocket &operator=(const RawWebSocket &) = delete;
    ~RawWebSocket();

    // Connects and upgrades, offering the presso.v1 subprotocol.
    bool open(const std::string &host, int port, std::string *error);
    bool sendText(std::string_view text);
    // Reads what the socket has and hands each complete text message to onText.
    // Returns false when the peer closed or the socket failed.
    bool readSome(const std::function<void(std::string_view)> &onText);
    // Blocks until the next text message arrives; empty on timeout or close.
    std::string waitText(int timeoutMs);
    int fd() const { return m_fd; }

private:
    bool writeAll(std::string_view bytes);
    bool sendFrame(int opcode, std::string_view payload);
    bool parse(const std::function<void(std::string_view)> &onText);

    int m_fd = -1;
    std::string m_in;
    std::string m_message;
};

// A presso hello request frame for the given role and token.
std::string pressoHello(const std::string &role, const std::string &token);

} // namespace presso::bench
