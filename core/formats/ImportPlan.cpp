// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "formats/ImportPlan.h"

#include "formats/ImportSupport.h"

#include <QHash>
#include <QHashFunctions>

#include <unordered_set>

namespace twostep::formats {

namespace {

// The first account of each token; the pointers are into lists that outlive the set and do not grow.
using TokenIndex = std::unordered_set<const otp::Account*, otp::TokenHash, otp::SameToken>;

} // namespace

QList<otp::Account> ImportPlan::selectedAccounts() const
{
    QList<otp::Account> accounts;
    for (const PlannedAccount& item : items) {
        if (item.selected) {
            accounts.append(item.account);
        }
    }
    return accounts;
}

int ImportPlan::count(PlannedAccount::Status status) const
{
    int total = 0;
    for (const PlannedAccount& item : items) {
        total += item.status == status ? 1 : 0;
    }
    return total;
}

ImportPlan planImport(ImportResult incoming, const QList<otp::Account>& existing)
{
    ImportPlan plan;
    support::leaveOutOverlongLabels(incoming);
    plan.skipped = std::move(incoming.skipped);
    plan.omittedSkipped = incoming.omittedSkipped;
    plan.notes = std::move(incoming.notes);
    plan.missingBatches = std::move(incoming.missingBatches);
    // Moved, not copied: every copy of a secret is another locked allocation.
    plan.items.reserve(incoming.accounts.size());
    for (otp::Account& account : incoming.accounts) {
        plan.items.append(PlannedAccount{std::move(account), PlannedAccount::Status::New, {}, true});
    }
    // First account of each token: emplace keeps the first, as the earlier pairwise scan did.
    TokenIndex inVault;
    inVault.reserve(static_cast<std::size_t>(existing.size()));
    for (const otp::Account& known : existing) {
        inVault.emplace(&known);
    }
    QHash<std::pair<QString, QString>, qsizetype> labels;
    labels.reserve(existing.size());
    for (qsizetype i = existing.size() - 1; i >= 0; --i) {
        labels.insert({existing.at(i).issuer, existing.at(i).name}, i);
    }
    TokenIndex inFile;
    inFile.reserve(static_cast<std::size_t>(plan.items.size()));
    for (PlannedAccount& item : plan.items) {
        if (const auto known = inVault.find(&item.account); known != inVault.end()) {
            item.status = PlannedAccount::Status::Duplicate;
            item.duplicateOf = (*known)->label();
        } else if (const auto [earlier, first] = inFile.emplace(&item.account); !first) {
            item.status = PlannedAccount::Status::DuplicateInFile;
            item.duplicateOf = (*earlier)->label();
        }
        item.selected = item.status == PlannedAccount::Status::New;
        if (item.selected) {
            item.sameLabelAs = labels.value({item.account.issuer, item.account.name}, -1);
        }
    }
    return plan;
}

} // namespace twostep::formats
