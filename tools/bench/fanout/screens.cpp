// presso-screens: N display connections that only read, as cheap as a screen can be, so
// that a benchmark can load the server with screens without loading its own clients
// (P2). Prints how many event frames the screens received when it stops.
#include "rawwebsocket.h"

#include <chrono>
#include <csignal>
#include <cstdio>
#include <map>
#include <memory>
#include <string>
#include <sys/epoll.h>
#include <vector>

using namespace presso::bench;

namespace {
volatile std::sig_atomic_t stopRequested = 0;
void requestStop(int)
{
    stopRequested = 1;
}
} // namespace

int main(int argc, char *argv[])
{
    std::map<std::string, std::string> args{{"--screens", "50"}, {"--seconds", "60"}, {"--host", "127.0.0.1"}};
    for (int i = 1; i + 1 < argc; i += 2)
        args[argv[i]] = argv[i + 1];
    if (!args.count("--port") || !args.count("--token")) {
        std::fprintf(stderr, "usage: presso-screens --port P --token DISPLAY_TOKEN [--screens 50] [--seconds 60]\n");
        return 2;
    }
    std::signal(SIGTERM, requestStop);
    std::signal(SIGINT, requestStop);
    const int count = std::stoi(args["--screens"]);
    const std::string hello = pressoHello("display", args["--token"]);
    const int epoll = ::epoll_create1(0);
    std::vector<std::unique_ptr<RawWebSocket>> screens;
    for (int i = 0; i < count; ++i) {
        auto socket = std::make_unique<RawWebSocket>();
        std::string error;
        if (!socket->open(args["--host"], std::stoi(args["--port"]), &error)) {
            std::fprintf(stderr, "screen %d: %s\n", i, error.c_str());
            return 1;
        }
        socket->sendText(hello);
        if (socket->waitText(10000).find("\"ok\":true") == std::string::npos) {
            std::fprintf(stderr, "screen %d: hello refused\n", i);
            return 1;
        }
        epoll_event e{EPOLLIN, {}};
        e.data.u32 = uint32_t(i);
        ::epoll_ctl(epoll, EPOLL_CTL_ADD, socket->fd(), &e);
        screens.push_back(std::move(socket));
    }
    std::printf("%d screens connected\n", count);
    std::fflush(stdout);
    long long frames = 0;
    const auto end = std::chrono::steady_clock::now() + std::chrono::seconds(std::stoi(args["--seconds"]));
    epoll_event ready[64];
    while (!stopRequested && std::chrono::steady_clock::now() < end) {
        const int n = ::epoll_wait(epoll, ready, 64, 200);
        for (int k = 0; k < n; ++k) {
            if (!screens[ready[k].data.u32]->readSome([&](std::string_view) { ++frames; })) {
                std::fprintf(stderr, "the server closed screen %u\n", ready[k].data.u32);
                return 1;
            }
        }
    }
    std::printf("%d screens received %lld frames\n", count, frames);
    return 0;
}
