#include "appshell.h"

#include "devicesetup.h"
#include "language.h"
#include "onscreenkeyboard.h"
#include "quitsignals.h"
#include "setupdialog.h"
#include "setupflow.h"
#include "shoplanguages.h"
#include "theme.h"

#include <QScreen>
#include <QTextStream>
#include <QTimer>

namespace presso {

AppShell::AppShell(int &argc, char **argv, Spec spec)
    : m_keyboard(chooseOnScreenKeyboard(argc, argv, spec.onScreenKeyboard))
    , m_app(argc, argv)
    , m_spec(std::move(spec))
    , m_options(m_spec.application)
    , m_screenshotOption(QStringLiteral("screenshot-on-exit"),
                         QStringLiteral("Save a picture of the window to FILE when the app quits."),
                         QStringLiteral("FILE"))
    , m_keyboardOption(QStringLiteral("on-screen-keyboard"), QStringLiteral("Type with an on-screen keyboard (touch screens)."))
    , m_noKeyboardOption(QStringLiteral("no-on-screen-keyboard"), QStringLiteral("No on-screen keyboard (a real keyboard is attached)."))
{
    QApplication::setOrganizationName(QString::fromLatin1(AppOptions::kOrganization));
    QApplication::setApplicationName(m_spec.application);
    m_parser.addHelpOption();
    m_options.addTo(m_parser);
    m_parser.addOption(m_screenshotOption);
    m_parser.addOption(m_keyboardOption); // read by chooseOnScreenKeyboard, listed for --help
    m_parser.addOption(m_noKeyboardOption);
    theme::apply(m_app);
}

AppShell::~AppShell() = default;

void AppShell::showWindow(QWidget &window, bool windowed)
{
    if (windowed) {
        window.show();
        return;
    }
    // Full screen is only a wish that a window manager grants; a kiosk or a TV often runs
    // none, and the window would keep the size it was made with (the display's 1920×1080
    // on a 1280×800 screen, cut off). So the window takes its screen's place itself.
    if (const QScreen *screen = window.screen() ? window.screen() : QGuiApplication::primaryScreen())
        window.setGeometry(screen->geometry());
    window.showFullScreen();
}

int AppShell::run(const WindowFactory &makeWindow)
{
    m_parser.process(m_app);
    QString problem;
    const QStringList own = m_options.readLanguages(m_parser);
    for (const QString &code : own) {
        if (!language::isAvailable(code)) {
            QTextStream(stderr) << m_spec.application << ": --language: no translation for \"" << code
                                << "\"; there are " << language::shipped().join(QStringLiteral(", ")) << Qt::endl;
            return 1;
        }
    }
    // Without its own, the screen speaks the shop's languages as last heard.
    m_languages = own.isEmpty() ? ShopLanguages::remembered(m_spec.application) : own;
    language::use(m_languages.value(0));
    AppOptions::Look look;
    if (!m_options.readLook(m_parser, &look, &problem)) {
        QTextStream(stderr) << m_spec.application << ": " << problem << Qt::endl;
        return 1;
    }
    theme::setLook({look.textScale, look.highContrast});
    theme::apply(m_app);
    const QString kind = deviceKindText(m_spec.role);
    if (!m_options.readCaCert(m_parser, &problem)) {
        QTextStream(stderr) << m_spec.application << ": " << problem << Qt::endl;
        return 1;
    }
    PressoClientOptions clientOptions;
    clientOptions.role = m_spec.role;
    clientOptions.caCertificates = m_options.caCertificates();
    if (m_options.read(m_parser, &problem)) {
        clientOptions.servers = m_options.servers();
        clientOptions.token = m_options.token();
    } else {
        // First run, or the command line cannot work (a bad --server, a blank --token):
        // set up once and pair. The command line is not read again, or it would bring
        // this screen back forever.
        const QList<QUrl> servers = m_options.servers();
        SetupDialog setup(kind, servers.isEmpty() ? QList<QUrl>{AppOptions::defaultServer()} : servers,
                          problem);
        if (m_decorate)
            m_decorate(setup);
        showWindow(setup, m_options.windowed());
        if (setup.exec() != QDialog::Accepted)
            return 1;
        clientOptions.servers = setup.servers();
        clientOptions.pairCode = setup.code();
    }
    PressoClient client(clientOptions);
    QObject::connect(&client, &PressoClient::helloFailed, &m_app, [this](const Error &error) {
        QTextStream(stderr) << m_spec.application << ": the server refused this device: " << error.message
                            << Qt::endl;
    });

    std::unique_ptr<QWidget> window;
    std::unique_ptr<SetupFlow> flow;
    auto build = [&] {
        auto made = makeWindow(client);
        made->setWindowTitle(QStringLiteral("presso %1").arg(kind));
        // The refused screen and "Set up this device again"; a new token is remembered.
        flow = std::make_unique<SetupFlow>(client, *made, m_spec.application, kind);
        flow->setDecorator(m_decorate);
        showWindow(*made, m_options.windowed());
        window = std::move(made);
    };
    build();
    m_rebuild = [&] {
        build();
        client.resync(); // the new window's models start empty
        QTextStream(stderr) << m_spec.application << ": the screen is made anew in " << language::current() << Qt::endl;
    };
    ShopLanguages shopLanguages(client, m_spec.application, own);
    QObject::connect(&shopLanguages, &ShopLanguages::changed, &m_app, [&](const QStringList &languages) {
        m_languages = languages;
        if (!m_languageHandler || !m_languageHandler(*window, languages))
            rebuildWindow();
    });

    const QString screenshot = m_parser.value(m_screenshotOption);
    QObject::connect(&m_app, &QCoreApplication::aboutToQuit, &m_app, [&window, screenshot] {
        if (!screenshot.isEmpty() && !window->grab().save(screenshot))
            QTextStream(stderr) << "could not save the screenshot to " << screenshot << Qt::endl;
    });
    installQuitSignals();
    client.start();
    const int code = QApplication::exec();
    m_rebuild = nullptr;
    flow.reset();
    window.reset();
    return code;
}

void AppShell::rebuildWindow()
{
    if (!m_rebuild || m_rebuildPending)
        return;
    m_rebuildPending = true;
    QTimer::singleShot(0, &m_app, [this] {
        m_rebuildPending = false;
        if (m_rebuild)
            m_rebuild();
    });
}

} // namespace presso
