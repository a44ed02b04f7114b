// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "ui/IconCache.h"

#include <QBuffer>
#include <QImage>

using namespace twostep;

TEST_CASE("bundled issuer icons match the issuer case-insensitively, aliases included", "[ui][icons]")
{
    const otp::AccountIcon github = ui::IconCache::bundledIcon(QStringLiteral("  GitHub "));
    REQUIRE_FALSE(github.isEmpty());
    CHECK(github.mimeType == otp::kSvgMime);
    CHECK(github.data.contains("fill=\"#181717\""));
    CHECK(ui::IconCache::bundledIcon(QStringLiteral("twitter")).data ==
          ui::IconCache::bundledIcon(QStringLiteral("X")).data);
    CHECK(ui::IconCache::bundledIcon(QStringLiteral("No Such Issuer")).isEmpty());
    // AWS, the issuer Twostep is for, has Twostep's own mark (simple-icons dropped Amazon's).
    const otp::AccountIcon aws = ui::IconCache::bundledIcon(QStringLiteral("Amazon Web Services"));
    REQUIRE_FALSE(aws.isEmpty());
    CHECK(aws.data.contains("#FF9900"));
    CHECK(ui::IconCache::bundledIcon(QStringLiteral("aws")).data == aws.data);

    ui::IconCache cache;
    const QImage image = cache.iconFor({}, QStringLiteral("github"));
    REQUIRE_FALSE(image.isNull());
    CHECK(image.width() == qRound(ui::IconCache::kSide * image.devicePixelRatio()));
    // The mark is drawn: some pixel is opaque in GitHub's colour.
    bool drawn = false;
    for (int y = 0; y < image.height() && !drawn; ++y) {
        for (int x = 0; x < image.width() && !drawn; ++x) {
            drawn = qAlpha(image.pixel(x, y)) == 255 && QColor(image.pixel(x, y)) == QColor(0x18, 0x17, 0x17);
        }
    }
    CHECK(drawn);
}

TEST_CASE("an account's own icon wins over its issuer's and a decoded icon is shared", "[ui][icons]")
{
    QImage red(64, 48, QImage::Format_RGB32);
    red.fill(Qt::red);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    REQUIRE(red.save(&buffer, "PNG"));
    const otp::AccountIcon own{buffer.data(), otp::kPngMime};
    ui::IconCache cache;
    const QImage first = cache.iconFor(own, QStringLiteral("GitHub"));
    REQUIRE_FALSE(first.isNull());
    CHECK(QColor(first.pixel(first.width() / 2, first.height() / 2)) == QColor(Qt::red));
    CHECK(first.cacheKey() == cache.iconFor(own, QStringLiteral("Other")).cacheKey());
}

TEST_CASE("an icon claiming a huge size or broken bytes is not decoded", "[ui][icons]")
{
    // A PNG header that declares 100,000 x 100,000 pixels.
    QByteArray png = QByteArray::fromHex("89504e470d0a1a0a0000000d49484452000186a0000186a00806000000");
    CHECK(ui::IconCache::render({png, otp::kPngMime}, 1.0).isNull());
    CHECK(ui::IconCache::render({QByteArray("<svg broken"), otp::kSvgMime}, 1.0).isNull());
}
