// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

#include <functional>

namespace twostep::ui {

// A desktop notification through org.freedesktop.Notifications on the session bus; where no
// notification server answers, `fallback` shows it (the tray icon's balloon). Each notification
// replaces the previous one, so repeated copies do not pile up.
class DesktopNotifier final : public QObject
{
    Q_OBJECT
public:
    using Fallback = std::function<void(const QString& summary, const QString& body)>;

    explicit DesktopNotifier(Fallback fallback, QObject* parent = nullptr);
    ~DesktopNotifier() override;

    void notify(const QString& summary, const QString& body);

Q_SIGNALS:
    // The server took it (true) or the fallback showed it (false): tests wait for this.
    void shown(bool byNotificationServer);

private:
    Fallback m_fallback;
    uint m_lastId = 0;
};

} // namespace twostep::ui
