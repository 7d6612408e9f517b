#include "fitbutton.h"

#include <QStyleOptionButton>
#include <QStylePainter>

namespace presso {

namespace {
constexpr int kSmallestPercent = 60;
}

FitButton::FitButton(const QString &text, QWidget *parent)
    : QPushButton(text, parent)
{
}

int FitButton::room() const
{
    QStyleOptionButton opt;
    initStyleOption(&opt);
    const QRect contents = style()->subElementRect(QStyle::SE_PushButtonContents, &opt, this);
    int width = contents.width();
    if (!icon().isNull())
        width -= iconSize().width() + 4;
    // Words keep a quarter of their height clear of each edge, however little padding a
    // stylesheet gives the button: shrunk to fit, they never run from edge to edge.
    const int base = font().pixelSize() > 0 ? font().pixelSize() : QFontInfo(font()).pixelSize();
    const int clear = std::max(2, base / 4);
    width -= std::max(0, clear - (contents.left() - rect().left()));
    width -= std::max(0, clear - (rect().right() - contents.right()));
    return width;
}

int FitButton::widestLine(const QFont &font) const
{
    const QFontMetrics fm(font);
    int widest = 0;
    for (const QString &line : text().split(QLatin1Char('\n')))
        widest = std::max(widest, fm.horizontalAdvance(line));
    return widest;
}

QFont FitButton::fittedFont() const
{
    QFont f = font();
    const int base = f.pixelSize() > 0 ? f.pixelSize() : QFontInfo(f).pixelSize();
    const int available = room();
    for (int size = base; size >= base * kSmallestPercent / 100; --size) {
        f.setPixelSize(size);
        if (widestLine(f) <= available)
            break;
    }
    return f;
}

bool FitButton::textFits() const
{
    return widestLine(fittedFont()) <= room();
}

QSize FitButton::minimumSizeHint() const
{
    // As narrow as the words at their smallest, so that a crowded row shares its room
    // instead of pushing past the screen's edge.
    QSize size = QPushButton::minimumSizeHint();
    QFont smallest = font();
    const int base = smallest.pixelSize() > 0 ? smallest.pixelSize() : QFontInfo(smallest).pixelSize();
    smallest.setPixelSize(std::max(1, base * kSmallestPercent / 100));
    const int saved = widestLine(font()) - widestLine(smallest);
    size.setWidth(std::max(minimumWidth(), size.width() - std::max(0, saved)));
    return size;
}

void FitButton::paintEvent(QPaintEvent *)
{
    QStylePainter p(this);
    QStyleOptionButton opt;
    initStyleOption(&opt);
    const QFont f = fittedFont();
    p.setFont(f);
    opt.fontMetrics = QFontMetrics(f);
    p.drawControl(QStyle::CE_PushButton, opt);
}

} // namespace presso
