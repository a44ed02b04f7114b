// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/desktop/GlobalShortcuts.h"

#include "ui/Settings.h"
#include "ui/desktop/PortalRequest.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusMetaType>
#include <QDBusObjectPath>
#include <QDBusPendingCallWatcher>
#include <QGuiApplication>
#include <QLoggingCategory>

namespace twostep::ui {

namespace {
Q_LOGGING_CATEGORY(lcShortcuts, "twostep.shortcuts", QtWarningMsg)

const QString kInterface = QStringLiteral("org.freedesktop.portal.GlobalShortcuts");
} // namespace

QDBusArgument& operator<<(QDBusArgument& argument, const PortalShortcut& shortcut)
{
    argument.beginStructure();
    argument << shortcut.id << shortcut.properties;
    argument.endStructure();
    return argument;
}

const QDBusArgument& operator>>(const QDBusArgument& argument, PortalShortcut& shortcut)
{
    argument.beginStructure();
    argument >> shortcut.id >> shortcut.properties;
    argument.endStructure();
    return argument;
}

QString shortcutAccount(const Settings& settings)
{
    return settings.shortcutAccountId();
}

GlobalShortcuts::GlobalShortcuts(QObject* parent) : QObject(parent)
{
    qDBusRegisterMetaType<PortalShortcut>();
    qDBusRegisterMetaType<QList<PortalShortcut>>();
}

GlobalShortcuts::~GlobalShortcuts() = default;

void GlobalShortcuts::start()
{
    if (!QDBusConnection::sessionBus().isConnected()) {
        setState(State::Unavailable);
        return;
    }
    // A host (not sandboxed) application names itself first, so the desktop remembers its keys
    // (xdg-desktop-portal 1.19's host Registry; older portals answer UnknownMethod, and that is fine).
    QDBusMessage registration = QDBusMessage::createMethodCall(PortalRequest::kService, PortalRequest::kPath,
                                                               QStringLiteral("org.freedesktop.host.portal.Registry"),
                                                               QStringLiteral("Register"));
    registration << QGuiApplication::desktopFileName() << QVariantMap();
    auto* registered = new QDBusPendingCallWatcher(QDBusConnection::sessionBus().asyncCall(registration), this);
    connect(registered, &QDBusPendingCallWatcher::finished, this, [this, registered] {
        registered->deleteLater();
        createSession();
    });
}

void GlobalShortcuts::createSession()
{
    const QVariantMap options{{QStringLiteral("session_handle_token"), portalToken()}};
    auto* request = new PortalRequest(kInterface, QStringLiteral("CreateSession"), {}, options, this);
    connect(request, &PortalRequest::finished, this,
            [this](uint response, const QVariantMap& results, const QString& error) {
                // The specification types session_handle as a string; some portals send an object path.
                const QVariant handle = results.value(QStringLiteral("session_handle"));
                m_session =
                    handle.canConvert<QDBusObjectPath>() ? handle.value<QDBusObjectPath>().path() : handle.toString();
                if (!error.isEmpty() || m_session.isEmpty()) {
                    qCInfo(lcShortcuts) << "no GlobalShortcuts portal:" << error;
                    setState(State::Unavailable);
                    return;
                }
                if (response != 0) {
                    setState(State::Refused);
                    return;
                }
                QDBusConnection::sessionBus().connect(
                    PortalRequest::kService, PortalRequest::kPath, kInterface, QStringLiteral("Activated"), this,
                    SLOT(activated(QDBusObjectPath, QString, qulonglong, QVariantMap)));
                bind();
            });
}

void GlobalShortcuts::bind()
{
    const QList<PortalShortcut> shortcuts{
        {QString(kCopyId),
         {{QStringLiteral("description"), tr("Copy the code of the favourite account")},
          {QStringLiteral("preferred_trigger"), QStringLiteral("CTRL+ALT+Y")}}},
        {QString(kShowId),
         {{QStringLiteral("description"), tr("Show Twostep")},
          {QStringLiteral("preferred_trigger"), QStringLiteral("CTRL+ALT+T")}}},
    };
    const QVariantList arguments{QVariant::fromValue(QDBusObjectPath(m_session)), QVariant::fromValue(shortcuts),
                                 QString()};
    auto* request = new PortalRequest(kInterface, QStringLiteral("BindShortcuts"), arguments, {}, this);
    connect(request, &PortalRequest::finished, this,
            [this](uint response, const QVariantMap& results, const QString& error) {
                if (!error.isEmpty() || response != 0) {
                    qCInfo(lcShortcuts) << "BindShortcuts refused:" << response << error;
                    setState(error.isEmpty() ? State::Refused : State::Unavailable);
                    return;
                }
                QList<PortalShortcut> bound;
                results.value(QStringLiteral("shortcuts")).value<QDBusArgument>() >> bound;
                for (const PortalShortcut& shortcut : std::as_const(bound)) {
                    m_triggers.insert(shortcut.id, shortcut.properties.value(QStringLiteral("trigger_description")));
                }
                setState(State::Bound);
            });
}

void GlobalShortcuts::activated(const QDBusObjectPath& session, const QString& id, qulonglong /*timestamp*/,
                                const QVariantMap& /*options*/)
{
    if (session.path() != m_session) {
        return;
    }
    qCInfo(lcShortcuts) << "activated:" << id;
    if (id == kCopyId) {
        Q_EMIT copyRequested();
    } else if (id == kShowId) {
        Q_EMIT showRequested();
    }
}

void GlobalShortcuts::setState(State state)
{
    m_state = state;
    Q_EMIT stateChanged(state);
}

} // namespace twostep::ui
