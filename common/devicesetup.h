#pragma once

#include "result.h"
#include "role.h"

#include <QList>
#include <QString>
#include <QUrl>
#include <optional>

namespace presso {

// What a setup screen reads: the server's address and a pairing code, typed or scanned.
struct PairingTarget
{
    QUrl server; // ws:// or wss://
    QString code;
};

// The pairing URL of a QR symbol (publicUrl + "/pair?code=" + six digits) as the server
// to connect to and the code: http:// becomes ws://, https:// wss://. Nothing for any
// other text (a TV's order code, a web address).
std::optional<PairingTarget> parsePairingUrl(const QString &text);

// What a person types as the server's address: "192.168.1.10", "bar.local:8770",
// "http://…" or "ws://…", as a ws:// or wss:// URL (port 8770 when none is given).
// Nothing when it cannot be an address.
std::optional<QUrl> serverFromTyped(const QString &text);

// The addresses of a shop's servers as a person types them, separated by commas, each
// read as serverFromTyped() does; an address typed twice counts once. Nothing when one
// cannot be an address (*bad: the first such entry) or none is given.
std::optional<QList<QUrl>> serversFromTyped(const QString &text, QString *bad = nullptr);

// Whether text is a pairing code: exactly six digits, spaces allowed between.
std::optional<QString> pairingCodeFromTyped(const QString &text);

// The kind of device a role runs on, in the screen's language ("display", "kiosk").
QString deviceKindText(Role role);

// A refused hello in plain words for the person at the device: what happened and what
// to do, never an error code. appRole: what this app runs as.
QString refusalText(const Error &error, Role appRole);

} // namespace presso
