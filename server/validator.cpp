#include "validator.h"

#include "secrets.h"
#include "serverlogging.h"

namespace presso {

Validator::Validator(CodesStore &storage, Clock &clock, ConfigService &config, EventLog &events)
    : m_storage(storage)
    , m_clock(clock)
    , m_config(config)
    , m_events(events)
{
}

qint64 Validator::bucketAt(Millis ms) const
{
    return ms / (qint64(m_config.shop().codeIntervalSec) * 1000);
}

Millis Validator::nextBucketStart(Millis ms) const
{
    const qint64 interval = qint64(m_config.shop().codeIntervalSec) * 1000;
    return (bucketAt(ms) + 1) * interval;
}

QrCode Validator::current()
{
    const qint64 bucket = bucketAt(m_clock.now());
    if (auto existing = m_storage.code(bucket))
        return withUrl(*existing);
    const ShopSettings &shop = m_config.shop();
    QrCode qr;
    qr.bucket = bucket;
    qr.code = secrets::randomCode(QrCode::kCodeLength);
    qr.url = QrCode::urlFor(shop.orderUrl, qr.code);
    qr = withUrl(qr);
    qr.startsAt = bucket * qint64(shop.codeIntervalSec) * 1000;
    qr.endsAt = qr.startsAt + qint64(shop.codeIntervalSec) * 1000;
    qr.tokensTotal = shop.drinksPerCode;
    qr.tokensLeft = shop.drinksPerCode;
    if (!m_storage.insertCode(qr)) {
        // Another server on the same database made this bucket's code while we did:
        // every server shows that one, and only its maker announces it.
        if (auto theirs = m_storage.code(bucket))
            return withUrl(*theirs);
        throw StorageError("the code of bucket " + std::to_string(bucket) + " vanished");
    }
    m_events.append(m_config.shopId(), EventType::NewCode, qr.toJson());
    qCDebug(lcValidator) << "new code for bucket" << bucket;
    return qr;
}

QrCode Validator::withUrl(QrCode qr) const
{
    const ShopSettings &shop = m_config.shop();
    // The command line does not know the server's address (an empty publicUrl): it
    // leaves the URL as it is, and the server puts it right when it reloads.
    if (!shop.phoneOrdering || !shop.publicUrl.isEmpty())
        qr.url = shop.qrUrl(qr.code);
    return qr;
}

void Validator::applySettings()
{
    apply(true);
}

void Validator::applyDrinkCount()
{
    apply(false);
}

void Validator::apply(bool url)
{
    const qint64 bucket = bucketAt(m_clock.now());
    const auto existing = m_storage.code(bucket);
    if (!existing)
        return;
    const int total = m_config.shop().drinksPerCode;
    const bool urlChanged = url && withUrl(*existing).url != existing->url;
    if (existing->tokensTotal == total && !urlChanged)
        return;
    if (existing->tokensTotal != total)
        m_storage.setCodeTokens(bucket, total);
    if (urlChanged)
        m_storage.setCodeUrl(bucket, withUrl(*existing).url);
    if (const auto updated = m_storage.code(bucket))
        m_events.append(m_config.shopId(), EventType::NewCode, withUrl(*updated).toJson());
}

Result<QrCode> Validator::check(const QString &code)
{
    const QrCode qr = current();
    if (!secrets::constantTimeEquals(QrCode::codeFromScan(code), qr.code))
        return Error{ErrorCode::InvalidCode, QStringLiteral("This code is not valid any more: scan the code on the screen now")};
    if (qr.tokensLeft <= 0)
        return Error{ErrorCode::NoTokens, QStringLiteral("This code's drinks are all taken: a new code appears at %1")
                                              .arg(isoFromMillis(qr.endsAt))};
    return qr;
}

Result<int> Validator::take(const QrCode &qr, const OrderId &order)
{
    if (!m_storage.takeToken(qr.bucket))
        return Error{ErrorCode::NoTokens, QStringLiteral("This code's drinks are all taken")};
    const int left = m_storage.code(qr.bucket).value_or(qr).tokensLeft;
    m_events.append(m_config.shopId(), EventType::NewOrder, QJsonObject{{QStringLiteral("orderId"), order.value},
                                                     {QStringLiteral("bucket"), qr.bucket},
                                                     {QStringLiteral("tokensLeft"), left}});
    return left;
}

} // namespace presso
