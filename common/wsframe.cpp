#include "wsframe.h"

#include <QtEndian>

namespace presso {

TextFrame TextFrame::of(const QByteArray &utf8)
{
    constexpr char kFinText = char(0x81);
    const quint64 size = quint64(utf8.size());
    QByteArray wire;
    wire.reserve(utf8.size() + 10);
    wire.append(kFinText);
    if (size < 126) {
        wire.append(char(size));
    } else if (size <= 0xffff) {
        wire.append(char(126));
        char length[2];
        qToBigEndian(quint16(size), length);
        wire.append(length, 2);
    } else {
        wire.append(char(127));
        char length[8];
        qToBigEndian(size, length);
        wire.append(length, 8);
    }
    wire.append(utf8);
    return TextFrame{utf8, wire};
}

} // namespace presso
