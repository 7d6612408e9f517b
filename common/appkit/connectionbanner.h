#pragma once

#include "connectionstatus.h"

#include <QLabel>

namespace presso {

class PressoClient;

// The bar every screen shows while the link to the server is down: it appears the
// moment the client turns stale and goes when the client is live again. With several
// servers it names the one being tried, and for a moment the one it is back on
// (ConnectionStatus holds the words).
class ConnectionBanner : public QLabel
{
    Q_OBJECT
public:
    explicit ConnectionBanner(PressoClient &client, QWidget *parent = nullptr);

    const ConnectionStatus &status() const { return m_status; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void follow();

    ConnectionStatus m_status;
};

} // namespace presso
