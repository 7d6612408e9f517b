#pragma once

#include <QPushButton>

namespace presso {

// A push button whose words shrink, down to 60 % of its font, rather than being cut off
// when a layout gives it less room than it asked for: a long translation, large text, a
// narrow column. Its font and size hint stay as set; only the painting shrinks.
class FitButton : public QPushButton
{
    Q_OBJECT
public:
    explicit FitButton(const QString &text, QWidget *parent = nullptr);

    QSize minimumSizeHint() const override;
    // Whether the words fit at the size they are painted in.
    bool textFits() const;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    // The room the style leaves for the words (stylesheet padding and the icon deducted).
    int room() const;
    int widestLine(const QFont &font) const;
    QFont fittedFont() const;
};

} // namespace presso
