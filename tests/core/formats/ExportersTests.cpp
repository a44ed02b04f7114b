// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FileSystemFaults.h"
#include "TestSupport.h"
#include "formats/Exporters.h"
#include "otp/OtpauthUri.h"

#include <QDir>
#include <QTemporaryDir>

using namespace twostep;

namespace {

// RFC 6238's SHA-1 key "12345678901234567890" in base32.
const QString kUri =
    QStringLiteral("otpauth://totp/Example:alice?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=Example");

QList<otp::Account> oneAccount()
{
    Result<otp::ParsedUri> parsed = otp::parseOtpauthUri(kUri);
    REQUIRE(parsed);
    return {parsed->account};
}

// Everything in `folder` but the file system's own filler: a left temporary file shows up here.
QStringList entriesBesideFiller(const QString& folder)
{
    QStringList entries = QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    entries.removeAll(QStringLiteral("filler"));
    return entries;
}

} // namespace

TEST_CASE("An export to a full disk says the disk is full and leaves no temporary file", "[formats][export]")
{
    QTemporaryDir box;
    REQUIRE(box.isValid());
    test::SmallFileSystem small(box.filePath(QStringLiteral("small")));
    if (!small.mounted()) {
        TWOSTEP_SKIP("mounting a tmpfs needs root");
    }
    REQUIRE(small.fill(0));
    const QString path = QDir(small.path()).filePath(QStringLiteral("plain.txt"));
    Status written = formats::writeExportFile(path, formats::exportUriList(oneAccount()));
    REQUIRE_FALSE(written);
    CHECK(written.error().code == ErrorCode::IoError);
    CHECK(written.error().detail.contains(QStringLiteral("the disk is full")));
    CHECK(written.error().detail.contains(path));
    CHECK(entriesBesideFiller(small.path()).isEmpty());
}

TEST_CASE("An export to a read-only file system says so and leaves no temporary file", "[formats][export]")
{
    QTemporaryDir box;
    REQUIRE(box.isValid());
    test::SmallFileSystem small(box.filePath(QStringLiteral("small")));
    if (!small.mounted()) {
        TWOSTEP_SKIP("mounting a tmpfs needs root");
    }
    REQUIRE(small.remountReadOnly(true));
    const QString path = QDir(small.path()).filePath(QStringLiteral("aegis.json"));
    Status written = formats::writeExportFile(path, formats::exportAegisJson(oneAccount()));
    REQUIRE(small.remountReadOnly(false));
    REQUIRE_FALSE(written);
    CHECK(written.error().code == ErrorCode::IoError);
    CHECK(written.error().detail.contains(QStringLiteral("the file system is read-only")));
    CHECK(entriesBesideFiller(small.path()).isEmpty());
}
