#pragma once

#include <QString>

namespace presso::secrets {

// A new secret of `bytes` random bytes from the system's cryptographic source,
// as unpadded base64url.
QString randomToken(int bytes = 32);
// A code of `length` characters of A-Z a-z 0-9 _ - from the cryptographic source.
QString randomCode(int length);
// SHA-256 of the token, hex: what is stored instead of the token.
QString hashToken(const QString &token);
// Encrypts secret with a key stream derived from key and context (HMAC-SHA256), as
// base64url: stored beside data that must not give the secret away without the key.
// Each (key, context) pair must seal one secret only.
QString seal(const QString &key, const QString &context, const QString &secret);
// The secret sealed with the same key and context (garbage for a wrong key).
QString unseal(const QString &key, const QString &context, const QString &sealed);
// Compares without an early exit, so timing does not reveal how much matched.
bool constantTimeEquals(const QString &a, const QString &b);

} // namespace presso::secrets
