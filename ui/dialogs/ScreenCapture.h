// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDBusMessage>
#include <QImage>
#include <QList>
#include <QObject>
#include <QTimer>
#include <QVariantMap>

#include <chrono>

namespace twostep::ui {

// Pictures of every monitor, kept in memory. On X11 (and other platforms that allow it) each
// QScreen is grabbed directly; on Wayland the xdg-desktop-portal Screenshot call asks the
// compositor, and the file the portal hands over is deleted as soon as it has been read. A
// portal that does not answer is given up on after portalTimeout(); a late answer is ignored.
class ScreenCapture final : public QObject
{
    Q_OBJECT
public:
    explicit ScreenCapture(QObject* parent = nullptr);

    static constexpr std::chrono::milliseconds kDefaultPortalTimeout{30000};
    // How long the portal may stay silent before waiting() tells the user.
    static constexpr std::chrono::milliseconds kWaitingAfter{1500};

    static bool usesPortal();
    // Emits captured() or failed() exactly once per call, possibly before returning.
    void capture();
    // Gives up on the portal's answer now: failed() says the user cancelled.
    void cancel();
    bool isWaitingForPortal() const { return m_portalTimeout.isActive(); }
    void setPortalTimeout(std::chrono::milliseconds timeout) { m_portalTimeout.setInterval(timeout); }
    std::chrono::milliseconds portalTimeout() const { return m_portalTimeout.intervalAsDuration(); }

Q_SIGNALS:
    void captured(const QList<QImage>& images);
    void failed(const QString& reason);
    // The portal has not answered for kWaitingAfter: a visible state with Cancel is due.
    void waiting();

private Q_SLOTS:
    void portalResponse(uint response, const QVariantMap& results, const QDBusMessage& message);

private:
    void requestPortalScreenshot();
    // Stops listening for the current request: a later answer finds nobody.
    void giveUp(const QString& reason);
    void stopListening(const QString& requestPath);
    QString m_requestPath;
    QTimer m_portalTimeout;
    QTimer m_waitingTimer;
};

} // namespace twostep::ui
