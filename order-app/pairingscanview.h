#pragma once

#include <QLabel>

namespace presso {

class FrameSource;
class QrScanner;

// The camera's picture on the kiosk's setup screen, read for a pairing code: every QR
// text it sees goes out as found() (the setup screen decides what it is). The source
// is started while the view shows and stopped when it hides.
class PairingScanView : public QLabel
{
    Q_OBJECT
public:
    // source: not owned; it outlives the view.
    explicit PairingScanView(FrameSource *source, QWidget *parent = nullptr);

Q_SIGNALS:
    void found(const QString &text);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    FrameSource *m_source;
    QrScanner *m_scanner;
};

} // namespace presso
