// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "migration/TransferBatches.h"

#include "migration/Migration.h"

namespace twostep::migration {

void TransferBatches::add(const MigrationBatch& batch)
{
    if (batch.batchSize <= 1 || batch.batchIndex < 0 || batch.batchIndex >= batch.batchSize) {
        return;
    }
    const Key key{batch.batchId, batch.batchSize};
    auto [found, inserted] = m_seen.try_emplace(key);
    if (inserted) {
        m_order.append(key);
    }
    found->second.insert(batch.batchIndex);
}

QList<MissingBatches> TransferBatches::missing() const
{
    QList<MissingBatches> result;
    for (const Key& key : m_order) {
        const std::set<int>& seen = m_seen.at(key);
        MissingBatches gap{key.first, key.second, {}, key.second - static_cast<int>(seen.size())};
        if (gap.count == 0) {
            continue;
        }
        // Walks the seen indexes and the gaps between them: O(seen + listed), whatever batch_size is.
        auto next = seen.begin();
        for (int index = 0; index < key.second && gap.numbers.size() < kMaxListedBatches; ++index) {
            if (next != seen.end() && *next == index) {
                ++next;
            } else {
                gap.numbers.append(index + 1);
            }
        }
        result.append(std::move(gap));
    }
    return result;
}

} // namespace twostep::migration
