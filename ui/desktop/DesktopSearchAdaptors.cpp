// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/desktop/DesktopSearchAdaptors.h"

#include "ui/desktop/DesktopSearch.h"

#include <QDBusMetaType>
#include <QRegularExpression>

namespace twostep::ui {

namespace {
const QString kIconName = QStringLiteral("io.github.twostep.Twostep");
// KRunner's QueryMatch category relevance: Low (KF6), PossibleMatch (Plasma 5).
constexpr int kCategoryRelevance = 30;
} // namespace

QDBusArgument& operator<<(QDBusArgument& argument, const RemoteMatch& match)
{
    argument.beginStructure();
    argument << match.id << match.text << match.iconName << match.categoryRelevance << match.relevance
             << match.properties;
    argument.endStructure();
    return argument;
}

const QDBusArgument& operator>>(const QDBusArgument& argument, RemoteMatch& match)
{
    argument.beginStructure();
    argument >> match.id >> match.text >> match.iconName >> match.categoryRelevance >> match.relevance >>
        match.properties;
    argument.endStructure();
    return argument;
}

QDBusArgument& operator<<(QDBusArgument& argument, const RemoteAction& action)
{
    argument.beginStructure();
    argument << action.id << action.text << action.iconName;
    argument.endStructure();
    return argument;
}

const QDBusArgument& operator>>(const QDBusArgument& argument, RemoteAction& action)
{
    argument.beginStructure();
    argument >> action.id >> action.text >> action.iconName;
    argument.endStructure();
    return argument;
}

void registerDesktopSearchTypes()
{
    qDBusRegisterMetaType<RemoteMatch>();
    qDBusRegisterMetaType<RemoteMatches>();
    qDBusRegisterMetaType<RemoteAction>();
    qDBusRegisterMetaType<RemoteActions>();
    qDBusRegisterMetaType<QList<QVariantMap>>();
}

GnomeSearchProvider::GnomeSearchProvider(DesktopSearch& search) : QObject(&search), m_search(search) {}

QStringList GnomeSearchProvider::GetInitialResultSet(const QStringList& terms)
{
    return m_search.search(terms);
}

QStringList GnomeSearchProvider::GetSubsearchResultSet(const QStringList& previousResults, const QStringList& terms)
{
    return m_search.narrow(previousResults, terms);
}

QList<QVariantMap> GnomeSearchProvider::GetResultMetas(const QStringList& identifiers)
{
    QList<QVariantMap> metas;
    for (const DesktopSearch::Result& result : m_search.describe(identifiers)) {
        metas.append({{QStringLiteral("id"), result.id},
                      {QStringLiteral("name"), result.name},
                      {QStringLiteral("description"), result.description},
                      {QStringLiteral("gicon"), kIconName}});
    }
    return metas;
}

void GnomeSearchProvider::ActivateResult(const QString& identifier, const QStringList& /*terms*/, uint /*timestamp*/)
{
    m_search.activate(identifier);
}

void GnomeSearchProvider::LaunchSearch(const QStringList& /*terms*/, uint /*timestamp*/)
{
    Q_EMIT m_search.showRequested();
}

KRunnerRunner::KRunnerRunner(DesktopSearch& search) : QObject(&search), m_search(search) {}

RemoteActions KRunnerRunner::Actions()
{
    return {};
}

RemoteMatches KRunnerRunner::Match(const QString& query)
{
    static const QRegularExpression kSpaces(QStringLiteral("\\s+"));
    const QStringList ids = m_search.search(query.split(kSpaces, Qt::SkipEmptyParts));
    RemoteMatches matches;
    for (const DesktopSearch::Result& result : m_search.describe(ids)) {
        // Earlier rows rank higher, so KRunner keeps the window's order.
        const double relevance = 1.0 - 0.01 * static_cast<double>(matches.size());
        matches.append({result.id,
                        result.name,
                        kIconName,
                        kCategoryRelevance,
                        relevance,
                        {{QStringLiteral("subtext"), result.description}}});
    }
    return matches;
}

void KRunnerRunner::Run(const QString& matchId, const QString& /*actionId*/)
{
    m_search.activate(matchId);
}

} // namespace twostep::ui
