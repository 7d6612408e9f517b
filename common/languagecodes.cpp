#include "languagecodes.h"

namespace presso::language {

QStringList shipped()
{
    return {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("es"), QStringLiteral("pt_BR")};
}

} // namespace presso::language
