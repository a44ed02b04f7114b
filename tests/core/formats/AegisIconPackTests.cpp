// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "ZipWriter.h"
#include "formats/AegisIconPack.h"

#include <QBuffer>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace twostep;
using namespace twostep::formats;
using twostep::test::makeZip;

namespace {

const QByteArray
    kSvg(R"(<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 8 8"><rect width="8" height="8"/></svg>)");

QByteArray png()
{
    QImage image(16, 16, QImage::Format_RGB32);
    image.fill(Qt::darkYellow);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return buffer.data();
}

QByteArray packJson(const QJsonArray& icons)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("uuid"), QStringLiteral("0b8d3a6c-0000-4000-8000-000000000001")},
                                     {QStringLiteral("name"), QStringLiteral("Test pack")},
                                     {QStringLiteral("version"), 1},
                                     {QStringLiteral("icons"), icons}})
        .toJson();
}

QJsonObject iconEntry(const char* file, const QStringList& issuers)
{
    return QJsonObject{{QStringLiteral("filename"), QString::fromUtf8(file)},
                       {QStringLiteral("category"), QStringLiteral("Cloud")},
                       {QStringLiteral("issuer"), QJsonArray::fromStringList(issuers)}};
}

} // namespace

TEST_CASE("an Aegis icon pack is read as Aegis defines it and matched by issuer ignoring case", "[formats][iconpack]")
{
    const QByteArray zip =
        makeZip({{QStringLiteral("pack.json"),
                  packJson({iconEntry("SVG/github.svg", {QStringLiteral("GitHub"), QStringLiteral("github.com")}),
                            iconEntry("PNG/aws.png", {QStringLiteral("Amazon Web Services"), QStringLiteral("AWS")}),
                            iconEntry("SVG/missing.svg", {QStringLiteral("Missing")})})},
                 {QStringLiteral("SVG/github.svg"), kSvg},
                 {QStringLiteral("PNG/aws.png"), png()}});
    Result<IconPack> pack = readAegisIconPack(zip);
    REQUIRE(pack);
    CHECK(pack->name == QStringLiteral("Test pack"));
    REQUIRE(pack->icons.size() == 2);
    REQUIRE(pack->skipped.size() == 1);
    CHECK(pack->skipped.first().contains(QStringLiteral("missing.svg")));
    CHECK(pack->icons.at(0).icon.mimeType == otp::kSvgMime);
    CHECK(pack->icons.at(1).icon == otp::AccountIcon{png(), otp::kPngMime});
    CHECK(matchIcon(*pack, QStringLiteral("aws")) == &pack->icons.at(1));
    CHECK(matchIcon(*pack, QStringLiteral("AMAZON WEB SERVICES")) == &pack->icons.at(1));
    CHECK(matchIcon(*pack, QStringLiteral("GitHub Enterprise")) == &pack->icons.at(0)); // contains "GitHub"
    CHECK(matchIcon(*pack, QStringLiteral("Nobody")) == nullptr);
    CHECK(matchIcon(*pack, QStringLiteral("  ")) == nullptr);
}

TEST_CASE("a hostile icon pack: names leaving the pack, huge sizes, too many entries, not a zip", "[formats][iconpack]")
{
    SECTION("a name that leaves the pack is skipped, the rest read")
    {
        const QByteArray zip =
            makeZip({{QStringLiteral("pack.json"), packJson({iconEntry("../../etc/passwd", {QStringLiteral("A")}),
                                                             iconEntry("/abs.svg", {QStringLiteral("B")}),
                                                             iconEntry("ok.svg", {QStringLiteral("C")})})},
                     {QStringLiteral("ok.svg"), kSvg}});
        Result<IconPack> pack = readAegisIconPack(zip);
        REQUIRE(pack);
        CHECK(pack->icons.size() == 1);
        REQUIRE(pack->skipped.size() == 2);
        CHECK(pack->skipped.at(0).contains(QStringLiteral("leaves the pack")));
    }
    SECTION("an icon that inflates past 256 KiB or 200 times its packed size is skipped unread")
    {
        const QByteArray zip =
            makeZip({{QStringLiteral("pack.json"), packJson({iconEntry("bomb.svg", {QStringLiteral("Bomb")})})},
                     {QStringLiteral("bomb.svg"), kSvg + QByteArray(300 * 1024, ' ')}});
        Result<IconPack> pack = readAegisIconPack(zip);
        REQUIRE(pack);
        CHECK(pack->icons.isEmpty());
        REQUIRE(pack->skipped.size() == 1);
        CHECK(pack->skipped.first().contains(QStringLiteral("inflates")));
    }
    SECTION("a pack.json of megabytes is refused")
    {
        const QByteArray zip = makeZip({{QStringLiteral("pack.json"), QByteArray(3 * 1024 * 1024, ' ')}});
        Result<IconPack> pack = readAegisIconPack(zip);
        REQUIRE_FALSE(pack);
        CHECK(pack.error().code == ErrorCode::LimitExceeded);
    }
    SECTION("more entries than a pack may hold")
    {
        QList<std::pair<QString, QByteArray>> files{{QStringLiteral("pack.json"), packJson({})}};
        for (int i = 0; i < iconPackLimits::kMaxEntries; ++i) {
            files.append({QStringLiteral("f%1").arg(i), QByteArray()});
        }
        Result<IconPack> pack = readAegisIconPack(makeZip(files));
        REQUIRE_FALSE(pack);
        CHECK(pack.error().code == ErrorCode::LimitExceeded);
    }
    SECTION("not a zip, or a zip without pack.json")
    {
        CHECK(readAegisIconPack(QByteArray("PK\x03\x04 not really")).error().code == ErrorCode::CorruptFile);
        const QByteArray zip = makeZip({{QStringLiteral("icon.svg"), kSvg}});
        Result<IconPack> pack = readAegisIconPack(zip);
        REQUIRE_FALSE(pack);
        CHECK(pack.error().detail.contains(QStringLiteral("pack.json")));
    }
}
