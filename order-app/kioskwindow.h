#pragma once

#include "kioskcontroller.h"

#include <QImage>
#include <QPointer>
#include <QWidget>
#include <optional>

class QButtonGroup;
class QGridLayout;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QVBoxLayout;

namespace presso {

class FrameSource;
class QrScanner;

// The kiosk's screens over a KioskController: scan (with the live picture and typing
// the code), the menu, and the order's progress. Big type and big targets.
class KioskWindow : public QWidget
{
    Q_OBJECT
public:
    // source may be null: no camera; typing the code still works.
    KioskWindow(PressoClient &client, FrameSource *source, QWidget *parent = nullptr);
    ~KioskWindow() override;

    KioskController &controller() { return m_controller; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *makeScanPage();
    bool cameraWorks() const;
    void showLastFrame();
    void showTyping(bool on);
    QWidget *makeMenuPage();
    QWidget *makeStatusPage();
    void rebuildMenu();
    QWidget *page(int index) const;
    // Shows the controller's state; one function per part of the screen.
    void refresh();
    void showStage(KioskController::Stage stage);
    void checkChosenDrink();
    void showModifiers();
    void clearModifiers();
    void addModifierRow(const MenuItem &item, const ModifierGroup &group);
    void showChoice();
    void showTimeLeft();
    void showStatus();
    void showFollow();

    KioskController m_controller;
    FrameSource *m_source;
    QrScanner *m_scanner;
    QStackedWidget *m_pages;
    QLabel *m_preview;
    QImage m_lastFrame;
    QLabel *m_scanMessage;
    QLineEdit *m_codeEdit;
    QWidget *m_typing;
    QPushButton *m_typeInstead;
    // The stage refresh() last showed, to act on entering a stage rather than on every change.
    std::optional<KioskController::Stage> m_shownStage;
    QGridLayout *m_tiles;
    QVBoxLayout *m_modifierBox;
    QLineEdit *m_nameEdit;
    QLabel *m_summary;
    QLabel *m_menuMessage;
    QProgressBar *m_timeBar;
    QPushButton *m_orderButton;
    QPushButton *m_cancelChoosing;
    QLabel *m_statusTitle;
    QLabel *m_statusDetail;
    QPushButton *m_cancelOrder;
    QWidget *m_follow;
    QLabel *m_followSymbol;
    QString m_followUrl; // what m_followSymbol shows
    QPushButton *m_doneButton;
    QPointer<QWidget> m_pendingFocus; // where the keyboard goes once the page shows
    QString m_menuShape;
    QString m_modifierDrink;
};

} // namespace presso
