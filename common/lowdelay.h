#pragma once

class QAbstractSocket;
class QObject;
class QWebSocket;

namespace presso {

// Turns off Nagle's algorithm on a connected WebSocket's TCP socket. Without it a small
// frame written while the previous one is unacknowledged waits for the peer's delayed
// ACK, up to 40 ms on Linux: a response or event late by that much at random.
// QWebSocket does not expose its socket: a client's is its child, and a server's stays
// with the QWebSocketServer that accepted it (pass it as acceptedBy). Returns false if
// the socket is not found (a Qt that builds its sockets differently).
bool setLowDelay(QWebSocket *socket, const QObject *acceptedBy = nullptr);
// The TCP socket under a WebSocket, found as setLowDelay() finds it, or null.
QAbstractSocket *tcpSocketOf(QWebSocket *socket, const QObject *acceptedBy = nullptr);
// The same on a TCP socket of one's own (the server's HTTP front accepts the
// connection itself and turns it off before the WebSocket handshake).
bool setTcpLowDelay(QAbstractSocket *tcp);

} // namespace presso
