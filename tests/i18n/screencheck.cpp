#include "screencheck.h"

#include "fitbutton.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QCoreApplication>
#include <QDir>
#include <QLabel>
#include <QRadioButton>
#include <QRegularExpression>
#include <QStyle>
#include <QStyleOptionButton>
#include <QTextDocument>

namespace presso::test {

namespace {
bool shown(const QWidget *w, const QWidget &window)
{
    return w->isVisibleTo(&window) && !w->size().isEmpty();
}

QString where(const QWidget *w, const QString &text)
{
    return QStringLiteral("%1 \"%2\" (%3×%4)").arg(QString::fromLatin1(w->metaObject()->className()), text)
        .arg(w->width()).arg(w->height());
}

// The widest line of a button's words as drawn (an & before a letter is not drawn).
int textWidth(const QAbstractButton *b)
{
    const QFontMetrics fm(b->font());
    int widest = 0;
    for (const QString &line : b->text().split(QLatin1Char('\n')))
        widest = std::max(widest, fm.horizontalAdvance(QString(line).remove(QRegularExpression(QStringLiteral("&(?=\\S)")))));
    return widest;
}

std::optional<QString> labelCut(const QLabel *l)
{
    if (l->text().isEmpty() || !l->pixmap().isNull() || (Qt::mightBeRichText(l->text()) && l->textFormat() != Qt::PlainText))
        return std::nullopt;
    const QRect r = l->contentsRect().adjusted(l->margin(), l->margin(), -l->margin(), -l->margin());
    const QFontMetrics fm(l->font());
    if (l->wordWrap()) {
        const QRect need = fm.boundingRect(QRect(0, 0, r.width(), 100'000), int(l->alignment()) | Qt::TextWordWrap, l->text());
        if (need.width() > r.width() || need.height() > r.height() + 1)
            return where(l, l->text());
        return std::nullopt;
    }
    const QRect need = fm.boundingRect(QRect(0, 0, 100'000, 100'000), int(l->alignment()), l->text());
    if (need.width() > r.width() || need.height() > r.height() + 1)
        return where(l, l->text());
    return std::nullopt;
}

std::optional<QString> buttonCut(const QAbstractButton *b)
{
    if (b->text().isEmpty())
        return std::nullopt;
    if (qobject_cast<const QCheckBox *>(b) || qobject_cast<const QRadioButton *>(b))
        return b->sizeHint().width() > b->width() ? std::optional(where(b, b->text())) : std::nullopt;
    if (const auto *fit = qobject_cast<const FitButton *>(b))
        return fit->textFits() ? std::nullopt : std::optional(where(b, b->text()));
    // The room the style leaves for the words, its padding from a style sheet deducted.
    int room = b->width() - 2 * b->style()->pixelMetric(QStyle::PM_ButtonMargin, nullptr, b);
    if (b->inherits("QPushButton")) {
        QStyleOptionButton opt;
        opt.initFrom(b);
        opt.text = b->text();
        room = b->style()->subElementRect(QStyle::SE_PushButtonContents, &opt, b).width();
        if (!b->icon().isNull())
            room -= b->iconSize().width() + 4;
    }
    return textWidth(b) > room ? std::optional(where(b, b->text())) : std::nullopt;
}
} // namespace

QStringList cutOff(QWidget &window)
{
    QStringList found;
    for (const QLabel *l : window.findChildren<QLabel *>()) {
        if (shown(l, window))
            if (const auto cut = labelCut(l))
                found << *cut;
    }
    for (const QAbstractButton *b : window.findChildren<QAbstractButton *>()) {
        if (shown(b, window))
            if (const auto cut = buttonCut(b))
                found << *cut;
    }
    return found;
}

QStringList untranslated(QWidget &window, const QStringList &data)
{
    auto plain = [&data](QString text) {
        // Pseudo-translated parts, innermost first: "[Ûñdö~~]" can sit inside another.
        static const QRegularExpression pseudo(QStringLiteral("\\[[^\\[\\]]*~\\]"));
        for (qsizetype before = -1; before != text.size();) {
            before = text.size();
            text.remove(pseudo);
        }
        for (const QString &d : data)
            text.remove(d, Qt::CaseInsensitive);
        return !text.contains(QRegularExpression(QStringLiteral("[A-Za-z]{2,}")));
    };
    QStringList found;
    QList<QWidget *> all = window.findChildren<QWidget *>();
    all.prepend(&window);
    for (QWidget *w : all) {
        if (w != &window && !shown(w, window))
            continue;
        QString text;
        if (const auto *l = qobject_cast<QLabel *>(w))
            text = l->text();
        else if (const auto *b = qobject_cast<QAbstractButton *>(w))
            text = b->text();
        for (const QString &t : {text, w->accessibleName()}) {
            if (!t.isEmpty() && !plain(t))
                found << where(w, t);
        }
    }
    return found;
}

bool saveScreen(QWidget &window, const QString &language, const QString &name)
{
    const QString dir = QCoreApplication::applicationDirPath() + QStringLiteral("/screens/") + language;
    QDir().mkpath(dir);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    return window.grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}

} // namespace presso::test
