#include "onscreenkeyboard.h"

#include <QByteArray>
#include <QGuiApplication>
#include <QInputMethod>
#include <QRectF>
#include <QTimer>
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

void followKeyboard(QObject *owner, std::function<void(int keyboardHeight)> makeRoom)
{
    QInputMethod *input = QGuiApplication::inputMethod();
    // Applied once the keyboard has settled: moving from one field to another hides and
    // shows it again at once, and a page that moved its fields in between would take the
    // tap away from the field that was tapped.
    auto *settle = new QTimer(owner);
    settle->setSingleShot(true);
    settle->setInterval(0);
    QObject::connect(settle, &QTimer::timeout, owner, [input, makeRoom = std::move(makeRoom)] {
        makeRoom(input->isVisible() ? int(input->keyboardRectangle().height()) : 0);
    });
    const auto later = [settle] { settle->start(); };
    QObject::connect(input, &QInputMethod::keyboardRectangleChanged, owner, later);
    QObject::connect(input, &QInputMethod::visibleChanged, owner, later);
}

} // namespace presso
