#pragma once

#include "configservice.h"

namespace presso {

// Owns the admission codes: one per time bucket, made lazily from a cryptographic
// source and shared by every display, each admitting drinksPerCode orders.
class Validator
{
public:
    Validator(CodesStore &storage, Clock &clock, ConfigService &config, EventLog &events);

    qint64 bucketAt(Millis ms) const;
    Millis nextBucketStart(Millis ms) const;

    // The current bucket's code, made (and announced with Validator.NewCode) if this is
    // the first time anyone asks. In a transaction.
    QrCode current();
    // INVALID_CODE unless code is the current bucket's; NO_TOKENS when it is used up.
    Result<QrCode> check(const QString &code);
    // Takes a token of a checked code and announces Validator.NewOrder. Returns the
    // tokens left, or NO_TOKENS if someone else took the last one.
    Result<int> take(const QrCode &code, const OrderId &order);
    // After a settings change: a new drinksPerCode applies to the current code at once
    // (the owner raising it for a rush means now), and so does a new URL (phoneOrdering,
    // publicUrl), each announced as Validator.NewCode.
    void applySettings();
    // Only the drink count: a server may have made the code before it saw new settings.
    // (Its URL stays the maker's: servers' default publicUrls differ.)
    void applyDrinkCount();

private:
    void apply(bool url);
    // The code with the URL that the settings in effect give it.
    QrCode withUrl(QrCode qr) const;

    CodesStore &m_storage;
    Clock &m_clock;
    ConfigService &m_config;
    EventLog &m_events;
};

} // namespace presso
