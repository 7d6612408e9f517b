#pragma once

#include "appoptions.h"
#include "pressoclient.h"

#include <QApplication>
#include <QCommandLineParser>
#include <functional>
#include <memory>

namespace presso {

class SetupDialog;
class SetupFlow;

// What every presso screen does around its own window: the shared command line
// (--server, --token, --windowed, --language, --screenshot-on-exit,
// --[no-]on-screen-keyboard), the translation,
// first-run setup screen,
// the theme, the PressoClient, fullscreen or windowed, and a clean exit on SIGTERM.
class AppShell
{
public:
    struct Spec
    {
        QString application; // QSettings name and binary, e.g. "presso-display"
        Role role;
        bool onScreenKeyboard = false; // on by default (a touch screen with no keyboard)
    };
    using WindowFactory = std::function<std::unique_ptr<QWidget>(PressoClient &client)>;
    // Told when the shop's languages change (the device has none of its own) and the first
    // is in use: true when window follows by itself (the display), false to have the shell
    // make the window anew in the new language.
    using LanguageHandler = std::function<bool(QWidget &window, const QStringList &languages)>;

    AppShell(int &argc, char **argv, Spec spec);
    ~AppShell();

    // Add the app's own options before run().
    QCommandLineParser &parser() { return m_parser; }
    // Called on every setup screen, once the command line is parsed: the kiosk puts its
    // camera in, to scan the pairing code.
    void setSetupDecorator(std::function<void(SetupDialog &)> decorate) { m_decorate = std::move(decorate); }
    // The languages the screen speaks, once run() has parsed: --language (or remembered),
    // else the shop's (ShopLanguages). The first is in use; the display alternates two.
    QStringList languages() const { return m_languages; }
    void setLanguageHandler(LanguageHandler handler) { m_languageHandler = std::move(handler); }
    // Makes the window anew (and asks the server for a whole snapshot for it), once the
    // event loop is back: after a change of language the window could not follow.
    void rebuildWindow();
    // Parses, sets up, connects, shows the window and runs the event loop.
    int run(const WindowFactory &makeWindow);
    // Shows an app's window: windowed at its own size, or filling the screen it is on.
    static void showWindow(QWidget &window, bool windowed);

private:
    bool m_keyboard; // before m_app: the input method is chosen before the app exists
    QApplication m_app;
    Spec m_spec;
    QCommandLineParser m_parser;
    AppOptions m_options;
    QCommandLineOption m_screenshotOption;
    std::function<void(SetupDialog &)> m_decorate;
    QCommandLineOption m_keyboardOption;
    QCommandLineOption m_noKeyboardOption;
    QStringList m_languages;
    LanguageHandler m_languageHandler;
    std::function<void()> m_rebuild; // set while run() runs
    bool m_rebuildPending = false;
};

} // namespace presso
