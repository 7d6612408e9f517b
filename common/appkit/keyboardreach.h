#pragma once

#include <QList>
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

} // namespace presso::keys
