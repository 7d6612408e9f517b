#pragma once

#include <QString>
#include <QStringList>

class QWidget;

namespace presso::test {

// Checks on a shown window that a translation can break, and the pictures that show it.

// Every visible label, button and check box whose words do not fit inside it (cut off at
// an edge, or wrapped below its bottom), described for a failure message.
QStringList cutOff(QWidget &window);

// In the pseudo-locale, every visible text that was not translated: it has letters but
// no pseudo-locale padding, and is not data (a drink, a customer's name, an address).
QStringList untranslated(QWidget &window, const QStringList &data);

// Saves the window's picture as build's tests/i18n/screens/<language>/<name>.png.
bool saveScreen(QWidget &window, const QString &language, const QString &name);

} // namespace presso::test
