#include "drinkicons.h"

#include <QFile>
#include <QHash>
#include <QPainter>
#include <QSvgRenderer>

namespace presso {

QPixmap drinkPixmap(const QString &icon, int side)
{
    static QHash<QString, QPixmap> cache;
    const QString key = icon + QLatin1Char('@') + QString::number(side);
    if (const auto it = cache.constFind(key); it != cache.constEnd())
        return *it;
    QString path = QStringLiteral(":/icons/%1.svg").arg(icon);
    if (icon.isEmpty() || !QFile::exists(path))
        path = QStringLiteral(":/icons/presso.svg");
    QSvgRenderer renderer(path);
    QPixmap pixmap(side, side);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    renderer.render(&painter);
    painter.end();
    cache.insert(key, pixmap);
    return pixmap;
}

} // namespace presso
