#pragma once

#include <QAbstractButton>
#include <QWidget>

namespace presso::test {

// A control found as its user finds it: by the name a screen reader says, or by the
// words on a button. Null when there is none.
template <class W>
W *childNamed(QWidget &in, const QString &accessibleName)
{
    for (W *w : in.findChildren<W *>())
        if (w->accessibleName() == accessibleName)
            return w;
    return nullptr;
}

template <class B = QAbstractButton>
B *buttonSaying(QWidget &in, const QString &text)
{
    for (B *b : in.findChildren<B *>())
        if (b->text() == text)
            return b;
    return nullptr;
}

} // namespace presso::test
