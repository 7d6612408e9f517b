#pragma once

#include "event.h"

#include <QStringView>

namespace presso {

// An event frame's envelope read without decoding its detail: seq, detail-type, id and
// time, checked as decodeServerFrame checks them, and an empty detail, which is only
// skipped over (balanced brackets, whole strings). For a client that acts on a few
// detail-types and only counts the rest: decoding every detail into a QJsonObject was
// most of what such a client spent per frame. Null for anything else (a response, an
// escape in a field it reads, any doubt): decodeServerFrame then decodes it, and reports
// what is wrong with it.
std::optional<EventFrame> peekEventFrame(QStringView text);

} // namespace presso
