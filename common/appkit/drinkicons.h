#pragma once

#include <QPixmap>
#include <QString>

namespace presso {

// A menu icon ("latte", ...) rendered from the bundled SVG at side x side device
// pixels; presso's own mark when the menu names an icon this build does not have.
QPixmap drinkPixmap(const QString &icon, int side);

} // namespace presso
