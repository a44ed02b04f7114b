// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "otp/AccountDetails.h"

#include "otp/Account.h"

namespace twostep::otp {

namespace {

bool isSvgText(QByteArrayView data)
{
    // An SVG may start with a BOM, an XML declaration or a comment: look for the root element early.
    const QByteArrayView head = data.first(std::min<qsizetype>(data.size(), 4096));
    return head.contains("<svg");
}

} // namespace

QString sniffIconMimeType(QByteArrayView data)
{
    if (data.startsWith("\x89PNG\r\n\x1a\n")) {
        return kPngMime;
    }
    if (data.startsWith("\xff\xd8\xff")) {
        return kJpegMime;
    }
    if (isSvgText(data)) {
        return kSvgMime;
    }
    return {};
}

Result<AccountIcon> makeIcon(const QByteArray& data, const QString& declaredMime)
{
    if (data.size() > detailLimits::kMaxIconBytes) {
        return makeError(ErrorCode::LimitExceeded,
                         QStringLiteral("the icon is %1 KiB; Twostep keeps icons up to %2 KiB")
                             .arg((data.size() + 1023) / 1024)
                             .arg(detailLimits::kMaxIconBytes / 1024));
    }
    const QString sniffed = sniffIconMimeType(data);
    if (sniffed.isEmpty()) {
        return makeError(ErrorCode::InvalidInput, QStringLiteral("the icon is not a PNG, JPEG or SVG image"));
    }
    if (!declaredMime.isEmpty() && declaredMime.compare(sniffed, Qt::CaseInsensitive) != 0) {
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("the icon is said to be %1 but its bytes are %2").arg(declaredMime, sniffed));
    }
    return AccountIcon{data, sniffed};
}

QStringList normalizedGroups(const QStringList& groups)
{
    QStringList result;
    for (const QString& group : groups) {
        const QString name = normalizedLabelText(group);
        if (!name.isEmpty() && !result.contains(name)) {
            result.append(name);
        }
    }
    return result;
}

Status checkDetails(const AccountDetails& details)
{
    const auto over = [](const QString& what) { return makeError(ErrorCode::LimitExceeded, what); };
    if (details.note.size() > detailLimits::kMaxNoteLength) {
        return over(QStringLiteral("the note is longer than %1 characters").arg(detailLimits::kMaxNoteLength));
    }
    if (details.groups.size() > detailLimits::kMaxGroups) {
        return over(QStringLiteral("it is in more than %1 groups").arg(detailLimits::kMaxGroups));
    }
    for (const QString& group : details.groups) {
        if (group.size() > detailLimits::kMaxGroupNameLength) {
            return over(
                QStringLiteral("a group name is longer than %1 characters").arg(detailLimits::kMaxGroupNameLength));
        }
    }
    if (!details.icon.isEmpty()) {
        if (Result<AccountIcon> icon = makeIcon(details.icon.data, details.icon.mimeType); !icon) {
            return icon.error();
        }
    }
    return {};
}

} // namespace twostep::otp
