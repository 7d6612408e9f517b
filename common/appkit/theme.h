#pragma once

#include <QColor>
#include <QFont>

class QApplication;

namespace presso::theme {

// presso's look, shared by every screen: warm coffee colours, big type, high contrast.
inline const QColor kCream{0xfb, 0xf7, 0xf1};
inline const QColor kPaper{0xff, 0xff, 0xff};
inline const QColor kEspresso{0x3b, 0x2a, 0x20};
inline const QColor kCrema{0xc8, 0x89, 0x4a};
inline const QColor kRoast{0x2a, 0x1f, 0x1a};
inline const QColor kMuted{0x7a, 0x6a, 0x5e};
inline const QColor kReady{0x2e, 0x7d, 0x32};
inline const QColor kWarning{0xf2, 0x9d, 0x0b};
inline const QColor kAlert{0xc6, 0x28, 0x28};

// Palette, default font and widget style for an app.
void apply(QApplication &app);

// A font of the given pixel size and weight, in presso's family.
QFont font(int pixelSize, QFont::Weight weight = QFont::Normal);

} // namespace presso::theme
