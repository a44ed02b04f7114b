// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDBusArgument>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QVariantMap>

// The D-Bus faces of DesktopSearch, with the method names and signatures the desktops call.
namespace twostep::ui {

class DesktopSearch;

// KRunner's match, a(sssida{sv}): id, text, icon name, category relevance, relevance, properties.
struct RemoteMatch
{
    QString id;
    QString text;
    QString iconName;
    int categoryRelevance = 0;
    double relevance = 0;
    QVariantMap properties;
};
// KRunner's action, a(sss): id, text, icon name.
struct RemoteAction
{
    QString id;
    QString text;
    QString iconName;
};
using RemoteMatches = QList<RemoteMatch>;
using RemoteActions = QList<RemoteAction>;

QDBusArgument& operator<<(QDBusArgument& argument, const RemoteMatch& match);
const QDBusArgument& operator>>(const QDBusArgument& argument, RemoteMatch& match);
QDBusArgument& operator<<(QDBusArgument& argument, const RemoteAction& action);
const QDBusArgument& operator>>(const QDBusArgument& argument, RemoteAction& action);

// Registers the types above and aa{sv} with QtDBus (idempotent).
void registerDesktopSearchTypes();

// org.gnome.Shell.SearchProvider2, as GNOME Shell's remoteSearch.js calls it.
class GnomeSearchProvider final : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.gnome.Shell.SearchProvider2")
public:
    explicit GnomeSearchProvider(DesktopSearch& search);

public Q_SLOTS:
    QStringList GetInitialResultSet(const QStringList& terms);
    QStringList GetSubsearchResultSet(const QStringList& previousResults, const QStringList& terms);
    QList<QVariantMap> GetResultMetas(const QStringList& identifiers);
    void ActivateResult(const QString& identifier, const QStringList& terms, uint timestamp);
    void LaunchSearch(const QStringList& terms, uint timestamp);

private:
    DesktopSearch& m_search;
};

// org.kde.krunner1, as KRunner's DBusRunner calls it.
class KRunnerRunner final : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.kde.krunner1")
public:
    explicit KRunnerRunner(DesktopSearch& search);

public Q_SLOTS:
    RemoteActions Actions();
    RemoteMatches Match(const QString& query);
    void Run(const QString& matchId, const QString& actionId);

private:
    DesktopSearch& m_search;
};

} // namespace twostep::ui

Q_DECLARE_METATYPE(twostep::ui::RemoteMatch)
Q_DECLARE_METATYPE(twostep::ui::RemoteAction)
