#include "boardaccessible.h"

#include "boardmodel.h"
#include "boardview.h"

#include <QCoreApplication>

namespace presso {

namespace {
// The board's own words, as BoardView paints them (and lupdate finds them there).
QString words(const char *text, int n = -1)
{
    return QCoreApplication::translate("presso::BoardView", text, nullptr, n);
}

QString orderLine(const BoardModel &model, const Order &o)
{
    const QString number = o.number ? QString::number(*o.number) : QStringLiteral("–");
    const QString name = o.customerName.isEmpty() ? words("Guest") : o.customerName;
    QString line = QStringLiteral("%1, %2, %3").arg(number, name, model.drinkText(o));
    if (o.state == OrderState::InProduction)
        line += QStringLiteral(", ") + words("Making");
    return line;
}

// One painted part of the board, or one order line in a column. It holds no text of its
// own: it asks the board's interface, which reads the model.
class BoardPartAccessible : public QAccessibleInterface
{
public:
    BoardPartAccessible(const BoardAccessible *board, BoardAccessible::Part part, int row)
        : m_board(board), m_part(part), m_row(row)
    {
    }
    bool isValid() const override { return m_row < 0 || m_row < orders().size(); }
    QObject *object() const override { return nullptr; }
    QWindow *window() const override { return m_board->window(); }
    QAccessibleInterface *parent() const override
    {
        return m_row < 0 ? const_cast<BoardAccessible *>(m_board) : m_board->part(m_part);
    }
    int childCount() const override { return m_row < 0 && isColumn() ? int(orders().size()) : 0; }
    QAccessibleInterface *child(int index) const override
    {
        return index >= 0 && index < childCount() ? m_board->part(m_part, index) : nullptr;
    }
    int indexOfChild(const QAccessibleInterface *child) const override
    {
        for (int i = 0; i < childCount(); ++i) {
            if (m_board->part(m_part, i) == child)
                return i;
        }
        return -1;
    }
    QAccessibleInterface *childAt(int, int) const override { return nullptr; }
    QRect rect() const override { return m_board->rect(); }
    QAccessible::Role role() const override
    {
        if (m_row >= 0)
            return QAccessible::ListItem;
        switch (m_part) {
        case BoardAccessible::Part::Code:
            return QAccessible::Graphic;
        case BoardAccessible::Part::Preparing:
        case BoardAccessible::Part::Ready:
            return QAccessible::List;
        case BoardAccessible::Part::Wait:
            break;
        }
        return QAccessible::StaticText;
    }
    QAccessible::State state() const override
    {
        QAccessible::State s;
        s.readOnly = true;
        return s;
    }
    QString text(QAccessible::Text t) const override;
    void setText(QAccessible::Text, const QString &) override {}

private:
    bool isColumn() const
    {
        return m_part == BoardAccessible::Part::Preparing || m_part == BoardAccessible::Part::Ready;
    }
    QList<Order> orders() const
    {
        return m_part == BoardAccessible::Part::Ready ? m_board->model().ready() : m_board->model().preparing();
    }

    const BoardAccessible *m_board;
    BoardAccessible::Part m_part;
    int m_row;
};

QString BoardPartAccessible::text(QAccessible::Text t) const
{
    const BoardModel &model = m_board->model();
    if (m_row >= 0) {
        const QList<Order> list = orders();
        return t == QAccessible::Name && m_row < list.size() ? orderLine(model, list.at(m_row)) : QString();
    }
    switch (m_part) {
    case BoardAccessible::Part::Code: {
        const BoardModel::CodeView code = model.codeView();
        if (t == QAccessible::Name)
            return code.visible ? words("Scan to order") : words("We are making drinks!");
        if (t == QAccessible::Value)
            return code.visible ? code.code : QString();
        if (t == QAccessible::Description)
            return code.visible ? words("or type the code  %1").arg(code.code) + QStringLiteral(". ")
                                      + words("%Ln drink(s) remaining", int(code.drinksLeft))
                                : words("A new code is on its way");
        return {};
    }
    case BoardAccessible::Part::Preparing:
    case BoardAccessible::Part::Ready: {
        const bool ready = m_part == BoardAccessible::Part::Ready;
        if (t == QAccessible::Name)
            return ready ? words("Ready") : words("Preparing");
        if (t == QAccessible::Description && orders().isEmpty())
            return ready ? words("Nothing waiting to be picked up") : words("No orders in the queue");
        return {};
    }
    case BoardAccessible::Part::Wait:
        return t == QAccessible::Name ? model.waitLine() : QString();
    }
    return {};
}
} // namespace

BoardAccessible::BoardAccessible(BoardView *view)
    : QAccessibleWidget(view, QAccessible::Pane)
{
}

BoardAccessible::~BoardAccessible()
{
    for (QAccessible::Id id : std::as_const(m_ids))
        QAccessible::deleteAccessibleInterface(id);
}

void BoardAccessible::install()
{
    static const bool installed = [] {
        QAccessible::installFactory([](const QString &, QObject *object) -> QAccessibleInterface * {
            if (auto *view = qobject_cast<BoardView *>(object))
                return new BoardAccessible(view);
            return nullptr;
        });
        return true;
    }();
    Q_UNUSED(installed);
}

const BoardModel &BoardAccessible::model() const
{
    return static_cast<BoardView *>(widget())->model();
}

QList<BoardAccessible::Part> BoardAccessible::parts() const
{
    if (!model().hasConfig() || !model().shopOpen())
        return {};
    return {Part::Code, Part::Preparing, Part::Ready, Part::Wait};
}

QAccessibleInterface *BoardAccessible::part(Part part, int row) const
{
    const QPair<int, int> key(int(part), row);
    auto it = m_ids.constFind(key);
    if (it == m_ids.constEnd())
        it = m_ids.insert(key, QAccessible::registerAccessibleInterface(new BoardPartAccessible(this, part, row)));
    return QAccessible::accessibleInterface(*it);
}

int BoardAccessible::childCount() const
{
    return int(parts().size());
}

QAccessibleInterface *BoardAccessible::child(int index) const
{
    const QList<Part> list = parts();
    return index >= 0 && index < list.size() ? part(list.at(index)) : nullptr;
}

int BoardAccessible::indexOfChild(const QAccessibleInterface *child) const
{
    const QList<Part> list = parts();
    for (int i = 0; i < list.size(); ++i) {
        if (part(list.at(i)) == child)
            return i;
    }
    return -1;
}

QString BoardAccessible::text(QAccessible::Text t) const
{
    if (t != QAccessible::Name && t != QAccessible::Description)
        return QAccessibleWidget::text(t);
    if (t == QAccessible::Name)
        return widget()->accessibleName();
    if (!model().hasConfig())
        return words("Connecting to the shop…");
    if (!model().shopOpen())
        return words("The shop is not taking orders right now") + QStringLiteral(". ") + words("Please come back a little later");
    return {};
}

} // namespace presso
