#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

class QLayout;
class QWidget;

namespace presso::keys {

// Reaching every control by keyboard: a bump bar, switch access or a keyboard at the
// counter, in the order the eye reads the screen.

// Tab goes through these in this order; nulls are left out (Qt skips hidden ones).
void chain(const QList<QWidget *> &widgets);
// The widgets of a layout and the layouts in it, in their order.
QList<QWidget *> widgetsIn(const QLayout *layout);
// A style sheet rule that rings the focused control, seen on light and dark buttons.
QString focusRing(const QString &selector, int width = 4);

// Keeps Tab and Shift+Tab among an overlay's controls while it shows (a question over
// the whole screen: what is behind it cannot be seen, so it must not be reached), puts
// the focus on the first when it opens, and gives it back to where it was when it closes.
class FocusTrap : public QObject
{
public:
    // controls: the overlay's own, in Tab order; the first is the safe answer.
    FocusTrap(QWidget *overlay, const QList<QWidget *> &controls);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void move(QWidget *from, bool forward);

    QWidget *m_overlay;
    QList<QPointer<QWidget>> m_controls;
    QPointer<QWidget> m_before;
};

} // namespace presso::keys
