#pragma once

#include <QImage>
#include <QWidget>

namespace presso {

class BoardModel;

// The TV's picture, painted to fit any screen from 1366×768 to 3840×2160: the code to
// scan on the left, the board on the right, or the closed screen. Type scales with the
// height, so the proportions read the same from 5 metres on every TV.
class BoardView : public QWidget
{
    Q_OBJECT
public:
    explicit BoardView(BoardModel &model, QWidget *parent = nullptr);
    const BoardModel &model() const { return m_model; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    void paintClosed(QPainter &p);
    void paintWaiting(QPainter &p);
    void paintCode(QPainter &p, const QRect &area);
    void paintBoard(QPainter &p, const QRect &area);
    void paintColumn(QPainter &p, const QRect &area, const QString &title, bool ready);

    BoardModel &m_model;
    // The symbol is drawn again only when the code or the size changes.
    QString m_qrUrl;
    QImage m_qrImage;
};

} // namespace presso
