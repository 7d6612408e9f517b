// presso-fanoutbench (P3): one event to N connected subscribers, timed until the last one
// has it, for presso and, in the same run and with the same payload size, for mosquitto
// at QoS 0 and 1. Both sides' subscribers live in this process on one epoll loop.
#include "mqttfanout.h"
#include "pressofanout.h"

#include <cstdio>
#include <cstring>
#include <map>
#include <mosquitto.h>
#include <sys/resource.h>
#include <thread>

using namespace presso::bench;

namespace {
constexpr int kWarmUpRounds = 5;

template<typename Rig>
bool measure(Rig &rig, int subscribers, int rounds, std::vector<FanoutSample> *samples, std::string *error)
{
    Receipts receipts(subscribers);
    for (int i = 0; i < kWarmUpRounds + rounds; ++i) {
        if (!rig.round(i, receipts, error))
            return false;
        if (i >= kWarmUpRounds)
            samples->push_back(receipts.sample());
    }
    return true;
}

void raiseFileLimit()
{
    rlimit limit{};
    if (::getrlimit(RLIMIT_NOFILE, &limit) == 0) {
        limit.rlim_cur = limit.rlim_max;
        ::setrlimit(RLIMIT_NOFILE, &limit);
    }
}

int usage()
{
    std::fprintf(stderr, "usage: presso-fanoutbench --presso-port P --admin-token T --display-token T "
                         "--mqtt-port P [--subscribers 1000] [--rounds 200] [--host 127.0.0.1] [--json FILE]\n"
                         "  [--hold SECONDS]: stay connected that long after presso's rounds\n"
                         "  --mqtt-port 0 measures presso alone\n");
    return 2;
}
} // namespace

int main(int argc, char *argv[])
{
    std::map<std::string, std::string> args{{"--subscribers", "1000"}, {"--rounds", "200"}, {"--host", "127.0.0.1"}};
    for (int i = 1; i + 1 < argc; i += 2)
        args[argv[i]] = argv[i + 1];
    for (const char *required : {"--presso-port", "--admin-token", "--display-token", "--mqtt-port"}) {
        if (!args.count(required))
            return usage();
    }
    const int subscribers = std::stoi(args["--subscribers"]);
    const int rounds = std::stoi(args["--rounds"]);
    const std::string host = args["--host"];
    raiseFileLimit();

    std::string error;
    std::vector<FanoutSample> presso;
    PressoFanout pressoRig(host, std::stoi(args["--presso-port"]), args["--admin-token"], args["--display-token"],
                           subscribers);
    if (!pressoRig.setUp(&error) || !measure(pressoRig, subscribers, rounds, &presso, &error)) {
        std::fprintf(stderr, "presso: %s\n", error.c_str());
        return 1;
    }
    const FanoutSummary pressoSummary = summarize(presso);
    if (args.count("--hold")) {
        // The subscribers stay connected for a while, so that a script can read the
        // server's memory with all of them open (P7).
        std::printf("P3 holding %d subscribers for %s s\n", subscribers, args["--hold"].c_str());
        std::fflush(stdout);
        std::this_thread::sleep_for(std::chrono::seconds(std::stoi(args["--hold"])));
    }

    const bool withMqtt = std::stoi(args["--mqtt-port"]) != 0;
    mosquitto_lib_init();
    std::vector<FanoutSummary> mqtt;
    for (int qos : {0, 1}) {
        if (!withMqtt)
            break;
        std::vector<FanoutSample> samples;
        MqttFanout rig(host, std::stoi(args["--mqtt-port"]), subscribers, qos, pressoRig.payloadBytes());
        if (!rig.setUp(&error) || !measure(rig, subscribers, rounds, &samples, &error)) {
            std::fprintf(stderr, "mosquitto QoS %d: %s\n", qos, error.c_str());
            return 1;
        }
        mqtt.push_back(summarize(samples));
    }
    mosquitto_lib_cleanup();

    std::printf("P3 one event of %zu bytes to %d subscribers, %d rounds each:\n", pressoRig.payloadBytes(),
                subscribers, rounds);
    std::printf("P3 %s\n", describe("presso", pressoSummary).c_str());
    if (args.count("--json")) {
        FILE *json = std::fopen(args["--json"].c_str(), "w");
        if (!json)
            return 1;
        std::fprintf(json, "{\"subscribers\": %d, \"rounds\": %d, \"payloadBytes\": %zu, \"presso\": %s",
                     subscribers, rounds, pressoRig.payloadBytes(), toJson(pressoSummary).c_str());
        for (std::size_t qos = 0; qos < mqtt.size(); ++qos)
            std::fprintf(json, ", \"mosquittoQos%zu\": %s", qos, toJson(mqtt[qos]).c_str());
        std::fprintf(json, "}\n");
        std::fclose(json);
    }
    if (!withMqtt)
        return 0;
    std::printf("P3 %s\n", describe("mosquitto QoS 0", mqtt[0]).c_str());
    std::printf("P3 %s\n", describe("mosquitto QoS 1", mqtt[1]).c_str());
    for (int qos : {0, 1}) {
        const FanoutSummary &m = mqtt[std::size_t(qos)];
        std::printf("P3 presso / mosquitto QoS %d: p50 %.2fx  p99 %.2fx (target <= 1.0x)\n", qos,
                    pressoSummary.p50 / m.p50, pressoSummary.p99 / m.p99);
    }
    return 0;
}
