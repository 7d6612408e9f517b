#pragma once

#include <QSize>

class QObject;

namespace presso::test {

// Runs a Qt Test object in a QApplication on a real X server of its own (Xvfb, one screen
// of the given size, no window manager: as on a kiosk or a TV), or, where Xvfb is not
// installed, on the offscreen platform with one screen of that size. Use from main().
int runOnScreen(QObject &test, int argc, char **argv, QSize screen);

} // namespace presso::test
