#pragma once

#include <QString>

namespace presso {

// The QR symbol of text for a terminal: two module rows per line in half-block
// characters (dark modules drawn, light ones blank), with a four-module quiet zone.
// ansi: black on bright white escapes around each line, so that the symbol is dark on
// light whatever the terminal's colours; without them (a file, a pipe) it reads as
// dark on light on paper or in an editor.
QString qrText(const QString &text, bool ansi);

} // namespace presso
