#pragma once

#include <QString>

namespace presso::test {

// Packet loss on loopback, made by the kernel: the test process moves into a network
// namespace of its own (root only; before any thread starts), brings its lo up, and
// iptables' statistic match drops a share of the TCP packets to or from one port there.
// `tc netem` would be the usual tool, but the kernel of our machines has no netem qdisc.
class LossyNetwork
{
public:
    // Enters a private network namespace; false (and why in error()) if it cannot.
    // Call first thing in main().
    static bool enterPrivateNamespace();
    // Drops `percent` of the packets to and from `port`; false if iptables is missing or
    // refuses.
    static bool dropOnPort(quint16 port, int percent);
    // Packets dropped so far by those rules.
    static qint64 dropped();
    static bool isPrivate() { return s_private; }
    static QString error() { return s_error; }

private:
    static bool run(const QString &program, const QStringList &args, QByteArray *out = nullptr);
    static inline bool s_private = false;
    static inline QString s_error;
};

} // namespace presso::test
