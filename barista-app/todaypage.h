#pragma once

#include <QWidget>

class QChart;
class QChartView;
class QLabel;

namespace presso {

class BaristaModel;

// Today's figures as charts: orders per hour, the average wait per drink, and the
// drinks by type, from stats.get.
class TodayPage : public QWidget
{
    Q_OBJECT
public:
    explicit TodayPage(BaristaModel &model, QWidget *parent = nullptr);

    QList<QChartView *> charts() const { return m_charts; }

private:
    void rebuild();
    void setChart(int index, QChart *chart);

    BaristaModel &m_model;
    QLabel *m_summary;
    QList<QChartView *> m_charts;
};

} // namespace presso
