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
    // The high-contrast look: black on white, and colours deep enough for white words on
    // them (WCAG AAA, 7:1). The default look's colours are theme.h's.
    static const QList<QColor> normal{kCream, kPaper, kEspresso, kCrema, kRoast, kMuted, kReady, kWarning, kAlert, kFocus};
    static const QList<QColor> high{QColor(0xff, 0xff, 0xff), QColor(0xff, 0xff, 0xff), QColor(0x00, 0x00, 0x00),
                                    QColor(0x6b, 0x36, 0x00), QColor(0x00, 0x00, 0x00), QColor(0x3d, 0x3d, 0x3d),
                                    QColor(0x00, 0x55, 0x00), QColor(0x8a, 0x4b, 0x00), QColor(0x9e, 0x00, 0x00),
                                    QColor(0x00, 0x5f, 0xd6)};
    const QList<QColor> &colours = look.highContrast ? high : normal;
    QColor *targets[] = {&kCream, &kPaper, &kEspresso, &kCrema, &kRoast, &kMuted, &kReady, &kWarning, &kAlert, &kFocus};
    for (int i = 0; i < int(std::size(targets)); ++i)
        *targets[i] = colours.at(i);
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
