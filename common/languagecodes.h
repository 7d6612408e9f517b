#pragma once

#include <QStringList>

namespace presso::language {

// The languages presso ships, as --language and the shop's `languages` setting take
// them: "en", "de", "es", "pt_BR". The server checks the setting against this list,
// the screens load their translations by it.
QStringList shipped();

} // namespace presso::language
