// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QTimer>

#include <chrono>

namespace twostep::ui {

// Says when the vault should lock: Ctrl+L in any of the application's windows, after N minutes without keyboard or
// mouse input in the application, and when the desktop's screen saver or screen lock becomes active
// (org.freedesktop.ScreenSaver / org.gnome.ScreenSaver ActiveChanged on the session bus).
class LockWatcher final : public QObject
{
    Q_OBJECT
public:
    explicit LockWatcher(QObject* parent = nullptr);
    ~LockWatcher() override;

    void setIdleMinutes(int minutes);                       // 0 = never
    void setIdleTimeout(std::chrono::milliseconds timeout); // 0 = never
    void setFollowScreenLock(bool enabled) { m_followScreenLock = enabled; }
    // The idle clock only runs while armed (i.e. while the vault is unlocked).
    void setArmed(bool armed);
    bool isListeningToScreenSaver() const { return m_listening; }
    int idleIntervalMs() const;

Q_SIGNALS:
    // automatic: the idle time ran out or the screen locked; false for Ctrl+L.
    void lockRequested(bool automatic);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private Q_SLOTS:
    void onScreenSaverActiveChanged(bool active);

private:
    void restartIdle();

    QTimer m_idle;
    std::chrono::milliseconds m_idleTimeout{0};
    bool m_armed = false;
    bool m_followScreenLock = true;
    bool m_listening = false;
};

} // namespace twostep::ui
