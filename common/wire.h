#pragma once

#include <QtGlobal>

namespace presso::wire {

// The fixed points of the wire (protocol.md), each written once for the server, the apps
// and the robot.
// The WebSocket subprotocol, and the version hello says.
inline constexpr char kSubprotocol[] = "presso.v1";
inline constexpr int kProtocolVersion = 1;
// Where a server listens unless told otherwise, and where a device looks when a person
// types an address without a port.
inline constexpr quint16 kDefaultPort = 8770;
// How long after it ended an order may still be recalled (order.recall).
inline constexpr qint64 kRecallWindowMs = 60'000;

} // namespace presso::wire
