// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>

namespace twostep {

// Qt's JSON classes spend a few hundred bytes per object or array, so a 60 MiB file of tiny
// objects takes over a gigabyte to parse. This counts the objects and arrays of `json` (its '{'
// and '[' outside strings) in one pass without allocating, and says whether there are at most
// `bound`, so a reader can refuse a file before parsing it.
bool jsonContainersWithin(QByteArrayView json, qsizetype bound);

} // namespace twostep
