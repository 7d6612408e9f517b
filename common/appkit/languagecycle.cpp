#include "languagecycle.h"

#include "language.h"

#include <QTimer>

namespace presso {

LanguageCycle::LanguageCycle(QStringList languages, int periodMs, QObject *parent)
    : QObject(parent)
    , m_languages(std::move(languages))
    , m_timer(new QTimer(this))
{
    connect(m_timer, &QTimer::timeout, this, &LanguageCycle::next);
    if (m_languages.size() > 1)
        m_timer->start(periodMs);
}

void LanguageCycle::next()
{
    if (m_languages.size() < 2)
        return;
    m_index = (m_index + 1) % int(m_languages.size());
    language::use(current());
    Q_EMIT changed(current());
}

} // namespace presso
