#include "setupflow.h"

#include "appoptions.h"
#include "appshell.h"
#include "devicesetup.h"
#include "pressoclient.h"
#include "refusedscreen.h"
#include "setupdialog.h"

#include <QWidget>

namespace presso {

SetupFlow::SetupFlow(PressoClient &client, QWidget &window, QString application, QString deviceKind, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_window(window)
    , m_application(std::move(application))
    , m_deviceKind(std::move(deviceKind))
    , m_refused(std::make_unique<RefusedScreen>(m_deviceKind))
{
    connect(&client, &PressoClient::helloFailed, this, &SetupFlow::onRefused);
    connect(&client, &PressoClient::paired, this, [this](const QString &token, const QString &device) {
        AppOptions::remember(m_application, m_client.options().servers, token);
        Q_EMIT paired(device);
    });
    // Once in, the app's own window comes back.
    connect(&client, &PressoClient::live, this, [this] {
        if (!m_refused->isVisible())
            return;
        m_refused->hide();
        m_window.setWindowState(m_refused->windowState());
        m_window.show();
    });
    connect(m_refused.get(), &RefusedScreen::setUpAgain, this, [this] { setUpAgain(); });
}

SetupFlow::~SetupFlow()
{
    delete m_setup;
}

std::unique_ptr<SetupDialog> SetupFlow::makeSetup(const QString &problem)
{
    auto setup = std::make_unique<SetupDialog>(m_deviceKind, m_client.options().servers, problem);
    if (m_decorate)
        m_decorate(*setup);
    return setup;
}

void SetupFlow::onRefused(const Error &error)
{
    m_refused->setReason(refusalText(error, m_client.options().role));
    if (m_refused->isVisible())
        return;
    // In the window's place, full screen if it was.
    m_refused->setWindowState(m_window.windowState());
    m_refused->setGeometry(m_window.geometry());
    m_refused->show();
    m_window.hide();
}

void SetupFlow::setUpAgain(const QString &problem)
{
    if (m_setup) {
        m_setup->raise();
        return;
    }
    m_setup = makeSetup(problem).release();
    m_setup->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_setup, &QDialog::accepted, this, [this, setup = m_setup] { pair(setup->servers(), setup->code()); });
    // Where the app fills its screen, so does its setup, window manager or not.
    AppShell::showWindow(*m_setup, !(m_refused->windowState() & Qt::WindowFullScreen));
    m_setup->open();
}

void SetupFlow::pair(const QList<QUrl> &servers, const QString &code)
{
    m_client.stop();
    m_client.setCredentials(servers, {}, code);
    m_client.start();
}

} // namespace presso
