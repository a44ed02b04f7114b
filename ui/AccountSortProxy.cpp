// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/AccountSortProxy.h"

#include "ui/AccountListModel.h"

#include <array>
#include <utility>

namespace twostep::ui {

namespace {

constexpr std::array<std::pair<AccountSortProxy::SortOrder, const char*>, 5> kNames{{
    {AccountSortProxy::SortOrder::ByHand, "byHand"},
    {AccountSortProxy::SortOrder::Name, "name"},
    {AccountSortProxy::SortOrder::Issuer, "issuer"},
    {AccountSortProxy::SortOrder::MostUsed, "mostUsed"},
    {AccountSortProxy::SortOrder::LastUsed, "lastUsed"},
}};

int compareText(const QModelIndex& a, const QModelIndex& b, int role)
{
    return a.data(role).toString().compare(b.data(role).toString(), Qt::CaseInsensitive);
}

} // namespace

AccountSortProxy::AccountSortProxy(QObject* parent) : QSortFilterProxyModel(parent)
{
    setFilterRole(AccountListModel::FilterRole);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
    setDynamicSortFilter(true);
    sort(0);
}

void AccountSortProxy::setSortOrder(SortOrder order)
{
    m_order = order;
    invalidate();
}

void AccountSortProxy::setGroup(const QString& group)
{
    m_group = group;
    invalidateFilter();
}

QString AccountSortProxy::sortOrderName(SortOrder order)
{
    for (const auto& [value, name] : kNames) {
        if (value == order) {
            return QString::fromLatin1(name);
        }
    }
    return {};
}

AccountSortProxy::SortOrder AccountSortProxy::sortOrderFromName(const QString& name)
{
    for (const auto& [value, text] : kNames) {
        if (name == QLatin1String(text)) {
            return value;
        }
    }
    return SortOrder::ByHand;
}

bool AccountSortProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (!m_group.isEmpty()) {
        const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
        if (!index.data(AccountListModel::GroupsRole).toStringList().contains(m_group)) {
            return false;
        }
    }
    return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
}

bool AccountSortProxy::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    const bool leftFavorite = left.data(AccountListModel::FavoriteRole).toBool();
    if (leftFavorite != right.data(AccountListModel::FavoriteRole).toBool()) {
        return leftFavorite;
    }
    int order = 0;
    switch (m_order) {
    case SortOrder::ByHand:
        break;
    case SortOrder::Name:
        order = compareText(left, right, AccountListModel::NameRole);
        order = order != 0 ? order : compareText(left, right, AccountListModel::IssuerRole);
        break;
    case SortOrder::Issuer:
        order = compareText(left, right, AccountListModel::IssuerRole);
        order = order != 0 ? order : compareText(left, right, AccountListModel::NameRole);
        break;
    case SortOrder::MostUsed:
    case SortOrder::LastUsed: {
        const int role =
            m_order == SortOrder::MostUsed ? AccountListModel::UseCountRole : AccountListModel::LastUsedRole;
        const qlonglong a = left.data(role).toLongLong();
        const qlonglong b = right.data(role).toLongLong();
        order = a == b ? 0 : (a > b ? -1 : 1); // most first
        break;
    }
    }
    return order != 0 ? order < 0 : left.row() < right.row();
}

} // namespace twostep::ui
