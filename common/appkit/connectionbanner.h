#pragma once

#include <QLabel>

namespace presso {

class PressoClient;

// The bar every screen shows while the link to the server is down: it appears the
// moment the client turns stale and goes when the client is live again.
class ConnectionBanner : public QLabel
{
    Q_OBJECT
public:
    explicit ConnectionBanner(PressoClient &client, QWidget *parent = nullptr);
};

} // namespace presso
