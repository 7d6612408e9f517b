#pragma once

#include <QString>
#include <QStringList>
#include <functional>

class QWidget;

namespace presso::test {

// A walk through every screen of an app on a real test shop, in the language and look
// in use: each screen, once shown in a telling state, is handed to look() with its name
// and the words on it that are data (drinks, names, the code), not presso's own.
using LookAt = std::function<void(QWidget &window, const QString &name, const QStringList &data)>;

void tourDisplay(const LookAt &look);
void tourKiosk(const LookAt &look);
void tourBarista(const LookAt &look);
void tourSetup(const LookAt &look);

} // namespace presso::test
