#pragma once

#include "languagecodes.h"

#include <QLocale>
#include <QString>
#include <QStringList>

namespace presso::language {

// The screens' language: presso's translations (embedded under :/i18n), and the default
// QLocale that numbers and times are written in.

// The test language: every sentence accented and 40 % longer, to show what is cut off.
inline constexpr char kPseudo[] = "pseudo";

// Whether code names a shipped language or the pseudo-locale; "de_AT" is German.
bool isAvailable(const QString &code);
// The shipped language closest to the system's, English when none is.
QString systemDefault();

// Installs presso's translation for code (empty: systemDefault()) in place of the one
// before, and makes its locale the default. False, with English in place, when code is
// not available. Widgets made afterwards speak it; those alive get a LanguageChange.
bool use(const QString &code);
// The language in use, as use() was given it ("de", "pseudo").
QString current();
// The locale of a language code ("pseudo" writes numbers and times as English does).
QLocale localeOf(const QString &code);

} // namespace presso::language
