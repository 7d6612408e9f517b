#include "onscreenkeyboard.h"

#include <QByteArray>
#include <cstring>

namespace presso {

bool chooseOnScreenKeyboard(int argc, char **argv, bool onByDefault)
{
    if (qEnvironmentVariableIsSet("QT_IM_MODULE"))
        return qgetenv("QT_IM_MODULE") == "qtvirtualkeyboard";
    bool on = onByDefault;
    for (int i = 1; i < argc; ++i) {
        if (!std::strcmp(argv[i], "--on-screen-keyboard"))
            on = true;
        else if (!std::strcmp(argv[i], "--no-on-screen-keyboard"))
            on = false;
    }
    if (on)
        useOnScreenKeyboard();
    return on;
}

void useOnScreenKeyboard()
{
    qputenv("QT_IM_MODULE", "qtvirtualkeyboard");
}

} // namespace presso
