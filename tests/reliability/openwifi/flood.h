#pragma once

#include "rawws.h"

#include <QObject>
#include <QTimer>
#include <atomic>
#include <memory>
#include <vector>

namespace presso::test {

// A flood from many addresses (127.0.0.2 …), run on a thread of its own so that the
// server's thread does only the server's work while the bar's answer times are taken.
// From each address: `hellos` customer hellos with no token and `guesses` pairing hellos
// with a wrong code, in waves of `wave` addresses whose connections go all at once.
class Flood : public QObject
{
public:
    // What one connection got: ok, or the error code, and the close code (-1: none).
    struct Outcome
    {
        bool ok = false;
        QString code;
        int closeCode = -1;
    };

    Flood(const QUrl &server, int addresses, int hellos, int guesses, const QString &wrongCode, int wave)
        : m_server(server), m_addresses(addresses), m_hellos(hellos), m_guesses(guesses), m_wrong(wrongCode), m_wave(wave)
    {
    }

    // Call on the flood's thread (QMetaObject::invokeMethod); finished() once all is answered.
    void run() { openWave(); }
    bool finished() const { return m_finished; }
    // By address, customers first: [address * hellos + i]; valid once finished().
    const std::vector<Outcome> &customers() const { return m_customerOutcomes; }
    const std::vector<Outcome> &guesses() const { return m_guessOutcomes; }

private:
    void openWave()
    {
        const int end = std::min(m_addresses, m_nextAddress + m_wave);
        for (; m_nextAddress < end; ++m_nextAddress) {
            const QHostAddress from(QStringLiteral("127.0.%1.%2").arg(m_nextAddress / 200).arg(m_nextAddress % 200 + 2));
            for (int i = 0; i < m_hellos + m_guesses; ++i) {
                auto ws = std::make_unique<RawWs>(m_server, from);
                QJsonObject args{{QStringLiteral("protocol"), 1}};
                if (i < m_hellos)
                    args.insert(QStringLiteral("role"), QStringLiteral("customer"));
                else
                    args.insert(QStringLiteral("pair"), QJsonObject{{QStringLiteral("code"), m_wrong}});
                ws->hello(args);
                connect(ws.get(), &RawWs::finished, this, [this] { check(); });
                connect(ws.get(), &RawWs::textReceived, this, [this] { check(); });
                ws->open();
                (i < m_hellos ? m_customers : m_guessing).push_back(std::move(ws));
            }
        }
    }

    // Done: in with a token, or refused and closed.
    static bool answered(const RawWs &ws) { return ws.isFinished() || ws.firstResponse().value(QStringLiteral("ok")).toBool(); }

    void check()
    {
        const auto all = [](const auto &list) { return std::all_of(list.cbegin(), list.cend(), [](const auto &w) { return answered(*w); }); };
        if (!all(m_customers) || !all(m_guessing))
            return;
        record(m_customers, m_customerOutcomes);
        record(m_guessing, m_guessOutcomes);
        if (m_nextAddress < m_addresses)
            return openWave();
        // Deleted on this thread, where they live, and once back in the event loop: this
        // runs inside a signal of one of them.
        QTimer::singleShot(0, this, [this] {
            m_kept.clear();
            m_finished = true;
        });
    }

    void record(std::vector<std::unique_ptr<RawWs>> &wave, std::vector<Outcome> &into)
    {
        for (const auto &ws : wave) {
            const QJsonObject r = ws->firstResponse();
            into.push_back({r.value(QStringLiteral("ok")).toBool(),
                            r.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(), ws->closeCode()});
            ws->disconnect(this);
        }
        // Kept open (the customers let in hold their places) until the flood ends.
        for (auto &ws : wave)
            m_kept.push_back(std::move(ws));
        wave.clear();
    }

    QUrl m_server;
    int m_addresses, m_hellos, m_guesses;
    QString m_wrong;
    int m_wave;
    int m_nextAddress = 0;
    std::vector<std::unique_ptr<RawWs>> m_customers, m_guessing;
    std::vector<std::unique_ptr<RawWs>> m_kept;
    std::vector<Outcome> m_customerOutcomes, m_guessOutcomes;
    std::atomic<bool> m_finished = false;
};

} // namespace presso::test
