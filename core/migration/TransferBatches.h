// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

#include <cstdint>
#include <map>
#include <set>
#include <utility>

namespace twostep::migration {

struct MigrationBatch;

// The batches of one Google Authenticator transfer export that were not among the QR codes or
// lines given. An export of batch_size QRs shares one batch_id; batch_index runs from 0.
struct MissingBatches
{
    std::int32_t batchId = 0;
    int batchSize = 0;
    QList<int> numbers; // 1-based (batch_index + 1), ascending; the first kMaxListedBatches only
    int count = 0;      // how many are missing in all

    bool operator==(const MissingBatches&) const = default;
};

// A file controls batch_size: only this many missing numbers are listed.
constexpr int kMaxListedBatches = 20;

// Collects the batch fields of the transfer QRs read together (one image, file or command) and
// says which batches of each export were not among them. Batches of size 0 or 1 (single QRs) and
// indexes outside 0..batch_size-1 tell nothing and are ignored.
class TransferBatches final
{
public:
    void add(const MigrationBatch& batch);
    // One entry per export with gaps, in the order the exports were first seen.
    QList<MissingBatches> missing() const;

private:
    using Key = std::pair<std::int32_t, int>; // batch_id, batch_size
    std::map<Key, std::set<int>> m_seen;      // ordered sets: many QRs of one export stay O(n log n)
    QList<Key> m_order;
};

} // namespace twostep::migration
