// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/desktop/DesktopSearch.h"

#include "ui/AccountListModel.h"
#include "ui/MainWindow.h"
#include "ui/Settings.h"
#include "ui/desktop/DesktopSearchAdaptors.h"

namespace twostep::ui {

namespace {
// One letter would list every account on each first keystroke.
constexpr int kMinQueryLength = 2;
// A caller asking for the names of more ids than any result list holds is not a desktop shell.
constexpr int kMaxDescribed = 100;
} // namespace

QString DesktopSearch::busName()
{
    return QStringLiteral("io.github.twostep.Twostep.SearchProvider");
}

QString DesktopSearch::gnomeObjectPath()
{
    return QStringLiteral("/io/github/twostep/Twostep/SearchProvider");
}

QString DesktopSearch::krunnerObjectPath()
{
    return QStringLiteral("/io/github/twostep/Twostep/KRunner");
}

QString DesktopSearch::unlockResultId()
{
    return QStringLiteral("twostep:unlock");
}

DesktopSearch::DesktopSearch(AccountListModel* model, Settings& settings, QObject* parent)
    : QObject(parent), m_model(model), m_settings(settings)
{}

DesktopSearch::~DesktopSearch()
{
    if (!m_connectionName.isEmpty()) {
        QDBusConnection bus(m_connectionName);
        bus.unregisterObject(gnomeObjectPath());
        bus.unregisterObject(krunnerObjectPath());
        bus.unregisterService(busName());
    }
}

void DesktopSearch::followWindow(MainWindow& window)
{
    m_unlocked = window.isUnlocked();
    connect(&window, &MainWindow::unlocked, this, [this] { m_unlocked = true; });
    connect(&window, &MainWindow::locked, this, [this] { m_unlocked = false; });
    connect(this, &DesktopSearch::copyRequested, &window, &MainWindow::copyCode);
    connect(this, &DesktopSearch::showRequested, &window, &MainWindow::raiseFromOutside);
}

bool DesktopSearch::registerOn(QDBusConnection bus)
{
    registerDesktopSearchTypes();
    auto* gnome = new GnomeSearchProvider(*this);
    auto* krunner = new KRunnerRunner(*this);
    const auto exported = QDBusConnection::ExportAllSlots;
    if (!bus.registerObject(gnomeObjectPath(), gnome, exported) ||
        !bus.registerObject(krunnerObjectPath(), krunner, exported) || !bus.registerService(busName())) {
        bus.unregisterObject(gnomeObjectPath());
        bus.unregisterObject(krunnerObjectPath());
        return false;
    }
    m_connectionName = bus.name();
    return true;
}

bool DesktopSearch::stripKeyword(QStringList& terms) const
{
    terms.removeAll(QString());
    const QString keyword = m_settings.searchKeyword();
    if (keyword.isEmpty()) {
        return terms.join(QString()).size() >= kMinQueryLength;
    }
    if (terms.isEmpty() || terms.first().compare(keyword, Qt::CaseInsensitive) != 0) {
        return false;
    }
    terms.removeFirst();
    return true;
}

bool DesktopSearch::matches(int row, const QStringList& terms) const
{
    const QString text = m_model->index(row).data(AccountListModel::FilterRole).toString();
    for (const QString& term : terms) {
        if (!text.contains(term, Qt::CaseInsensitive)) {
            return false;
        }
    }
    return true;
}

QStringList DesktopSearch::search(const QStringList& query) const
{
    QStringList terms = query;
    if (!stripKeyword(terms)) {
        return {};
    }
    if (!m_unlocked) {
        return {unlockResultId()};
    }
    QStringList ids;
    for (int row = 0; row < m_model->rowCount() && ids.size() < kMaxResults; ++row) {
        if (matches(row, terms)) {
            ids << m_model->idAt(row);
        }
    }
    return ids;
}

QStringList DesktopSearch::narrow(const QStringList& previous, const QStringList& query) const
{
    QStringList terms = query;
    if (!m_unlocked || !stripKeyword(terms)) {
        return search(query);
    }
    QStringList ids;
    for (const QString& id : previous.mid(0, kMaxDescribed)) {
        if (const int row = m_model->rowOf(id); row >= 0 && matches(row, terms)) {
            ids << id;
        }
    }
    return ids;
}

QList<DesktopSearch::Result> DesktopSearch::describe(const QStringList& ids) const
{
    QList<Result> results;
    for (const QString& id : ids.mid(0, kMaxDescribed)) {
        if (id == unlockResultId()) {
            results.append({id, tr("Unlock Twostep"), tr("Open Twostep to unlock the vault")});
            continue;
        }
        const int row = m_unlocked ? m_model->rowOf(id) : -1;
        if (row < 0) {
            continue;
        }
        const QModelIndex index = m_model->index(row);
        const QString issuer = index.data(AccountListModel::IssuerRole).toString();
        const QString name = index.data(AccountListModel::NameRole).toString();
        results.append(issuer.isEmpty() ? Result{id, name, QString()} : Result{id, issuer, name});
    }
    return results;
}

void DesktopSearch::activate(const QString& id)
{
    if (!m_unlocked || id == unlockResultId()) {
        Q_EMIT showRequested();
    } else if (m_model->rowOf(id) >= 0) {
        Q_EMIT copyRequested(id);
    }
}

} // namespace twostep::ui
