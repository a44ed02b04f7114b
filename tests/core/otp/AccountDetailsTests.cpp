// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "otp/AccountDetails.h"

using namespace twostep;
using namespace twostep::otp;

TEST_CASE("icon types are told by their bytes: PNG, JPEG and SVG only", "[otp][details]")
{
    CHECK(sniffIconMimeType("\x89PNG\r\n\x1a\nrest") == kPngMime);
    CHECK(sniffIconMimeType("\xff\xd8\xff\xe0 JFIF") == kJpegMime);
    CHECK(sniffIconMimeType(R"(<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"/>)") == kSvgMime);
    CHECK(sniffIconMimeType("GIF89a").isEmpty());
    CHECK(sniffIconMimeType("").isEmpty());
}

TEST_CASE("an icon is refused when over 256 KiB, of another type, or not what it claims", "[otp][details]")
{
    QByteArray png("\x89PNG\r\n\x1a\n");
    REQUIRE(makeIcon(png, QStringLiteral("IMAGE/PNG")));
    CHECK(makeIcon(png)->mimeType == kPngMime);
    CHECK(makeIcon(png, kJpegMime).error().code == ErrorCode::InvalidInput);
    CHECK(makeIcon(QByteArray("BM bitmap")).error().code == ErrorCode::InvalidInput);
    QByteArray big = png + QByteArray(detailLimits::kMaxIconBytes, 'x');
    CHECK(makeIcon(big).error().code == ErrorCode::LimitExceeded);
}

TEST_CASE("group names are trimmed, empty ones dropped and each kept once", "[otp][details]")
{
    CHECK(normalizedGroups({QStringLiteral(" Work "), QString(), QStringLiteral("Work"), QStringLiteral("Home\n")}) ==
          QStringList{QStringLiteral("Work"), QStringLiteral("Home")});
}

TEST_CASE("details over their bounds are named", "[otp][details]")
{
    AccountDetails details;
    details.note = QString(detailLimits::kMaxNoteLength + 1, QLatin1Char('n'));
    CHECK(checkDetails(details).error().detail.contains(QStringLiteral("note")));
    details.note.clear();
    for (int i = 0; i <= detailLimits::kMaxGroups; ++i) {
        details.groups.append(QString::number(i));
    }
    CHECK(checkDetails(details).error().code == ErrorCode::LimitExceeded);
    details.groups = {QString(detailLimits::kMaxGroupNameLength + 1, QLatin1Char('g'))};
    CHECK(checkDetails(details).error().detail.contains(QStringLiteral("group name")));
    details.groups = {QStringLiteral("ok")};
    CHECK(checkDetails(details));
}
