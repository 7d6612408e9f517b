#include "appshell.h"

#include "quitsignals.h"
#include "setupdialog.h"
#include "theme.h"

#include <QTextStream>

namespace presso {

AppShell::AppShell(int &argc, char **argv, Spec spec)
    : m_app(argc, argv)
    , m_spec(std::move(spec))
    , m_options(m_spec.application)
    , m_screenshotOption(QStringLiteral("screenshot-on-exit"),
                         QStringLiteral("Save a picture of the window to FILE when the app quits."),
                         QStringLiteral("FILE"))
{
    QApplication::setOrganizationName(QString::fromLatin1(AppOptions::kOrganization));
    QApplication::setApplicationName(m_spec.application);
    m_parser.addHelpOption();
    m_options.addTo(m_parser);
    m_parser.addOption(m_screenshotOption);
    theme::apply(m_app);
}

AppShell::~AppShell() = default;

int AppShell::run(const WindowFactory &makeWindow)
{
    m_parser.process(m_app);
    QString problem;
    while (!m_options.read(m_parser, &problem)) {
        SetupDialog setup(m_spec.deviceKind, m_options.server(), problem);
        if (setup.exec() != QDialog::Accepted)
            return 1;
        AppOptions::remember(m_spec.application, setup.server(), setup.token());
    }

    PressoClientOptions clientOptions;
    clientOptions.url = m_options.server();
    clientOptions.role = m_spec.role;
    clientOptions.token = m_options.token();
    PressoClient client(clientOptions);
    QObject::connect(&client, &PressoClient::helloFailed, &m_app, [this](const Error &error) {
        QTextStream(stderr) << m_spec.application << ": the server refused this device: " << error.message
                            << Qt::endl;
    });

    std::unique_ptr<QWidget> window = makeWindow(client);
    window->setWindowTitle(QStringLiteral("presso %1").arg(m_spec.deviceKind));
    if (m_options.windowed())
        window->show();
    else
        window->showFullScreen();

    const QString screenshot = m_parser.value(m_screenshotOption);
    QObject::connect(&m_app, &QCoreApplication::aboutToQuit, &m_app, [&window, screenshot] {
        if (!screenshot.isEmpty() && !window->grab().save(screenshot))
            QTextStream(stderr) << "could not save the screenshot to " << screenshot << Qt::endl;
    });
    installQuitSignals();
    client.start();
    const int code = QApplication::exec();
    window.reset();
    return code;
}

} // namespace presso
