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
class ClipboardService final : public QObject
{
    Q_OBJECT
public:
    static constexpr int kDefaultClearAfterSeconds = 30;

    explicit ClipboardService(QClipboard* clipboard, QObject* parent = nullptr);
    ~ClipboardService() override;

    void copySecret(const QString& text);
    // 0 keeps the code until something else replaces it.
    void setClearAfterSeconds(int seconds);
    int clearAfterSeconds() const { return m_clearAfterSeconds; }

    // True while the clipboard still holds the last text we copied.
    bool holdsOurText() const;
    // Clears the clipboard now if it still holds our text (e.g. when the vault locks).
    void clearIfOurs();

Q_SIGNALS:
    void copied();
    void cleared();

private:
    QClipboard* m_clipboard;
    QTimer m_clearTimer;
    QString m_lastText;
    int m_clearAfterSeconds = kDefaultClearAfterSeconds;
};

} // namespace twostep::ui
