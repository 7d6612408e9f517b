#pragma once

#include <QProcess>
#include <QTemporaryDir>

namespace presso::test {

// A real CUPS daemon for tests, with the cups-pdf virtual printer: its configuration,
// spool, logs and the PDFs it writes all live in one temporary directory, and it listens
// only on a socket there (point CUPS_SERVER at socketPath()).
//
// cups-pdf reads its settings from /etc/cups/cups-pdf.conf and from nowhere else that
// can name an output folder (a PPD's default values cannot hold a '/'), so cupsd runs in
// a private mount namespace where a folder of ours is mounted over /etc/cups. That needs
// root, as cups-pdf does: it only runs as a root-owned backend.
class CupsDaemon
{
public:
    CupsDaemon();
    ~CupsDaemon();

    // False, with the reason in *why, when this machine cannot run it.
    bool start(QString *why);
    // Adds a cups-pdf queue, enabled and accepting jobs.
    bool addPdfQueue(const QString &name, QString *why);

    QString socketPath() const { return m_dir.filePath(QStringLiteral("cups.sock")); }
    QString outputDir() const { return m_dir.filePath(QStringLiteral("out")); }
    QString log() const;

private:
    bool writeConfig(QString *why);

    QTemporaryDir m_dir;
    QProcess m_cupsd;
};

} // namespace presso::test
