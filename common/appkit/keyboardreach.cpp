#include "keyboardreach.h"

#include "theme.h"

#include <QLayout>
#include <QWidget>

namespace presso::keys {

void chain(const QList<QWidget *> &widgets)
{
    QWidget *previous = nullptr;
    for (QWidget *w : widgets) {
        if (!w)
            continue;
        if (previous)
            QWidget::setTabOrder(previous, w);
        previous = w;
    }
}

QList<QWidget *> widgetsIn(const QLayout *layout)
{
    QList<QWidget *> found;
    for (int i = 0; layout && i < layout->count(); ++i) {
        QLayoutItem *item = layout->itemAt(i);
        if (item->widget())
            found << item->widget();
        else if (item->layout())
            found << widgetsIn(item->layout());
    }
    return found;
}

QString focusRing(const QString &selector, int width)
{
    return QStringLiteral("%1:focus { border: %2px solid %3; }").arg(selector).arg(width).arg(theme::kFocus.name());
}

} // namespace presso::keys
