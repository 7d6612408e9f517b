#pragma once

#include <QObject>
#include <QStringList>

class QTimer;

namespace presso {

// Takes turns between languages on a screen read by an international queue (the TV with
// --language de,en): each period the next one is put in use (language::use) and the
// screen is told to draw itself again.
class LanguageCycle : public QObject
{
    Q_OBJECT
public:
    static constexpr int kPeriodMs = 20'000;

    // With fewer than two languages it stays on the first and never turns.
    explicit LanguageCycle(QStringList languages, int periodMs = kPeriodMs, QObject *parent = nullptr);

    QString current() const { return m_languages.value(m_index); }
    // The next language, now (the timer calls it; tests too, rather than wait).
    void next();

Q_SIGNALS:
    void changed(const QString &language);

private:
    QStringList m_languages;
    int m_index = 0;
    QTimer *m_timer;
};

} // namespace presso
