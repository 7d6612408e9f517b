#pragma once

#include <QLabel>
#include <QWidget>

namespace presso::test {

// Names a screen must show exactly as typed: a heading, and a script hidden in markup.
inline QString headingName() { return QStringLiteral("<h1>BIG</h1>"); }
inline QString scriptName() { return QStringLiteral("<img src=x onerror=alert(1)>"); }

// The visible labels under root whose text contains `text`.
inline QList<QLabel *> labelsShowing(const QWidget &root, const QString &text)
{
    QList<QLabel *> found;
    for (QLabel *label : root.findChildren<QLabel *>()) {
        if (label->isVisibleTo(&root) && label->text().contains(text))
            found << label;
    }
    return found;
}

// True when some label shows `text` and every label that shows it reads it as plain text.
inline bool shownAsText(const QWidget &root, const QString &text)
{
    const QList<QLabel *> labels = labelsShowing(root, text);
    return !labels.isEmpty()
           && std::all_of(labels.cbegin(), labels.cend(), [](QLabel *l) { return l->textFormat() == Qt::PlainText; });
}

} // namespace presso::test
