#include "theme.h"

#include <QApplication>
#include <QPalette>
#include <QProxyStyle>
#include <QStyleFactory>
#include <cmath>

namespace presso::theme {

namespace {
// Fusion, with one change for touch screens: a text field asks for the on-screen keyboard
// at the first tap, not only at a tap on a field that has the focus already.
class TouchStyle : public QProxyStyle
{
public:
    TouchStyle()
        : QProxyStyle(QStyleFactory::create(QStringLiteral("Fusion")))
    {
    }
    int styleHint(StyleHint hint, const QStyleOption *option, const QWidget *widget, QStyleHintReturn *ret) const override
    {
        if (hint == SH_RequestSoftwareInputPanel)
            return RSIP_OnMouseClick;
        return QProxyStyle::styleHint(hint, option, widget, ret);
    }
};


Look &current()
{
    static Look look;
    return look;
}
} // namespace

void setLook(const Look &look)
{
    current() = look;
    if (look.highContrast) {
        // Black on white, and colours deep enough for white words on them (WCAG AAA, 7:1).
        kCream = kPaper = QColor(0xff, 0xff, 0xff);
        kEspresso = kRoast = QColor(0x00, 0x00, 0x00);
        kCrema = QColor(0x6b, 0x36, 0x00);
        kMuted = QColor(0x3d, 0x3d, 0x3d);
        kReady = QColor(0x00, 0x55, 0x00);
        kWarning = QColor(0x8a, 0x4b, 0x00);
        kAlert = QColor(0x9e, 0x00, 0x00);
        kFocus = QColor(0x00, 0x5f, 0xd6);
    } else {
        kCream = QColor(0xfb, 0xf7, 0xf1);
        kPaper = QColor(0xff, 0xff, 0xff);
        kEspresso = QColor(0x3b, 0x2a, 0x20);
        kCrema = QColor(0xa5, 0x65, 0x2a);
        kRoast = QColor(0x2a, 0x1f, 0x1a);
        kMuted = QColor(0x7a, 0x6a, 0x5e);
        kReady = QColor(0x2e, 0x7d, 0x32);
        kWarning = QColor(0xf2, 0x9d, 0x0b);
        kAlert = QColor(0xc6, 0x28, 0x28);
        kFocus = QColor(0xf2, 0x9d, 0x0b);
    }
}

Look look()
{
    return current();
}

QList<TextPair> textPairs()
{
    const QColor white(Qt::white);
    return {
        {QStringLiteral("words on the window"), kEspresso, kCream},
        {QStringLiteral("words on a card or the code panel"), kEspresso, kPaper},
        {QStringLiteral("quiet words (ages, hints) on the window"), kMuted, kCream},
        {QStringLiteral("quiet words on a card or the code panel"), kMuted, kPaper},
        {QStringLiteral("shop open"), kReady, kCream, true},
        {QStringLiteral("errors and shop closed"), kAlert, kCream},
        {QStringLiteral("buttons and column titles in espresso"), white, kEspresso, true},
        {QStringLiteral("buttons, Making and chosen options in crema"), white, kCrema, true},
        {QStringLiteral("the TV's Making sign"), white, kCrema},
        {QStringLiteral("Ready buttons, columns and a new arrival on the TV"), white, kReady},
        {QStringLiteral("Cancel buttons and the confirmation"), white, kAlert},
        {QStringLiteral("grey buttons (pages, Unmake, Go back)"), white, kMuted, true},
        {QStringLiteral("the camera's words and the pairing scanner"), white, kRoast},
        {QStringLiteral("the connection banner"), white, kAlert, true},
    };
}

namespace {
int scaled(int pixelSize)
{
    return int(std::lround(pixelSize * current().textScale));
}
} // namespace

QFont font(int pixelSize, QFont::Weight weight)
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setStyleHint(QFont::SansSerif);
    f.setPixelSize(std::max(1, scaled(pixelSize)));
    f.setWeight(weight);
    return f;
}

void apply(QApplication &app)
{
    app.setStyle(new TouchStyle);
    QPalette p;
    p.setColor(QPalette::Window, kCream);
    p.setColor(QPalette::WindowText, kEspresso);
    p.setColor(QPalette::Base, kPaper);
    p.setColor(QPalette::AlternateBase, kCream);
    p.setColor(QPalette::Text, kEspresso);
    p.setColor(QPalette::Button, kPaper);
    p.setColor(QPalette::ButtonText, kEspresso);
    p.setColor(QPalette::Highlight, kCrema);
    p.setColor(QPalette::HighlightedText, kPaper);
    p.setColor(QPalette::PlaceholderText, kMuted);
    p.setColor(QPalette::Disabled, QPalette::ButtonText, kMuted);
    p.setColor(QPalette::Disabled, QPalette::Text, kMuted);
    app.setPalette(p);
    app.setFont(font(20));
}

} // namespace presso::theme
