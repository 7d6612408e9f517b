#pragma once
// MqttFanout: the peer for P3. N libmosquitto subscribers on one topic of a mosquitto
// broker and one libmosquitto publisher, at a chosen QoS and payload size.
#include "receipts.h"

#include <string>
#include <vector>

struct mosquitto;
struct mosquitto_message;

namespace presso::bench {

class MqttFanout
{
public:
    MqttFanout(std::string host, int port, int subscribers, int qos, std::size_t payloadBytes);
    ~MqttFanout();

    bool setUp(std::string *error);
    bool round(int index, Receipts &receipts, std::string *error);

private:
    struct Client
    {
        MqttFanout *owner = nullptr;
        int index = 0;
        mosquitto *handle = nullptr;
    };
    static void onMessage(mosquitto *, void *client, const mosquitto_message *);
    static void onSubscribe(mosquitto *, void *client, int, int, const int *);
    static void onPublish(mosquitto *, void *client, int);
    bool connect(Client &client, std::string *error);
    // Waits up to timeoutMs for readable sockets and lets libmosquitto handle them.
    void pump(int timeoutMs);

    std::string m_host;
    int m_port;
    int m_qos;
    std::string m_topic = "presso/bench/fanout";
    std::string m_payload;
    std::vector<Client> m_clients; // the subscribers, then the publisher last
    int m_epoll = -1;
    int m_subscribed = 0;
    int m_acknowledged = 0;
    Receipts *m_receipts = nullptr;
};

} // namespace presso::bench
