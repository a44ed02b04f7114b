// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "otp/AccountDetails.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

// Aegis icon packs (docs/FORMATS.md): a zip holding pack.json {uuid, name, version, icons:
// [{filename, category, issuer: [names]}]} and the images it names. Read whole from bytes, every
// size and count bounded before anything is inflated, no name outside the pack.
namespace twostep::formats {

namespace iconPackLimits {
constexpr qsizetype kMaxFileSize = qsizetype{64} * 1024 * 1024; // Aegis's own packs are ~10 MiB
constexpr qint64 kMaxEntries = 10000;
constexpr qint64 kMaxPackJson = qint64{2} * 1024 * 1024;
constexpr qint64 kMaxRatio = 200; // inflated / compressed; SVG text compresses ~5x, zip bombs ~1000x
} // namespace iconPackLimits

struct PackIcon
{
    QStringList issuers; // as the pack spells them
    QString category;
    otp::AccountIcon icon;
};

struct IconPack
{
    QString name;
    QList<PackIcon> icons;
    QStringList skipped; // icons left out and why (a missing file, not an image, over a bound)
};

// CorruptFile for a zip or pack.json that cannot be read, LimitExceeded over a bound. One bad
// icon (a name that leaves the pack, a missing file, over a bound, not an image) is a line in
// `skipped`.
Result<IconPack> readAegisIconPack(const QByteArray& zip);
// The pack's icon for `issuer`: an icon issuer equal to it ignoring case, else one that
// contains it or that it contains (Aegis's suggestion order); nullptr when none.
const PackIcon* matchIcon(const IconPack& pack, const QString& issuer);

} // namespace twostep::formats
