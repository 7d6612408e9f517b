#include "boardview.h"

#include "boardaccessible.h"
#include "boardmodel.h"
#include "drinkicons.h"
#include "qrimage.h"
#include "theme.h"
#include "timeutil.h"

#include <QPainter>
#include <QPainterPath>

namespace presso {

namespace {
// Draws text at the largest size up to pixelSize that fits the rectangle, wrapped when
// flags say so: a translated line shrinks rather than being cut off at either end.
void drawFitted(QPainter &p, const QRectF &r, int flags, const QString &text, int pixelSize,
                QFont::Weight weight = QFont::Normal)
{
    QFont f = theme::font(pixelSize, weight);
    for (int size = pixelSize; size > 8; size = size * 9 / 10) {
        f.setPixelSize(size);
        // One pixel to spare: a line exactly as wide as the rectangle is clipped when drawn.
        const QRectF need = QFontMetricsF(f).boundingRect(r, flags, text);
        if (need.width() < r.width() && need.height() <= r.height())
            break;
    }
    p.setFont(f);
    p.drawText(r, flags, text);
}

void roundedRect(QPainter &p, const QRectF &r, qreal radius, const QColor &fill)
{
    QPainterPath path;
    path.addRoundedRect(r, radius, radius);
    p.fillPath(path, fill);
}
} // namespace

BoardView::BoardView(BoardModel &model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
{
    setAttribute(Qt::WA_OpaquePaintEvent);
    // Before anything asks for this widget's interface (setAccessibleName does): Qt keeps
    // the first one made.
    BoardAccessible::install();
    setAccessibleName(tr("Order board"));
    connect(&model, &BoardModel::changed, this, [this] {
        update();
        if (QAccessible::isActive()) {
            QAccessibleEvent event(this, QAccessible::ObjectReorder);
            QAccessible::updateAccessibility(&event);
        }
    });
}

void BoardView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    p.fillRect(rect(), theme::kCream);
    if (!m_model.hasConfig())
        return paintWaiting(p);
    if (!m_model.shopOpen())
        return paintClosed(p);
    const int split = width() * 42 / 100;
    paintCode(p, QRect(0, 0, split, height()));
    paintBoard(p, QRect(split, 0, width() - split, height()));
}

void BoardView::paintWaiting(QPainter &p)
{
    p.setPen(theme::kMuted);
    drawFitted(p, rect(), Qt::AlignCenter | Qt::TextWordWrap, tr("Connecting to the shop…"), height() / 20);
}

void BoardView::paintClosed(QPainter &p)
{
    const int h = height();
    const int icon = h / 4;
    p.drawPixmap((width() - icon) / 2, h / 6, drinkPixmap(QStringLiteral("presso"), icon));
    p.setPen(theme::kEspresso);
    // Sized to stay on one line on a 16:9 screen: a lone "now" on a second line reads badly.
    const QRect text(width() / 16, h / 6 + icon + h / 20, width() * 14 / 16, h / 4);
    drawFitted(p, text, Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap,
               tr("The shop is not taking orders right now"), h / 15, QFont::Bold);
    p.setPen(theme::kMuted);
    drawFitted(p, QRect(width() / 16, h * 5 / 6, width() * 14 / 16, h / 10), Qt::AlignCenter,
               tr("Please come back a little later"), h / 24);
}

void BoardView::paintCode(QPainter &p, const QRect &area)
{
    const int h = height();
    const BoardModel::CodeView code = m_model.codeView();
    p.fillRect(area, theme::kPaper);
    const int margin = area.width() / 12;
    const QRect inner = area.adjusted(margin, h / 20, -margin, -h / 20);

    p.setPen(theme::kEspresso);
    const QString title = code.visible ? tr("Scan to order") : tr("We are making drinks!");
    drawFitted(p, QRect(inner.left(), inner.top(), inner.width(), h / 11), Qt::AlignCenter, title, h / 14, QFont::Bold);
    p.setPen(theme::kMuted);
    const QString invitation = code.phones ? tr("Scan with your phone, or at the kiosk")
                                           : tr("Hold the kiosk's camera up to this code");
    const QString subtitle = code.visible ? invitation
                                          : code.drinksLeft > 0 ? tr("This code is about to change")
                                                                : tr("This code's drinks are all taken");
    drawFitted(p, QRect(inner.left(), inner.top() + h / 11, inner.width(), h / 26), Qt::AlignCenter, subtitle, h / 34);

    const int side = std::min(inner.width(), h * 56 / 100);
    const QRect symbol(inner.left() + (inner.width() - side) / 2, inner.top() + h / 7, side, side);
    if (code.visible) {
        if (code.url != m_qrUrl || m_qrImage.width() > side || m_qrImage.width() + side / 8 < side) {
            m_qrUrl = code.url;
            m_qrImage = renderQrImage(code.url, side);
        }
        const QImage &qr = m_qrImage;
        // Whole pixels, no scaling: a camera must see crisp modules.
        p.drawImage(symbol.left() + (side - qr.width()) / 2, symbol.top() + (side - qr.height()) / 2, qr);
        p.setPen(theme::kMuted);
        drawFitted(p, QRect(inner.left(), symbol.bottom() + h / 80, inner.width(), h / 22), Qt::AlignCenter,
                   tr("or type the code  %1").arg(code.code), h / 32);
    } else {
        const int icon = side * 2 / 3;
        p.drawPixmap(symbol.left() + (side - icon) / 2, symbol.top() + side / 10, drinkPixmap(QStringLiteral("presso"), icon));
        p.setPen(theme::kEspresso);
        drawFitted(p, QRect(inner.left(), symbol.top() + side * 8 / 10, inner.width(), h / 10), Qt::AlignCenter,
                   tr("New orders in %1").arg(timeLeftText(code.msLeft)), h / 16, QFont::Bold);
    }

    // The time left on this code, as a bar and in words.
    const int barTop = symbol.bottom() + h / 14;
    const QRectF bar(inner.left(), barTop, inner.width(), h / 45.0);
    roundedRect(p, bar, bar.height() / 2, theme::kCream);
    QRectF filled = bar;
    filled.setWidth(bar.width() * code.fractionLeft);
    roundedRect(p, filled, bar.height() / 2, code.visible ? theme::kCrema : theme::kMuted);
    p.setPen(theme::kEspresso);
    const QString drinks = tr("%Ln drink(s) remaining", nullptr, code.drinksLeft);
    drawFitted(p, QRect(inner.left(), barTop + h / 30, inner.width(), h / 14), Qt::AlignCenter,
               code.visible ? drinks : tr("A new code is on its way"), h / 24, QFont::Bold);
}

void BoardView::paintBoard(QPainter &p, const QRect &area)
{
    const int h = height();
    const int pad = area.width() / 30;
    const QRect inner = area.adjusted(pad, h / 30, -pad, -h / 30);
    const int footer = h / 12;
    const QRect columns(inner.left(), inner.top(), inner.width(), inner.height() - footer);
    const int gap = pad;
    const int colW = (columns.width() - gap) / 2;
    paintColumn(p, QRect(columns.left(), columns.top(), colW, columns.height()), tr("Preparing"), false);
    paintColumn(p, QRect(columns.left() + colW + gap, columns.top(), colW, columns.height()), tr("Ready"), true);

    p.setPen(theme::kEspresso);
    drawFitted(p, QRect(inner.left(), inner.bottom() - footer, inner.width(), footer), Qt::AlignCenter,
               m_model.waitLine(), h / 24, QFont::Bold);
}

void BoardView::paintColumn(QPainter &p, const QRect &area, const QString &title, bool ready)
{
    const int h = height();
    const QList<Order> orders = ready ? m_model.ready() : m_model.preparing();
    const QColor accent = ready ? theme::kReady : theme::kEspresso;
    const int header = h / 10;
    roundedRect(p, QRectF(area.left(), area.top(), area.width(), header), h / 80.0, accent);
    p.setPen(Qt::white);
    drawFitted(p, QRect(area.left() + h / 80, area.top(), area.width() - h / 40, header), Qt::AlignCenter, title,
               h / 16, QFont::Bold);

    const int rowH = h / 8;
    const int spacing = h / 90;
    const QRect list(area.left(), area.top() + header + spacing, area.width(), area.height() - header - spacing);
    int fits = std::max(0, list.height() / (rowH + spacing));
    const bool overflow = orders.size() > fits;
    if (overflow)
        fits = std::max(0, fits - 1); // the last line says how many are hidden
    int y = list.top();
    for (int i = 0; i < std::min<int>(fits, orders.size()); ++i, y += rowH + spacing) {
        const Order &o = orders.at(i);
        const QRect row(list.left(), y, list.width(), rowH);
        const bool making = o.state == OrderState::InProduction;
        // A new arrival is a solid green card with white text: seen from the back of the queue.
        const bool lit = ready && m_model.isHighlighted(o);
        roundedRect(p, row, h / 90.0, lit ? theme::kReady : theme::kPaper);
        const int numberW = row.width() * 30 / 100;
        p.setPen(lit ? QColor(Qt::white) : accent);
        p.setFont(theme::font(rowH * 62 / 100, QFont::Black));
        p.drawText(QRect(row.left(), row.top(), numberW, rowH), Qt::AlignCenter,
                   o.number ? QString::number(*o.number) : QStringLiteral("–"));
        const QRect text(row.left() + numberW, row.top() + rowH / 10, row.width() - numberW - rowH / 6, rowH * 8 / 10);
        QRect nameRect(text.left(), text.top(), text.width(), text.height() / 2);
        if (making) {
            // The sign that someone is making it now sits on the name line, which is short,
            // so the drink and its options keep the whole second line.
            const QString label = tr("Making");
            p.setFont(theme::font(rowH * 18 / 100, QFont::Bold));
            const int pillW = std::min(QFontMetrics(p.font()).horizontalAdvance(label) + rowH / 4, nameRect.width() / 2);
            const QRectF pill(text.right() - pillW, nameRect.top() + nameRect.height() * 0.1, pillW, nameRect.height() * 0.8);
            roundedRect(p, pill, pill.height() / 2, theme::kCrema);
            p.setPen(Qt::white);
            drawFitted(p, pill.adjusted(rowH / 10, 0, -rowH / 10, 0), Qt::AlignCenter, label, rowH * 18 / 100, QFont::Bold);
            nameRect.setRight(int(pill.left()) - rowH / 10);
        }
        p.setPen(lit ? QColor(Qt::white) : theme::kEspresso);
        p.setFont(theme::font(rowH * 30 / 100, QFont::Bold));
        const QFontMetrics nameMetrics(p.font());
        p.drawText(nameRect, Qt::AlignLeft | Qt::AlignVCenter,
                   nameMetrics.elidedText(o.customerName.isEmpty() ? tr("Guest") : o.customerName, Qt::ElideRight, nameRect.width()));
        const QString drink = m_model.drinkText(o);
        p.setPen(lit ? QColor(Qt::white) : theme::kMuted);
        p.setFont(theme::font(rowH * 20 / 100));
        const QFontMetrics drinkMetrics(p.font());
        const QRect drinkRect(text.left(), text.top() + text.height() / 2, text.width(), text.height() / 2);
        p.drawText(drinkRect, Qt::AlignLeft | Qt::AlignVCenter, drinkMetrics.elidedText(drink, Qt::ElideRight, drinkRect.width()));
    }
    if (overflow) {
        p.setPen(theme::kMuted);
        drawFitted(p, QRect(list.left(), y, list.width(), rowH), Qt::AlignCenter,
                   tr("+ %Ln more", nullptr, int(orders.size() - fits)), rowH * 28 / 100, QFont::Bold);
    }
    if (orders.isEmpty()) {
        p.setPen(theme::kMuted);
        // Wrapped, inside the column's margins: on a 1280-pixel TV, or in German, the
        // column is narrower than the sentence.
        drawFitted(p, QRect(list.left() + h / 60, list.top(), list.width() - h / 30, rowH),
                   Qt::AlignCenter | Qt::TextWordWrap,
                   ready ? tr("Nothing waiting to be picked up") : tr("No orders in the queue"), h / 30);
    }
}

} // namespace presso
