#include "keyboardreach.h"

#include "theme.h"

#include <QKeyEvent>
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

FocusTrap::FocusTrap(QWidget *overlay, const QList<QWidget *> &controls)
    : QObject(overlay)
    , m_overlay(overlay)
{
    overlay->installEventFilter(this);
    for (QWidget *w : controls) {
        m_controls << w;
        w->installEventFilter(this);
    }
}

bool FocusTrap::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_overlay && event->type() == QEvent::Show) {
        QWidget *focused = m_overlay->window()->focusWidget();
        if (focused && !m_overlay->isAncestorOf(focused))
            m_before = focused;
        if (!m_controls.isEmpty() && m_controls.first())
            m_controls.first()->setFocus(Qt::OtherFocusReason);
    } else if (watched == m_overlay && event->type() == QEvent::Hide) {
        if (m_before && m_before->isVisible() && m_before->isEnabled())
            m_before->setFocus(Qt::OtherFocusReason);
        m_before.clear();
    } else if (event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        const auto modifiers = static_cast<QKeyEvent *>(event)->modifiers();
        if (key == Qt::Key_Backtab || (key == Qt::Key_Tab && (modifiers & Qt::ShiftModifier))) {
            move(static_cast<QWidget *>(watched), false);
            return true;
        }
        if (key == Qt::Key_Tab) {
            move(static_cast<QWidget *>(watched), true);
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

void FocusTrap::move(QWidget *from, bool forward)
{
    const qsizetype n = m_controls.size();
    const qsizetype at = m_controls.indexOf(from);
    for (qsizetype step = 1; step <= n; ++step) {
        QWidget *next = m_controls.at(((at + (forward ? step : -step)) % n + n) % n);
        if (next && next->isVisible() && next->isEnabled()) {
            next->setFocus(forward ? Qt::TabFocusReason : Qt::BacktabFocusReason);
            return;
        }
    }
}

} // namespace presso::keys
