#pragma once

#include <QLabel>

namespace presso {

// Text that comes from outside (customer names, drinks, modifiers, device names, server
// messages) is shown exactly as typed. QLabel would otherwise guess that "<b>Ana</b>" is
// markup and render it, and a button would take the '&' in "Salt & Honey" for a shortcut.

// A label that never interprets its text as markup.
inline QLabel *plainLabel(const QString &text = QString(), QWidget *parent = nullptr)
{
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    return label;
}

// Outside text for a button or tab: its ampersands are shown, not made shortcuts.
inline QString buttonText(QString outside)
{
    return outside.replace(QLatin1Char('&'), QStringLiteral("&&"));
}

} // namespace presso
