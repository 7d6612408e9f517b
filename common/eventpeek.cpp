#include "eventpeek.h"

#include "frames.h"

#include <QVarLengthArray>

namespace presso {

namespace {

// Reads JSON text forward without building anything.
class Scanner
{
public:
    explicit Scanner(QStringView text) : m_text(text) {}

    bool take(char16_t c)
    {
        skipSpace();
        if (m_at < m_text.size() && m_text[m_at] == c) {
            ++m_at;
            return true;
        }
        return false;
    }
    bool atEnd()
    {
        skipSpace();
        return m_at == m_text.size();
    }
    // A string without escapes, at most maxLength long; null for anything else.
    std::optional<QStringView> plainString(qsizetype maxLength)
    {
        if (!take(u'"'))
            return std::nullopt;
        const qsizetype start = m_at;
        for (; m_at < m_text.size(); ++m_at) {
            const char16_t c = m_text[m_at].unicode();
            if (c == u'"') {
                const QStringView s = m_text.sliced(start, m_at++ - start);
                return s.size() <= maxLength ? std::optional(s) : std::nullopt;
            }
            if (c == u'\\' || c < 0x20)
                return std::nullopt;
        }
        return std::nullopt;
    }
    // Plain digits, as the server writes a seq.
    std::optional<qint64> integer()
    {
        skipSpace();
        qint64 n = 0;
        const qsizetype start = m_at;
        for (; m_at < m_text.size() && m_at - start < 17; ++m_at) {
            const char16_t c = m_text[m_at].unicode();
            if (c < u'0' || c > u'9')
                break;
            n = n * 10 + (c - u'0');
        }
        return m_at > start ? std::optional(n) : std::nullopt;
    }
    // Any value, up to the comma or bracket after it: strings whole, brackets balanced.
    bool skipValue()
    {
        skipSpace();
        QVarLengthArray<char16_t, 16> open;
        while (m_at < m_text.size()) {
            const char16_t c = m_text[m_at].unicode();
            if (c == u'"') {
                if (!skipString())
                    return false;
                continue;
            }
            if ((c == u',' || c == u'}' || c == u']') && open.isEmpty())
                return true;
            if (c == u'{' || c == u'[') {
                open.append(c == u'{' ? u'}' : u']');
            } else if (c == u'}' || c == u']') {
                if (open.last() != c)
                    return false;
                open.removeLast();
            }
            ++m_at;
        }
        return false;
    }
    bool at(char16_t c)
    {
        skipSpace();
        return m_at < m_text.size() && m_text[m_at] == c;
    }

private:
    void skipSpace()
    {
        while (m_at < m_text.size() && (m_text[m_at] == u' ' || m_text[m_at] == u'\n' || m_text[m_at] == u'\r'
                                        || m_text[m_at] == u'\t'))
            ++m_at;
    }
    bool skipString()
    {
        for (++m_at; m_at < m_text.size(); ++m_at) {
            const char16_t c = m_text[m_at].unicode();
            if (c == u'\\')
                ++m_at;
            else if (c == u'"')
                return ++m_at, true;
            else if (c < 0x20)
                return false;
        }
        return false;
    }

    QStringView m_text;
    qsizetype m_at = 0;
};

// Once each: a repeated key is a doubt.
bool firstTime(unsigned &seen, unsigned bit)
{
    if (seen & bit)
        return false;
    seen |= bit;
    return true;
}

// The event object, as Event::fromJson checks it, with the detail skipped.
bool readEnvelope(Scanner &s, Event &event)
{
    enum : unsigned { Version = 1, Id = 2, Source = 4, Type = 8, Time = 16, Detail = 32 };
    unsigned seen = 0;
    if (!s.take(u'{'))
        return false;
    do {
        const auto key = s.plainString(64);
        if (!key || !s.take(u':'))
            return false;
        if (*key == u"version") {
            const auto v = s.plainString(10);
            if (!v || *v != u"1" || !firstTime(seen, Version))
                return false;
        } else if (*key == u"id") {
            const auto v = s.plainString(64);
            if (!v || !firstTime(seen, Id))
                return false;
            event.id = v->toString();
        } else if (*key == u"source") {
            const auto v = s.plainString(64);
            if (!v || *v != u"presso" || !firstTime(seen, Source))
                return false;
        } else if (*key == u"detail-type") {
            const auto v = s.plainString(64);
            const auto type = v ? eventTypeFromName(v->toString()) : std::nullopt;
            if (!type || !firstTime(seen, Type))
                return false;
            event.type = *type;
        } else if (*key == u"time") {
            const auto v = s.plainString(64);
            const auto time = v ? millisFromIso(v->toString()) : std::nullopt;
            if (!time || !firstTime(seen, Time))
                return false;
            event.time = *time;
        } else if (*key == u"detail") {
            if (!s.at(u'{') || !s.skipValue() || !firstTime(seen, Detail))
                return false;
        } else if (!s.skipValue()) {
            return false;
        }
    } while (s.take(u','));
    return s.take(u'}') && seen == (Version | Id | Source | Type | Time | Detail);
}

} // namespace

std::optional<EventFrame> peekEventFrame(QStringView text)
{
    if (text.size() > limits::kMaxServerFrameBytes)
        return std::nullopt;
    enum : unsigned { Type = 1, Seq = 2, Envelope = 4 };
    unsigned seen = 0;
    EventFrame frame;
    Scanner s(text);
    if (!s.take(u'{'))
        return std::nullopt;
    do {
        const auto key = s.plainString(64);
        if (!key || !s.take(u':'))
            return std::nullopt;
        if (*key == u"type") {
            const auto v = s.plainString(16);
            if (!v || *v != u"event" || !firstTime(seen, Type))
                return std::nullopt;
        } else if (*key == u"seq") {
            const auto seq = s.integer();
            if (!seq || *seq < 1 || *seq > (qint64(1) << 52) || !firstTime(seen, Seq))
                return std::nullopt;
            frame.seq = *seq;
        } else if (*key == u"event") {
            if (!readEnvelope(s, frame.event) || !firstTime(seen, Envelope))
                return std::nullopt;
        } else if (!s.skipValue()) {
            return std::nullopt;
        }
    } while (s.take(u','));
    if (!s.take(u'}') || !s.atEnd() || seen != (Type | Seq | Envelope))
        return std::nullopt;
    return frame;
}

} // namespace presso
