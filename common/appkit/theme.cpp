#include "theme.h"

#include <QApplication>
#include <QPalette>
#include <QProxyStyle>
#include <QStyleFactory>

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
} // namespace

QFont font(int pixelSize, QFont::Weight weight)
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setStyleHint(QFont::SansSerif);
    f.setPixelSize(std::max(1, pixelSize));
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
