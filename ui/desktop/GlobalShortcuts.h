// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDBusArgument>
#include <QList>
#include <QObject>
#include <QString>
#include <QVariantMap>

namespace twostep::ui {

class Settings;

// One entry of the portal's a(sa{sv}) shortcut lists: an id and its properties (description,
// preferred_trigger, trigger_description).
struct PortalShortcut
{
    QString id;
    QVariantMap properties;
};
QDBusArgument& operator<<(QDBusArgument& argument, const PortalShortcut& shortcut);
const QDBusArgument& operator>>(const QDBusArgument& argument, PortalShortcut& shortcut);

// Desktop-wide shortcuts through the XDG GlobalShortcuts portal (org.freedesktop.portal.GlobalShortcuts):
// CreateSession, then BindShortcuts with "copy the favourite's code" and "show Twostep"; the
// desktop lets the user pick the keys and sends Activated. Where no portal offers it (X11 desktops,
// older portals), state() says so and the user binds `twostep --copy` in the desktop's settings.
class GlobalShortcuts final : public QObject
{
    Q_OBJECT
public:
    static constexpr QLatin1StringView kCopyId{"copy-favourite-code"};
    static constexpr QLatin1StringView kShowId{"show-window"};

    enum class State { Starting, Bound, Refused, Unavailable };

    explicit GlobalShortcuts(QObject* parent = nullptr);
    ~GlobalShortcuts() override;

    // Asks the portal for a session and binds both shortcuts.
    void start();
    State state() const { return m_state; }
    // The keys the desktop reports for each id (trigger_description), once bound.
    QVariantMap triggers() const { return m_triggers; }

Q_SIGNALS:
    void stateChanged(twostep::ui::GlobalShortcuts::State state);
    void copyRequested();
    void showRequested();

private Q_SLOTS:
    void activated(const QDBusObjectPath& session, const QString& id, qulonglong timestamp, const QVariantMap& options);

private:
    void createSession();
    void bind();
    void setState(State state);

    State m_state = State::Starting;
    QString m_session;
    QVariantMap m_triggers;
};

// The account the "copy" shortcut copies: its id, or empty for the first favourite (RemoteCopy).
QString shortcutAccount(const Settings& settings);

} // namespace twostep::ui

Q_DECLARE_METATYPE(twostep::ui::PortalShortcut)
