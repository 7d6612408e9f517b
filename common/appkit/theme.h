#pragma once

#include <QColor>
#include <QFont>
#include <QList>
#include <QString>

class QApplication;

namespace presso::theme {

// presso's look, shared by every screen: warm coffee colours, big type, high contrast.
// The colours are those of the look in use (setLook): read them when building a widget.
inline QColor kCream{0xfb, 0xf7, 0xf1};
inline QColor kPaper{0xff, 0xff, 0xff};
inline QColor kEspresso{0x3b, 0x2a, 0x20};
inline QColor kCrema{0xa5, 0x65, 0x2a}; // deep enough for white words on it (WCAG AA)
inline QColor kRoast{0x2a, 0x1f, 0x1a};
inline QColor kMuted{0x7a, 0x6a, 0x5e};
inline QColor kReady{0x2e, 0x7d, 0x32};
inline QColor kWarning{0xf2, 0x9d, 0x0b};
inline QColor kAlert{0xc6, 0x28, 0x28};
inline QColor kFocus{0xf2, 0x9d, 0x0b}; // the ring around the control the keyboard is on

// A setting of the device: larger words (1.25× or 1.5×) and a high-contrast palette.
struct Look
{
    double textScale = 1.0;
    bool highContrast = false;
};
// Chooses the look of every widget made afterwards (call before building a window,
// then apply()); fonts from font() grow by the scale.
void setLook(const Look &look);
Look look();

// Palette, default font and widget style for an app.
void apply(QApplication &app);

// A font of the given pixel size (times the look's text scale) and weight, in presso's family.
QFont font(int pixelSize, QFont::Weight weight = QFont::Normal);

// Every pair of word colour on background colour the screens use, in the look in use:
// what the WCAG 2.1 contrast check measures. large: at least 24 px, or 19 px bold.
struct TextPair
{
    QString where;
    QColor text;
    QColor background;
    bool large = false;
};
QList<TextPair> textPairs();

} // namespace presso::theme
