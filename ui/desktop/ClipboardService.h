// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>
#include <QTimer>

class QClipboard;

namespace twostep::ui {

// Puts codes on the clipboard marked `x-kde-passwordManagerHint: secret` (so Klipper and other
// clipboard managers keep no history of them) and clears them again after a delay, but only if
// the clipboard still holds what we put there. One instance per application, passed to whoever
// copies codes.
//
// A Wayland compositor takes clipboard changes only from the focused client, and GNOME's keeps a
// copy of a released selection: so a clear that falls due while we are not focused waits for the
// next activation (or lock, or quit while focused), and clears by taking the clipboard with empty
// content rather than by releasing it. A copy is checked after the event loop turned: a
// compositor that refused it leaves the clipboard to someone else.
class ClipboardService final : public QObject
{
    Q_OBJECT
public:
    static constexpr int kDefaultClearAfterSeconds = 30;
    // Long enough for the compositor to cancel a refused selection.
    static constexpr int kCopyCheckMs = 300;

    explicit ClipboardService(QClipboard* clipboard, QObject* parent = nullptr);
    ~ClipboardService() override;

    void copySecret(const QString& text);
    // 0 keeps the code until something else replaces it.
    void setClearAfterSeconds(int seconds);
    int clearAfterSeconds() const { return m_clearAfterSeconds; }

    // True while the clipboard still holds the last text we copied.
    bool holdsOurText() const;
    // True while a clear waits for the window to be focused again.
    bool isClearPending() const { return m_clearPending; }
    // Clears the clipboard now if it still holds our text (e.g. when the vault locks); on Wayland
    // without focus it stays pending until the next activation.
    void clearIfOurs();

    // Whether the compositor may still refuse a copy after copySecret() returns (Wayland): the
    // verdict is copied() or copyFailed().
    static bool verdictComesLater();

Q_SIGNALS:
    // The copy took: the clipboard holds the text.
    void copied();
    // The copy did not take; `message` says so and what to do.
    void copyFailed(const QString& message);
    void cleared();
    // Said once per run: why a code stays on the clipboard for now.
    void notice(const QString& message);

private:
    bool mayChangeClipboard() const;
    void checkCopy(quint64 serial);
    void clearNow();
    void applicationStateChanged(Qt::ApplicationState state);

    QClipboard* m_clipboard;
    QTimer m_clearTimer;
    QString m_lastText;
    quint64 m_copySerial = 0;
    int m_clearAfterSeconds = kDefaultClearAfterSeconds;
    bool m_clearPending = false;
    bool m_toldAboutFocus = false;
};

} // namespace twostep::ui
