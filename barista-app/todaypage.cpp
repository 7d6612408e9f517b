#include "todaypage.h"

#include "baristamodel.h"
#include "theme.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChartView>
#include <QGridLayout>
#include <QJsonArray>
#include <QLabel>
#include <QPieSeries>
#include <QPieSlice>
#include <QValueAxis>

namespace presso {

namespace {
QChart *barChart(const QString &title, const QStringList &categories, const QList<qreal> &values, const QColor &colour,
                 const QString &format)
{
    auto *set = new QBarSet(title);
    set->setColor(colour);
    for (qreal v : values)
        *set << v;
    auto *series = new QBarSeries;
    series->append(set);
    auto *chart = new QChart;
    chart->addSeries(series);
    chart->setTitle(title);
    chart->setTitleFont(theme::font(22, QFont::Bold));
    chart->legend()->hide();
    auto *x = new QBarCategoryAxis;
    x->append(categories);
    x->setLabelsFont(theme::font(14));
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    auto *y = new QValueAxis;
    y->setLabelFormat(format);
    y->setLabelsFont(theme::font(14));
    y->setRange(0, std::max<qreal>(1, *std::max_element(values.begin(), values.end()) * 1.15));
    y->applyNiceNumbers(); // ticks on round values, so the labels tell the truth
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    return chart;
}
} // namespace

TodayPage::TodayPage(BaristaModel &model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_summary(new QLabel(this))
{
    m_summary->setFont(theme::font(26, QFont::Bold));
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(16, 8, 16, 16);
    grid->addWidget(m_summary, 0, 0, 1, 3);
    for (int i = 0; i < 3; ++i) {
        auto *view = new QChartView(this);
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumHeight(300);
        grid->addWidget(view, 1, i);
        m_charts.append(view);
    }
    connect(&model, &BaristaModel::statsChanged, this, &TodayPage::rebuild);
}

void TodayPage::setChart(int index, QChart *chart)
{
    // The view lets go of the chart it had without deleting it.
    QChart *old = m_charts.at(index)->chart();
    m_charts.at(index)->setChart(chart);
    delete old;
}

void TodayPage::rebuild()
{
    const QJsonObject stats = m_model.stats();
    m_summary->setText(tr("Today: %Ln order(s), %L1 ready, %L2 cancelled, %L3 timed out", nullptr,
                          stats.value(QStringLiteral("orders")).toInt())
                           .arg(stats.value(QStringLiteral("completed")).toInt())
                           .arg(stats.value(QStringLiteral("cancelled")).toInt())
                           .arg(stats.value(QStringLiteral("timedOut")).toInt()));
    QStringList hours;
    QList<qreal> perHour;
    for (const QJsonValue &v : stats.value(QStringLiteral("perHour")).toArray()) {
        hours << QStringLiteral("%1h").arg(v[QStringLiteral("hour")].toInt());
        perHour << v[QStringLiteral("count")].toInt();
    }
    QStringList drinks;
    QList<qreal> waits;
    auto *pie = new QPieSeries;
    for (const QJsonValue &v : stats.value(QStringLiteral("drinks")).toArray()) {
        // Qt Charts draws its labels as rich text: a drink's name is escaped to stay text.
        const QString drink = v[QStringLiteral("drink")].toString().toHtmlEscaped();
        drinks << drink;
        waits << v[QStringLiteral("avgPrepSec")].toDouble() / 60.0;
        pie->append(QStringLiteral("%1 (%2)").arg(drink).arg(v[QStringLiteral("count")].toInt()), v[QStringLiteral("count")].toInt());
    }
    if (perHour.isEmpty())
        perHour << 0;
    if (waits.isEmpty())
        waits << 0;
    setChart(0, barChart(tr("Orders per hour"), hours, perHour, theme::kEspresso, QStringLiteral("%d")));
    setChart(1, barChart(tr("Minutes to make"), drinks, waits, theme::kCrema, QStringLiteral("%.1f")));
    auto *pieChart = new QChart;
    const QList<QColor> colours{theme::kEspresso, theme::kCrema, theme::kReady, theme::kMuted, theme::kWarning, theme::kAlert};
    for (int i = 0; i < pie->count(); ++i) {
        QPieSlice *slice = pie->slices().at(i);
        slice->setColor(colours.at(i % colours.size()));
        slice->setLabelFont(theme::font(15, QFont::Bold));
        slice->setLabelPosition(QPieSlice::LabelInsideHorizontal);
        slice->setLabelColor(Qt::white);
    }
    pie->setPieSize(0.9);
    pie->setLabelsVisible(true);
    pieChart->addSeries(pie);
    pieChart->setTitle(tr("Drinks by type"));
    pieChart->setTitleFont(theme::font(22, QFont::Bold));
    pieChart->legend()->hide();
    setChart(2, pieChart);
}

} // namespace presso
