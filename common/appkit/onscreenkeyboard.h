#pragma once

#include <functional>

class QObject;

namespace presso {

// Qt Virtual Keyboard for the text fields of a touch screen (the kiosk's name field, the
// setup screens). Chosen before QApplication exists, since Qt picks its input method once:
// on when the app says so by default or --on-screen-keyboard is given, off with
// --no-on-screen-keyboard, and left alone when QT_IM_MODULE is set (someone chose already).
// Returns whether the keyboard is on.
bool chooseOnScreenKeyboard(int argc, char **argv, bool onByDefault);

// Turns it on for this process (before QApplication exists).
void useOnScreenKeyboard();

// The on-screen keyboard covers the bottom of the screen: calls makeRoom with its height
// each time it shows, moves or goes (0), for as long as owner lives, so that a page can
// keep its field and its button in sight above it.
void followKeyboard(QObject *owner, std::function<void(int keyboardHeight)> makeRoom);

} // namespace presso
