// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringList>
#include <QtGlobal>

// What an account list shows besides codes, as Aegis and 2FAS keep it: a note, group names, a
// favourite mark and an icon. Bounded, because vault files and imports carry it.
namespace twostep::otp {

// An image shown beside the account: its bytes and their MIME type (one of kIconMimeTypes).
struct AccountIcon
{
    QByteArray data;
    QString mimeType;
    bool isEmpty() const { return data.isEmpty(); }
    bool operator==(const AccountIcon&) const = default;
};

struct AccountDetails
{
    QString note;
    QStringList groups; // group names, each once, in the order the user gave them
    bool favorite = false;
    AccountIcon icon;
    bool operator==(const AccountDetails&) const = default;
};

namespace detailLimits {
// Aegis's icon packs ship PNGs of a few KiB and SVGs of one or two; 256 KiB fits any sane icon,
// and 1,000 of them still fit the vault's 64 MiB.
constexpr qsizetype kMaxIconBytes = qsizetype{256} * 1024;
constexpr qsizetype kMaxNoteLength = 10000; // UTF-16 units; Aegis's notes are a few lines
constexpr qsizetype kMaxGroups = 64;        // per account
constexpr qsizetype kMaxGroupNameLength = 256;
} // namespace detailLimits

inline const QString kPngMime = QStringLiteral("image/png");
inline const QString kJpegMime = QStringLiteral("image/jpeg");
inline const QString kSvgMime = QStringLiteral("image/svg+xml");

// The MIME type `data` is by its first bytes (PNG, JPEG or SVG text), or empty for anything else.
QString sniffIconMimeType(QByteArrayView data);
// An icon from bytes: InvalidInput when they are not PNG, JPEG or SVG, LimitExceeded over
// kMaxIconBytes. `declaredMime`, when given, must agree with the bytes.
Result<AccountIcon> makeIcon(const QByteArray& data, const QString& declaredMime = {});
// Group names as kept: trimmed, empty ones dropped, each once (case-sensitive, as Aegis).
QStringList normalizedGroups(const QStringList& groups);
// LimitExceeded naming the part over a bound; InvalidInput for an icon whose bytes are not its type.
Status checkDetails(const AccountDetails& details);

} // namespace twostep::otp
