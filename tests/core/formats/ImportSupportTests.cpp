// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
// What every importer does alike with each entry (ImportSupport): labels normalised, parameters
// the app refuses, nameless entries, encrypted-export messages.
#include "RealWorldInputs.h"
#include "TestSupport.h"
#include "formats/FormatRegistry.h"
#include "migration/Migration.h"

using namespace twostep;
using namespace twostep::formats;
using namespace twostep::test;

TEST_CASE("intake: a text file with one otpauth line is a URI list; only its other lines are skipped, by position",
          "[formats][intake]")
{
    const QByteArray data = "# my codes\n"
                            "otpauth://totp/A:a?secret=JBSWY3DPEHPK3PXP\n"
                            "https://example.com\n"
                            "\n"
                            "just some words\n"
                            "otpauth://totp/B:b?secret=DWVLFGJOK2PQA2JS\n";
    auto detected = detectFormat(data);
    REQUIRE(detected);
    CHECK((*detected)->name() == QStringLiteral("uri-list"));
    auto result = importData(data, nullptr);
    REQUIRE(result);
    REQUIRE(result->accounts.size() == 2);
    CHECK(result->accounts.at(1).issuer == QStringLiteral("B"));
    CHECK(codeAt(result->accounts.at(1), kNewYear) == QStringLiteral("309023"));
    REQUIRE(result->skipped.size() == 2);
    CHECK(result->skipped.at(0).startsWith(QStringLiteral("line 3: not an OTP code")));
    CHECK(result->skipped.at(1).startsWith(QStringLiteral("line 5: not an OTP code")));

    // Text with no OTP line at all, and JSON that merely holds one, stay unknown.
    CHECK_FALSE(detectFormat("https://example.com\njust words\n"));
    CHECK_FALSE(detectFormat("[\n\"otpauth://totp/A:a?secret=JBSWY3DPEHPK3PXP\"\n]\n"));
}

TEST_CASE("intake: issuer and name are normalised in every importer, so each account is one line", "[formats][intake]")
{
    struct Case
    {
        const char* format;
        QByteArray data;
    };
    // Every entry names issuer " Acme\t" and name "u<CR><LF>v" in the format's own way.
    const Case cases[] = {
        {"bitwarden", "name,login_username,login_totp\n\" Acme\t\",\"u\r\nv\",JBSWY3DPEHPK3PXP\n"},
        {"bitwarden", R"({"encrypted":false,"folders":[],"items":[
            {"type":1,"name":" Acme\t","login":{"username":"u\r\nv","totp":"JBSWY3DPEHPK3PXP"}}]})"},
        {"aegis", R"({"version":1,"header":{"slots":null,"params":null},"db":{"version":2,"entries":[
            {"type":"totp","name":"u\r\nv","issuer":" Acme\t","info":{"secret":"JBSWY3DPEHPK3PXP"}}]}})"},
        {"2fas", R"({"schemaVersion":4,"services":[
            {"name":" Acme\t","secret":"JBSWY3DPEHPK3PXP","otp":{"account":"u\r\nv","issuer":" Acme\t"}}]})"},
        {"andotp", R"([{"secret":"JBSWY3DPEHPK3PXP","issuer":" Acme\t","label":"u\r\nv","type":"TOTP"}])"},
        {"stratum", R"({"Authenticators":[
            {"Type":2,"Issuer":" Acme\t","Username":"u\r\nv","Secret":"JBSWY3DPEHPK3PXP","Algorithm":0}]})"},
        {"uri-list", "otpauth://totp/%20Acme%09:u%0D%0Av?secret=JBSWY3DPEHPK3PXP\n"},
        {"uri-list", "otpauth://totp/x?secret=JBSWY3DPEHPK3PXP&issuer=%20Acme%E2%80%A8&digits=6\n"},
    };
    for (const Case& c : cases) {
        INFO(c.format << ": " << c.data.left(80).toStdString());
        auto result = importData(c.data, nullptr, QString::fromLatin1(c.format));
        REQUIRE(result);
        REQUIRE(result->accounts.size() == 1);
        CHECK(result->accounts.first().issuer == QStringLiteral("Acme"));
        if (!c.data.contains("otpauth://totp/x?")) {
            CHECK(result->accounts.first().name == QStringLiteral("u v"));
        }
        CHECK_FALSE(result->accounts.first().label().contains(QLatin1Char('\n')));
        CHECK(codeAt(result->accounts.first(), kNewYear) == QStringLiteral("260025"));
    }
}

TEST_CASE("intake: a digit count or period a file states but the app itself refuses skips that entry",
          "[formats][intake]")
{
    struct Case
    {
        const char* format;
        QByteArray data;
        const char* why;
    };
    const Case cases[] = {
        {"aegis", R"({"version":1,"header":{"slots":null,"params":null},"db":{"version":2,"entries":[
            {"type":"totp","name":"bad","issuer":"Broken","info":{"secret":"JBSWY3DPEHPK3PXP","digits":6,"period":0}},
            {"type":"totp","name":"bob","issuer":"Shop","info":{"secret":"DWVLFGJOK2PQA2JS"}}]}})",
         "the period must be a positive number of seconds, not 0"},
        {"aegis", R"({"version":1,"header":{"slots":null,"params":null},"db":{"version":2,"entries":[
            {"type":"totp","name":"bad","issuer":"Broken","info":{"secret":"JBSWY3DPEHPK3PXP","digits":0}},
            {"type":"totp","name":"bob","issuer":"Shop","info":{"secret":"DWVLFGJOK2PQA2JS"}}]}})",
         "digits must be between 6 and 10, not 0"},
        {"2fas", R"({"schemaVersion":4,"services":[
            {"name":"Broken","secret":"JBSWY3DPEHPK3PXP","otp":{"account":"bad","period":-30}},
            {"name":"Shop","secret":"DWVLFGJOK2PQA2JS","otp":{"account":"bob"}}]})",
         "not -30"},
        {"andotp",
         R"([{"secret":"JBSWY3DPEHPK3PXP","issuer":"Broken","label":"bad","digits":0,"type":"TOTP","period":30},
            {"secret":"DWVLFGJOK2PQA2JS","issuer":"Shop","label":"bob","type":"TOTP"}])",
         "not 0"},
        {"freeotp-plus", R"({"tokens":[{"type":"TOTP","issuerExt":"Broken","label":"bad","digits":6,"period":0,
                         "algo":"SHA1","secret":[72,101,108,108,111,33,-34,-83,-66,-17]},
                        {"type":"TOTP","issuerExt":"Shop","label":"bob","algo":"SHA1",
                         "secret":[29,-86,-78,-103,46,86,-97,0,105,50]}]})",
         "not 0"},
        {"stratum", R"({"Authenticators":[
            {"Type":2,"Issuer":"Broken","Username":"bad","Secret":"JBSWY3DPEHPK3PXP","Algorithm":0,"Digits":6,"Period":0},
            {"Type":2,"Issuer":"Shop","Username":"bob","Secret":"DWVLFGJOK2PQA2JS","Algorithm":0}]})",
         "not 0"},
        {"aegis", R"({"version":1,"header":{"slots":null,"params":null},"db":{"version":2,"entries":[
            {"type":"totp","name":"bad","issuer":"Broken","info":{"secret":"JBSWY3DPEHPK3PXP","algo":"SHA3"}},
            {"type":"totp","name":"bob","issuer":"Shop","info":{"secret":"DWVLFGJOK2PQA2JS"}}]}})",
         "SHA3"},
    };
    for (const Case& c : cases) {
        INFO(c.format << ": " << c.data.left(120).toStdString());
        auto result = importData(c.data, nullptr, QString::fromLatin1(c.format));
        REQUIRE(result);
        REQUIRE(result->accounts.size() == 1);
        CHECK(result->accounts.first().name == QStringLiteral("bob"));
        CHECK(result->accounts.first().parameters.period() == 30);
        CHECK(codeAt(result->accounts.first(), kNewYear) == QStringLiteral("309023"));
        REQUIRE(result->skipped.size() == 1);
        INFO(result->skipped.first().toStdString());
        CHECK(result->skipped.first().startsWith(QStringLiteral("entry 1 (Broken: bad)")));
        CHECK(result->skipped.first().contains(QString::fromLatin1(c.why)));
    }
}

TEST_CASE("intake: an entry with neither issuer nor name is skipped as 'no name' in every importer",
          "[formats][intake]")
{
    struct Case
    {
        const char* format;
        QByteArray data;
        const char* position;
    };
    const Case cases[] = {
        {"bitwarden", R"({"encrypted":false,"folders":[],"items":[
            {"type":1,"name":"","login":{"username":"","totp":"otpauth://totp?secret=JBSWY3DPEHPK3PXP"}},
            {"type":1,"name":"Shop","login":{"username":"bob","totp":"DWVLFGJOK2PQA2JS"}}]})",
         "item 1"},
        {"bitwarden",
         "name,login_username,login_totp\n\" \",,otpauth://totp?secret=JBSWY3DPEHPK3PXP\n"
         "Shop,bob,DWVLFGJOK2PQA2JS\n",
         "row 2"},
        {"aegis", R"({"version":1,"header":{"slots":null,"params":null},"db":{"version":2,"entries":[
            {"type":"totp","name":"","issuer":"\r\n","info":{"secret":"JBSWY3DPEHPK3PXP"}},
            {"type":"totp","name":"bob","issuer":"Shop","info":{"secret":"DWVLFGJOK2PQA2JS"}}]}})",
         "entry 1"},
        {"uri-list",
         "otpauth://totp?secret=JBSWY3DPEHPK3PXP&period=30\notpauth://totp/Shop:bob?secret=DWVLFGJOK2PQA2JS\n",
         "line 1"},
    };
    for (const Case& c : cases) {
        INFO(c.format << ": " << c.data.left(120).toStdString());
        auto result = importData(c.data, nullptr, QString::fromLatin1(c.format));
        REQUIRE(result);
        REQUIRE(result->accounts.size() == 1);
        CHECK(result->accounts.first().name == QStringLiteral("bob"));
        REQUIRE(result->skipped.size() == 1);
        INFO(result->skipped.first().toStdString());
        CHECK(result->skipped.first().startsWith(QString::fromLatin1(c.position)));
        CHECK(result->skipped.first().contains(QStringLiteral("no name")));
    }

    // A transfer QR entry with no name at all is left out, its neighbours kept.
    otp::Account unnamed;
    unnamed.secret = SecretBytes::fromUtf8(QStringLiteral("12345678901234567890"));
    otp::Account named = unnamed;
    named.name = QStringLiteral("bob");
    named.secret = SecretBytes::fromUtf8(QStringLiteral("abcdefghijabcdefghij"));
    const migration::MigrationExport exported = migration::buildMigrationUris(QList<otp::Account>{unnamed, named});
    REQUIRE(exported.uris.size() == 1);
    auto fromTransfer = importData(exported.uris.first().toUtf8(), nullptr);
    REQUIRE(fromTransfer);
    REQUIRE(fromTransfer->accounts.size() == 1);
    CHECK(fromTransfer->accounts.first().name == QStringLiteral("bob"));
    REQUIRE(fromTransfer->skipped.size() == 1);
    CHECK(fromTransfer->skipped.first().contains(QStringLiteral("no name")));
}

TEST_CASE("intake: Bitwarden's two encrypted exports get two different messages, by the passwordProtected flag",
          "[formats][intake]")
{
    const QByteArray accountKey = R"({"encrypted":true,"passwordProtected":false,
        "encKeyValidation_DO_NOT_EDIT":"2.x|y|z","data":"2.a|b|c"})";
    const QByteArray filePassword = R"({"encrypted":true,"passwordProtected":true,"salt":"c2FsdA==","kdfType":0,
        "kdfIterations":600000,"encKeyValidation_DO_NOT_EDIT":"2.x|y|z","data":"2.a|b|c"})";
    auto fromAccountKey = importData(accountKey, nullptr, QStringLiteral("bitwarden"));
    REQUIRE_FALSE(fromAccountKey);
    CHECK(fromAccountKey.error().code == ErrorCode::Unsupported);
    CHECK(fromAccountKey.error().detail.contains(QStringLiteral("encrypted with your Bitwarden account key")));
    CHECK(fromAccountKey.error().detail.contains(QStringLiteral("'Password protected'")));
    CHECK_FALSE(fromAccountKey.error().detail.contains(QStringLiteral("password-protected")));
    auto fromFilePassword = importData(filePassword, nullptr, QStringLiteral("bitwarden"));
    REQUIRE_FALSE(fromFilePassword);
    CHECK(fromFilePassword.error().detail.contains(QStringLiteral("password-protected Bitwarden export")));
    CHECK_FALSE(fromFilePassword.error().detail.contains(QStringLiteral("account key")));
}
