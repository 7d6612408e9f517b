#pragma once

#include "storage.h"

#include <QStringList>

namespace presso {

// The event log's retention: events older than a cut-off move from the live store to
// monthly SQLite files in the data directory's archive/ (archive/events-2026-11.db),
// with the live table's columns and seqs, so the live store stops growing while
// `events tail` and `journey` still read the whole history. The live log's seq
// bounds move with it: a client resuming from an archived seq gets the snapshot.
class EventArchive
{
public:
    explicit EventArchive(const QString &dataDir);

    // Moves the events with time < before out of the store at storePath and returns
    // how many. Copies first and deletes after, so a crash in between leaves events
    // in both places (copied again harmlessly next time), never in neither.
    int archiveBefore(const QString &storePath, Millis before);

    // The archive files, oldest month first.
    QStringList files() const;
    QList<StoredEvent> eventsOfOrder(const QString &orderId) const;
    // Archived events with afterSeq < seq < beforeSeq, in seq order.
    QList<StoredEvent> eventsBetween(qint64 afterSeq, qint64 beforeSeq) const;

private:
    QString fileOf(const QString &month) const;

    QString m_dir;
};

} // namespace presso
