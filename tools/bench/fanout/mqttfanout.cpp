#include "mqttfanout.h"

#include <mosquitto.h>
#include <sys/epoll.h>
#include <unistd.h>

namespace presso::bench {

namespace {
constexpr int kKeepAliveSec = 600;
constexpr int kTimeoutMs = 10000;
} // namespace

MqttFanout::MqttFanout(std::string host, int port, int subscribers, int qos, std::size_t payloadBytes)
    : m_host(std::move(host))
    , m_port(port)
    , m_qos(qos)
    , m_payload(payloadBytes, 'x')
    , m_clients(std::size_t(subscribers) + 1)
{
}

MqttFanout::~MqttFanout()
{
    for (auto &c : m_clients) {
        if (c.handle) {
            mosquitto_disconnect(c.handle);
            mosquitto_destroy(c.handle);
        }
    }
    if (m_epoll >= 0)
        ::close(m_epoll);
}

void MqttFanout::onMessage(mosquitto *, void *client, const mosquitto_message *)
{
    auto *c = static_cast<Client *>(client);
    if (c->owner->m_receipts)
        c->owner->m_receipts->received(c->index);
}

void MqttFanout::onSubscribe(mosquitto *, void *client, int, int, const int *)
{
    static_cast<Client *>(client)->owner->m_subscribed++;
}

void MqttFanout::onPublish(mosquitto *, void *client, int)
{
    static_cast<Client *>(client)->owner->m_acknowledged++;
}

bool MqttFanout::connect(Client &client, std::string *error)
{
    client.handle = mosquitto_new(nullptr, true, &client);
    if (!client.handle) {
        *error = "mosquitto_new failed";
        return false;
    }
    mosquitto_message_callback_set(client.handle, &MqttFanout::onMessage);
    mosquitto_subscribe_callback_set(client.handle, &MqttFanout::onSubscribe);
    mosquitto_publish_callback_set(client.handle, &MqttFanout::onPublish);
    const int rc = mosquitto_connect(client.handle, m_host.c_str(), m_port, kKeepAliveSec);
    if (rc != MOSQ_ERR_SUCCESS) {
        *error = std::string("cannot reach mosquitto: ") + mosquitto_strerror(rc);
        return false;
    }
    epoll_event e{EPOLLIN, {}};
    e.data.ptr = &client;
    ::epoll_ctl(m_epoll, EPOLL_CTL_ADD, mosquitto_socket(client.handle), &e);
    return true;
}

void MqttFanout::pump(int timeoutMs)
{
    epoll_event ready[256];
    const int n = ::epoll_wait(m_epoll, ready, 256, timeoutMs);
    for (int k = 0; k < n; ++k) {
        auto *c = static_cast<Client *>(ready[k].data.ptr);
        mosquitto_loop_read(c->handle, 1);
        if (mosquitto_want_write(c->handle))
            mosquitto_loop_write(c->handle, 1);
    }
}

bool MqttFanout::setUp(std::string *error)
{
    m_epoll = ::epoll_create1(0);
    const int subscribers = int(m_clients.size()) - 1;
    for (int i = 0; i <= subscribers; ++i) {
        m_clients[std::size_t(i)].owner = this;
        m_clients[std::size_t(i)].index = i;
        if (!connect(m_clients[std::size_t(i)], error))
            return false;
        if (i < subscribers)
            mosquitto_subscribe(m_clients[std::size_t(i)].handle, nullptr, m_topic.c_str(), m_qos);
    }
    const auto deadline = SteadyClock::now() + std::chrono::milliseconds(kTimeoutMs);
    while (m_subscribed < subscribers) {
        if (SteadyClock::now() > deadline) {
            *error = "only " + std::to_string(m_subscribed) + " subscriptions were acknowledged";
            return false;
        }
        pump(100);
    }
    return true;
}

bool MqttFanout::round(int index, Receipts &receipts, std::string *error)
{
    mosquitto *publisher = m_clients.back().handle;
    const int acknowledgedBefore = m_acknowledged;
    m_receipts = &receipts;
    receipts.begin();
    mosquitto_publish(publisher, nullptr, m_topic.c_str(), int(m_payload.size()), m_payload.data(), m_qos, false);
    if (mosquitto_want_write(publisher))
        mosquitto_loop_write(publisher, 1);
    const auto deadline = SteadyClock::now() + std::chrono::milliseconds(kTimeoutMs);
    while (!receipts.complete() || m_acknowledged == acknowledgedBefore) {
        if (SteadyClock::now() > deadline) {
            *error = "round " + std::to_string(index) + ": only " + std::to_string(receipts.count())
                + " subscribers got the message";
            return false;
        }
        pump(100);
    }
    m_receipts = nullptr;
    return true;
}

} // namespace presso::bench
