#include "codekeyboard.h"

#include "fitbutton.h"
#include "theme.h"

#include <QGridLayout>
#include <QLineEdit>
#include <QPushButton>

namespace presso {

namespace {
QPushButton *key(const QString &text, QWidget *parent)
{
    auto *b = new FitButton(text, parent);
    b->setMinimumSize(56, 56);
    b->setFont(theme::font(24, QFont::Bold));
    b->setFocusPolicy(Qt::NoFocus); // the code field keeps the keyboard focus
    b->setStyleSheet(QStringLiteral("QPushButton { background: white; border: 2px solid #e6dccf; border-radius: 8px; }"
                                    "QPushButton:pressed { background: %1; color: white; }").arg(theme::kCrema.name()));
    return b;
}
} // namespace

CodeKeyboard::CodeKeyboard(QLineEdit *target, QWidget *parent)
    : QWidget(parent)
    , m_target(target)
    , m_shift(key(tr("Shift"), this))
{
    setAccessibleName(tr("Keyboard for the code"));
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(6);
    const QStringList rows{QStringLiteral("1234567890-_"), QStringLiteral("qwertyuiop"), QStringLiteral("asdfghjkl"),
                           QStringLiteral("zxcvbnm")};
    for (int r = 0; r < rows.size(); ++r) {
        for (int c = 0; c < rows.at(r).size(); ++c) {
            const QChar ch = rows.at(r).at(c);
            auto *b = key(QString(ch), this);
            b->setObjectName(QStringLiteral("key:") + ch);
            connect(b, &QPushButton::clicked, this, [this, b] { m_target->insert(b->text()); });
            if (ch.isLetter())
                m_letters.append(b);
            grid->addWidget(b, r, c + (r > 1 ? 1 : 0));
        }
    }
    m_shift->setObjectName(QStringLiteral("key:shift"));
    m_shift->setCheckable(true);
    connect(m_shift, &QPushButton::toggled, this, &CodeKeyboard::setShifted);
    grid->addWidget(m_shift, 3, 0);
    auto *del = key(tr("⌫"), this);
    del->setObjectName(QStringLiteral("key:delete"));
    del->setAccessibleName(tr("Delete"));
    connect(del, &QPushButton::clicked, m_target, &QLineEdit::backspace);
    grid->addWidget(del, 3, 9, 1, 3);
    setShifted(false);
}

void CodeKeyboard::setShifted(bool shifted)
{
    m_shifted = shifted;
    m_shift->setChecked(shifted);
    for (QPushButton *b : std::as_const(m_letters))
        b->setText(shifted ? b->text().toUpper() : b->text().toLower());
}

} // namespace presso
