#pragma once

#include <QAccessibleWidget>
#include <QHash>

namespace presso {

class BoardModel;
class BoardView;

// What a screen reader finds on the TV's painted picture: the code panel (the code as
// text, how many drinks it has left) and the Preparing and Ready columns, an item per
// order ("12, Ana, Latte (Oat), being made"), and the line under the board. Every text is
// read from the BoardModel when asked, so it is never stale.
class BoardAccessible : public QAccessibleWidget
{
public:
    explicit BoardAccessible(BoardView *view);
    ~BoardAccessible() override;

    // Makes Qt's accessibility ask this class for every BoardView; once per process.
    static void install();

    int childCount() const override;
    QAccessibleInterface *child(int index) const override;
    int indexOfChild(const QAccessibleInterface *child) const override;
    QString text(QAccessible::Text t) const override;

    enum class Part { Code, Preparing, Ready, Wait };
    const BoardModel &model() const;
    // A registered interface for a part, or for an order line (row >= 0) of a column.
    QAccessibleInterface *part(Part part, int row = -1) const;

private:
    QList<Part> parts() const;
    mutable QHash<QPair<int, int>, QAccessible::Id> m_ids;
};

} // namespace presso
