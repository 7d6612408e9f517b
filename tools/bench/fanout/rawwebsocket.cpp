#include "rawwebsocket.h"

#include <arpa/inet.h>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <fcntl.h>
#include <netdb.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <random>
#include <sys/socket.h>
#include <unistd.h>

namespace presso::bench {

namespace {
constexpr int kText = 0x1;
constexpr int kContinuation = 0x0;
constexpr int kClose = 0x8;
constexpr int kPing = 0x9;
constexpr int kPong = 0xA;

std::mt19937 &rng()
{
    static std::mt19937 r{std::random_device{}()};
    return r;
}

bool waitFor(int fd, short events, int timeoutMs)
{
    pollfd p{fd, events, 0};
    return ::poll(&p, 1, timeoutMs) == 1;
}
} // namespace

RawWebSocket::~RawWebSocket()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

bool RawWebSocket::open(const std::string &host, int port, std::string *error)
{
    addrinfo hints{};
    hints.ai_family = AF_INET;
    hints.ai_socktype = SOCK_STREAM;
    addrinfo *found = nullptr;
    if (::getaddrinfo(host.c_str(), std::to_string(port).c_str(), &hints, &found) != 0 || !found) {
        *error = "cannot resolve " + host;
        return false;
    }
    m_fd = ::socket(found->ai_family, found->ai_socktype, 0);
    const bool connected = m_fd >= 0 && ::connect(m_fd, found->ai_addr, found->ai_addrlen) == 0;
    ::freeaddrinfo(found);
    if (!connected) {
        *error = std::string("connect: ") + std::strerror(errno);
        return false;
    }
    const int one = 1;
    ::setsockopt(m_fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    ::fcntl(m_fd, F_SETFL, ::fcntl(m_fd, F_GETFL) | O_NONBLOCK);

    const std::string request = "GET / HTTP/1.1\r\nHost: " + host + ":" + std::to_string(port)
        + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
          "Sec-WebSocket-Version: 13\r\nSec-WebSocket-Protocol: presso.v1\r\n\r\n";
    if (!writeAll(request)) {
        *error = "cannot send the upgrade request";
        return false;
    }
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
    char buf[4096];
    std::size_t end;
    while ((end = m_in.find("\r\n\r\n")) == std::string::npos) {
        // The whole 10 s: a server under a profiler (valgrind, heaptrack) or on a loaded
        // machine may take more than a second to answer its first upgrade.
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
        if (left.count() <= 0 || !waitFor(m_fd, POLLIN, int(left.count()))) {
            *error = "no upgrade response";
            return false;
        }
        const ssize_t n = ::read(m_fd, buf, sizeof buf);
        if (n <= 0) {
            *error = "closed during the upgrade";
            return false;
        }
        m_in.append(buf, std::size_t(n));
    }
    if (m_in.compare(0, 12, "HTTP/1.1 101") != 0) {
        *error = "upgrade refused: " + m_in.substr(0, m_in.find("\r\n"));
        return false;
    }
    m_in.erase(0, end + 4);
    return true;
}

bool RawWebSocket::writeAll(std::string_view bytes)
{
    while (!bytes.empty()) {
        const ssize_t n = ::write(m_fd, bytes.data(), bytes.size());
        if (n > 0) {
            bytes.remove_prefix(std::size_t(n));
        } else if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
            if (!waitFor(m_fd, POLLOUT, 10000))
                return false;
        } else if (!(n < 0 && errno == EINTR)) {
            return false;
        }
    }
    return true;
}

bool RawWebSocket::sendFrame(int opcode, std::string_view payload)
{
    std::string frame;
    frame.reserve(payload.size() + 14);
    frame.push_back(char(0x80 | opcode));
    if (payload.size() < 126) {
        frame.push_back(char(0x80 | payload.size()));
    } else if (payload.size() < 65536) {
        frame.push_back(char(0x80 | 126));
        frame.push_back(char(payload.size() >> 8));
        frame.push_back(char(payload.size() & 0xff));
    } else {
        frame.push_back(char(0x80 | 127));
        for (int shift = 56; shift >= 0; shift -= 8)
            frame.push_back(char((uint64_t(payload.size()) >> shift) & 0xff));
    }
    const uint32_t mask = rng()();
    const char key[4] = {char(mask), char(mask >> 8), char(mask >> 16), char(mask >> 24)};
    frame.append(key, 4);
    for (std::size_t i = 0; i < payload.size(); ++i)
        frame.push_back(char(payload[i] ^ key[i % 4]));
    return writeAll(frame);
}

bool RawWebSocket::sendText(std::string_view text)
{
    return sendFrame(kText, text);
}

bool RawWebSocket::readSome(const std::function<void(std::string_view)> &onText)
{
    char buf[65536];
    for (;;) {
        const ssize_t n = ::read(m_fd, buf, sizeof buf);
        if (n > 0) {
            m_in.append(buf, std::size_t(n));
            if (std::size_t(n) < sizeof buf)
                break;
        } else if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
            break;
        } else if (!(n < 0 && errno == EINTR)) {
            return false;
        }
    }
    return parse(onText);
}

bool RawWebSocket::parse(const std::function<void(std::string_view)> &onText)
{
    std::size_t pos = 0;
    bool open = true;
    while (open && m_in.size() - pos >= 2) {
        const auto *p = reinterpret_cast<const unsigned char *>(m_in.data() + pos);
        const std::size_t available = m_in.size() - pos;
        uint64_t length = p[1] & 0x7f;
        std::size_t header = 2;
        if (length == 126) {
            if (available < 4)
                break;
            length = (uint64_t(p[2]) << 8) | p[3];
            header = 4;
        } else if (length == 127) {
            if (available < 10)
                break;
            length = 0;
            for (int i = 0; i < 8; ++i)
                length = (length << 8) | p[2 + i];
            header = 10;
        }
        if (available < header + length)
            break;
        const int opcode = p[0] & 0x0f;
        const bool fin = p[0] & 0x80;
        const std::string_view payload(m_in.data() + pos + header, std::size_t(length));
        pos += header + std::size_t(length);
        if (opcode == kText || opcode == kContinuation) {
            if (fin && m_message.empty()) {
                onText(payload);
            } else {
                m_message.append(payload);
                if (fin) {
                    onText(m_message);
                    m_message.clear();
                }
            }
        } else if (opcode == kPing) {
            sendFrame(kPong, payload);
        } else if (opcode == kClose) {
            open = false;
        }
    }
    m_in.erase(0, pos);
    return open;
}

std::string pressoHello(const std::string &role, const std::string &token)
{
    return R"({"type":"req","id":"hello","op":"hello","args":{"protocol":1,"role":")" + role + R"(","token":")"
        + token + R"("}})";
}

std::string RawWebSocket::waitText(int timeoutMs)
{
    std::string received;
    bool got = false;
    const auto keepFirst = [&](std::string_view text) {
        if (!got) {
            received = text;
            got = true;
        }
    };
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeoutMs);
    if (!parse(keepFirst))
        return received;
    while (!got) {
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
        if (left.count() <= 0 || !waitFor(m_fd, POLLIN, int(left.count())) || !readSome(keepFirst))
            break;
    }
    return received;
}

} // namespace presso::bench
