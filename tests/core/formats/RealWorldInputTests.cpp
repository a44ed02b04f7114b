// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Inputs modelled on other authenticators' bug reports (issue 19): one TEST_CASE per kind of fault.
#include "RealWorldInputs.h"
#include "SampleAccounts.h"
#include "TestSupport.h"
#include "formats/FormatRegistry.h"
#include "formats/ImportPlan.h"
#include "migration/Migration.h"
#include "otp/Base32.h"

#include <QFile>
#include <QTemporaryDir>

using namespace twostep;
using namespace twostep::formats;
using namespace twostep::test;

TEST_CASE("kind 1: an issuer holding ':' is the label prefix in URI lists and transfer QRs", "[formats][issue19]")
{
    const QByteArray lines = "otpauth://totp/Test%3A%20Foo%3Aalice?secret=DWVLFGJOK2PQA2JS&issuer=Test%3A%20Foo\n"
                             "otpauth://totp/localhost:8000:admin?secret=JBSWY3DPEHPK3PXP&issuer=localhost:8000\n"
                             "otpauth://totp/Gitea%20(https%3A%2F%2Fgit.example.org):bob?secret=GEZDGNBVGY3TQOJQ&"
                             "issuer=Gitea%20(https%3A%2F%2Fgit.example.org)\n";
    auto result = importData(lines, nullptr);
    REQUIRE(result);
    REQUIRE(result->accounts.size() == 3);
    checkAccount(result->accounts.at(0), "Test: Foo", "alice", "309023");
    checkLabel(result->accounts.at(1), "localhost:8000", "admin");
    checkLabel(result->accounts.at(2), "Gitea (https://git.example.org)", "bob");
    CHECK(result->skipped.isEmpty());
    CHECK(result->notes.isEmpty());

    // A 2FAS service whose otp.label is the whole otpauth label.
    const QByteArray twoFas = R"({"schemaVersion":4,"services":[{"name":"Test: Foo","secret":"DWVLFGJOK2PQA2JS",
        "otp":{"label":"Test: Foo:alice","issuer":"Test: Foo","digits":6,"period":30}}]})";
    auto fromTwoFas = importData(twoFas, nullptr);
    REQUIRE(fromTwoFas);
    REQUIRE(fromTwoFas->accounts.size() == 1);
    checkLabel(fromTwoFas->accounts.first(), "Test: Foo", "alice");

    // A transfer payload whose name is "issuer:account" with an issuer holding ':'.
    otp::Account account;
    account.issuer = QStringLiteral("Test: Foo");
    account.name = QStringLiteral("Test: Foo:alice");
    account.secret = otp::decodeBase32(QStringLiteral("DWVLFGJOK2PQA2JS")).value();
    const migration::MigrationExport exported = migration::buildMigrationUris({account});
    REQUIRE(exported.uris.size() == 1);
    auto batch = migration::parseMigrationUri(exported.uris.first());
    REQUIRE(batch);
    REQUIRE(batch->accounts.size() == 1);
    checkLabel(batch->accounts.first(), "Test: Foo", "alice");
}

TEST_CASE("kind 2: a URI without a label is named by its item in Bitwarden JSON and CSV and Proton",
          "[formats][issue19]")
{
    const QByteArray bitwarden = R"({"encrypted":false,"folders":[],"items":[
        {"type":1,"name":"Acme","login":{"username":"alice@acme.example",
         "totp":"otpauth://totp?secret=JBSWY3DPEHPK3PXP&period=30"}},
        {"type":1,"name":"Shop","login":{"username":"bob",
         "totp":"otpauth://totp/carol?secret=DWVLFGJOK2PQA2JS"}}]})";
    auto json = importData(bitwarden, nullptr);
    REQUIRE(json);
    REQUIRE(json->accounts.size() == 2);
    checkAccount(json->accounts.at(0), "Acme", "alice@acme.example", "260025");
    // A label of its own is kept; only the missing issuer comes from the item.
    checkLabel(json->accounts.at(1), "Shop", "carol");

    auto csv = importData(readInput(QStringLiteral("bitwarden_rfc4180.csv")), nullptr);
    REQUIRE(csv);
    REQUIRE(csv->accounts.size() >= 2);
    checkAccount(csv->accounts.at(1), "Gitea \"home\"", "bob", "309023");

    const QByteArray proton = R"({"version":1,"entries":[{"id":"1","content":{
        "uri":"otpauth://totp?secret=GEZDGNBVGY3TQOJQ&period=30","entry_type":"Totp","name":"dave@example.org"},
        "note":null}]})";
    auto fromProton = importData(proton, nullptr);
    REQUIRE(fromProton);
    REQUIRE(fromProton->accounts.size() == 1);
    CHECK(fromProton->accounts.first().name == QStringLiteral("dave@example.org"));
    CHECK(codeAt(fromProton->accounts.first(), kNewYear) == QStringLiteral("470542"));
}

TEST_CASE("kind 3: a Bitwarden CSV as RFC 4180 writes it is detected and read", "[formats][issue19]")
{
    const QByteArray data = readInput(QStringLiteral("bitwarden_rfc4180.csv"));
    REQUIRE(data.startsWith("\xEF\xBB\xBF\"folder\",\"favorite\""));
    REQUIRE(data.contains("\r\n"));
    auto detected = detectFormat(withoutByteOrderMark(data));
    REQUIRE(detected);
    CHECK((*detected)->name() == QStringLiteral("bitwarden"));

    auto result = importData(data, nullptr);
    REQUIRE(result);
    REQUIRE(result->accounts.size() == 3);
    checkAccount(result->accounts.at(0), "Acme, Inc.", "alice@acme.example", "260025");
    checkLabel(result->accounts.at(2), "Steam", "dave");
    CHECK(result->accounts.at(2).parameters.type() == otp::OtpType::Steam);
    // The Steam Guard reference vector of this secret at t = 59 (tests/core/otp/OtpGeneratorTests.cpp).
    CHECK(codeAt(result->accounts.at(2), 59) == QStringLiteral("9WW3X"));
    // Row 4 has a damaged secret: it is skipped by position, the rest are imported.
    REQUIRE(result->skipped.size() == 1);
    CHECK(result->skipped.first().startsWith(QStringLiteral("row 4 (Broken)")));
    CHECK(result->skipped.first().contains(QStringLiteral("base32")));
}

TEST_CASE("kind 4: a UTF-8 byte order mark before any sample changes nothing", "[formats][issue19]")
{
    const char* samples[] = {"aegis_plain.json",
                             "aegis_encrypted.json",
                             "2fas_authenticator_plain_v4.2fas",
                             "andotp_plain.json",
                             "andotp_encrypted.bin",
                             "2fas_authenticator_encrypted_v4.2fas",
                             "freeotp_plus.json",
                             "bitwarden.json",
                             "bitwarden.csv",
                             "ente_auth.txt",
                             "plain.txt",
                             "proton_authenticator.json",
                             "stratum_plain.json",
                             "google_migration.txt"};
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    for (const char* sample : samples) {
        INFO(sample);
        const QByteArray data = test::readSample(QString::fromLatin1(sample));
        auto plain = importData(data, &samplePassword());
        REQUIRE(plain);
        const QByteArray withBom = QByteArray("\xEF\xBB\xBF") + data;
        auto fromMemory = importData(withBom, &samplePassword());
        REQUIRE(fromMemory);
        CHECK(fromMemory->accounts == plain->accounts);

        // The path of the CLI and the import dialog: read the file, detect, read.
        const QString path = dir.filePath(QString::fromLatin1(sample));
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(withBom);
        file.close();
        auto read = readImportFile(path);
        REQUIRE(read);
        CHECK(*read == data);
        auto detected = detectFormat(*read);
        REQUIRE(detected);
        auto imported = (*detected)->read(*read, &samplePassword());
        REQUIRE(imported);
        CHECK(imported->accounts == plain->accounts);
    }
}

TEST_CASE("kind 5: a password-protected Proton Authenticator export is read with its password", "[formats][issue19]")
{
    const QByteArray data = readInput(QStringLiteral("proton_encrypted.json"));
    auto detected = detectFormat(data);
    REQUIRE(detected);
    CHECK((*detected)->name() == QStringLiteral("proton"));
    CHECK((*detected)->needsPassword(data));

    auto missing = importData(data, nullptr);
    REQUIRE_FALSE(missing);
    CHECK(missing.error().code == ErrorCode::InvalidInput);
    CHECK(missing.error().detail.contains(QStringLiteral("Proton Authenticator export is encrypted")));
    CHECK(missing.error().detail.contains(QStringLiteral("password")));

    const SecretBytes wrong = SecretBytes::fromUtf8(QStringLiteral("tesT"));
    auto refused = importData(data, &wrong);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::WrongPassword);

    auto result = importData(data, &samplePassword());
    REQUIRE(result);
    REQUIRE(result->accounts.size() == 2);
    checkAccount(result->accounts.at(0), "Acme", "alice", "260025");
    CHECK(result->accounts.at(1).issuer.isEmpty());
    CHECK(result->accounts.at(1).name == QStringLiteral("bob@example.org"));
    CHECK(codeAt(result->accounts.at(1), kNewYear) == QStringLiteral("309023"));
}

TEST_CASE("kind 5: encrypted exports Twostep cannot read are named, never an unknown format", "[formats][issue19]")
{
    const auto [file, format, named] = GENERATE(table<const char*, const char*, const char*>({
        {"bitwarden_encrypted_password.json", "bitwarden", "password-protected Bitwarden export"},
        {"bitwarden_encrypted_account.json", "bitwarden", "Bitwarden export encrypted with your Bitwarden account key"},
        {"stratum_encrypted.bin", "stratum", "encrypted Stratum"},
    }));
    INFO(file);
    const QByteArray data = readInput(QString::fromLatin1(file));
    auto detected = detectFormat(data);
    REQUIRE(detected);
    CHECK((*detected)->name() == QString::fromLatin1(format));
    auto result = importData(data, &samplePassword());
    REQUIRE_FALSE(result);
    CHECK(result.error().code == ErrorCode::Unsupported);
    CHECK(result.error().detail.contains(QString::fromLatin1(named)));
    CHECK(result.error().detail.contains(QStringLiteral("import that")));
    CHECK_FALSE(result.error().detail.contains(QStringLiteral("no entry list")));
    CHECK_FALSE(result.error().detail.contains(QStringLiteral("none of the formats")));
}

TEST_CASE("kind 5: an andOTP backup in the old encrypted format (no key-derivation header) is read",
          "[formats][issue19]")
{
    const QByteArray data = readInput(QStringLiteral("andotp_old_encrypted.bin"));
    auto detected = detectFormat(data);
    REQUIRE(detected);
    CHECK((*detected)->name() == QStringLiteral("andotp"));
    CHECK((*detected)->needsPassword(data));

    const SecretBytes wrong = SecretBytes::fromUtf8(QStringLiteral("tesT"));
    auto refused = importData(data, &wrong);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::WrongPassword);
    CHECK(refused.error().detail.contains(QStringLiteral("old")));

    auto result = importData(data, &samplePassword());
    REQUIRE(result);
    REQUIRE(result->accounts.size() == 2);
    checkAccount(result->accounts.at(0), "Acme", "alice", "260025");
    CHECK(result->accounts.at(1).issuer == QStringLiteral("Shop"));
    CHECK(codeAt(result->accounts.at(1), kNewYear) == QStringLiteral("309023"));
}

TEST_CASE("kind 6: one bad entry is skipped by position in every importer; the others are imported",
          "[formats][issue19]")
{
    struct Case
    {
        const char* format;
        QByteArray data;
        const char* position; // how the skipped line starts
    };
    const Case cases[] = {
        {"aegis",
         R"({"version":1,"header":{"slots":null,"params":null},"db":{"version":2,"entries":[
            {"type":"totp","name":"alice","issuer":"Acme","info":{"secret":"JBSWY3DPEHPK3PXP","digits":6,"period":30}},
            {"type":"totp","name":"bad","issuer":"Broken","info":{"secret":"JBSWY3DPEHPK3PXP","digits":4,"period":30}},
            {"type":"totp","name":"bob","issuer":"Shop","info":{"secret":"DWVLFGJOK2PQA2JS"}}]}})",
         "entry 2 (Broken: bad)"},
        {"2fas",
         R"({"schemaVersion":4,"services":[
            {"name":"Acme","secret":"JBSWY3DPEHPK3PXP","otp":{"account":"alice","digits":6,"period":30}},
            {"name":"Broken","secret":"NOT*BASE32","otp":{"account":"bad"}},
            {"name":"Shop","secret":"DWVLFGJOK2PQA2JS","otp":{"account":"bob"}}]})",
         "entry 2 (Broken: bad)"},
        {"andotp",
         R"([{"secret":"JBSWY3DPEHPK3PXP","issuer":"Acme","label":"alice","digits":6,"type":"TOTP","algorithm":"SHA1","period":30},
            {"secret":"JBSWY3DPEHPK3PXP","issuer":"Broken","label":"bad","digits":6,"type":"TOTP","algorithm":"MD4","period":30},
            {"secret":"DWVLFGJOK2PQA2JS","issuer":"Shop","label":"bob","digits":6,"type":"TOTP","algorithm":"SHA1","period":30}])",
         "entry 2 (Broken: bad)"},
        {"freeotp-plus",
         R"({"tokens":[{"type":"TOTP","issuerExt":"Acme","label":"alice","digits":6,"period":30,"algo":"SHA1",
                         "secret":[72,101,108,108,111,33,-34,-83,-66,-17]},
                        {"type":"TOTP","issuerExt":"Broken","label":"bad","digits":6,"period":30,"algo":"SHA1",
                         "secret":"not a byte list"},
                        {"type":"TOTP","issuerExt":"Shop","label":"bob","digits":6,"period":30,"algo":"SHA1",
                         "secret":[29,-86,-78,-103,46,86,-97,0,105,50]}]})",
         "entry 2 (Broken: bad)"},
        {"bitwarden",
         R"({"encrypted":false,"folders":[],"items":[
            {"type":1,"name":"Acme","login":{"username":"alice","totp":"JBSWY3DPEHPK3PXP"}},
            {"type":1,"name":"Broken","login":{"username":"bad","totp":"otpauth://totp/x?secret=JBSWY3DPEHPK3PXP&digits=4"}},
            {"type":1,"name":"Shop","login":{"username":"bob","totp":"DWVLFGJOK2PQA2JS"}}]})",
         "item 2 (Broken)"},
        {"bitwarden",
         "name,login_username,login_totp\nAcme,alice,JBSWY3DPEHPK3PXP\nBroken,bad,extra,field\nShop,bob,"
         "DWVLFGJOK2PQA2JS\n",
         "row 3 (Broken)"},
        {"proton",
         R"({"version":1,"entries":[
            {"id":"1","content":{"uri":"otpauth://totp/Acme:alice?secret=JBSWY3DPEHPK3PXP&issuer=Acme","name":"alice"}},
            {"id":"2","content":{"uri":"otpauth://totp/Broken:bad?secret=JBSWY3DPEHPK3PXP&algorithm=MD5","name":"bad"}},
            {"id":"3","content":{"uri":"otpauth://totp/Shop:bob?secret=DWVLFGJOK2PQA2JS&issuer=Shop","name":"bob"}}]})",
         "entry 2 (bad)"},
        {"stratum",
         R"({"Authenticators":[
            {"Type":2,"Issuer":"Acme","Username":"alice","Secret":"JBSWY3DPEHPK3PXP","Algorithm":0,"Digits":6,"Period":30},
            {"Type":2,"Issuer":"Broken","Username":"bad","Secret":"JBSWY3DPEHPK3PXP","Algorithm":7,"Digits":6,"Period":30},
            {"Type":2,"Issuer":"Shop","Username":"bob","Secret":"DWVLFGJOK2PQA2JS","Algorithm":0,"Digits":6,"Period":30}]})",
         "entry 2 (Broken: bad)"},
        {"uri-list",
         "otpauth://totp/Acme:alice?secret=JBSWY3DPEHPK3PXP\notpauth://totp/Broken:bad?secret=\n"
         "otpauth://totp/Shop:bob?secret=DWVLFGJOK2PQA2JS\n",
         "line 2"},
    };
    for (const Case& c : cases) {
        INFO(c.format << ": " << c.data.left(60).toStdString());
        auto result = importData(c.data, nullptr, QString::fromLatin1(c.format));
        REQUIRE(result);
        REQUIRE(result->accounts.size() == 2);
        CHECK(result->accounts.at(0).name == QStringLiteral("alice"));
        CHECK(result->accounts.at(1).name == QStringLiteral("bob"));
        CHECK(secretOf(result->accounts.at(1)) == QStringLiteral("DWVLFGJOK2PQA2JS"));
        CHECK(codeAt(result->accounts.at(1), kNewYear) == QStringLiteral("309023"));
        REQUIRE(result->skipped.size() == 1);
        INFO(result->skipped.first().toStdString());
        CHECK(result->skipped.first().startsWith(QString::fromLatin1(c.position)));
    }
}

TEST_CASE("kind 6: a FreeOTP+ token with issuerExt Steam is a Steam account, beside the others", "[formats][issue19]")
{
    // Secret bytes of JRZCL47CMXVOQMNPZR2F7J4RGI as FreeOTP+ writes them (signed).
    const QByteArray data = R"({"tokens":[
        {"type":"TOTP","issuerExt":"Steam","label":"gamer","digits":5,"period":30,"algo":"SHA1",
         "secret":[76,114,37,-13,-30,101,-22,-24,49,-81,-52,116,95,-89,-111,50]},
        {"type":"TOTP","issuerExt":"Steam","issuerInt":"Steam","label":"other","digits":6,"period":30,"algo":"SHA1",
         "secret":[76,114,37,-13,-30,101,-22,-24,49,-81,-52,116,95,-89,-111,50]},
        {"type":"TOTP","issuerExt":"Acme","label":"alice","digits":6,"period":30,"algo":"SHA1",
         "secret":[72,101,108,108,111,33,-34,-83,-66,-17]}]})";
    auto result = importData(data, nullptr);
    REQUIRE(result);
    CHECK(result->skipped.isEmpty());
    REQUIRE(result->accounts.size() == 3);
    for (int i = 0; i < 2; ++i) {
        const otp::Account& steam = result->accounts.at(i);
        CHECK(steam.issuer == QStringLiteral("Steam"));
        CHECK(steam.parameters.type() == otp::OtpType::Steam);
        CHECK(steam.parameters.digits() == 5);
        CHECK(secretOf(steam) == QStringLiteral("JRZCL47CMXVOQMNPZR2F7J4RGI"));
        // The Steam Guard reference vectors of this secret (tests/core/otp/OtpGeneratorTests.cpp).
        CHECK(codeAt(steam, 59) == QStringLiteral("9WW3X"));
        CHECK(codeAt(steam, 1234567890) == QStringLiteral("WR5P6"));
    }
    CHECK(result->accounts.at(2).parameters.type() == otp::OtpType::Totp);
    CHECK(secretOf(result->accounts.at(2)) == QStringLiteral("JBSWY3DPEHPK3PXP"));
}

TEST_CASE("kind 7: a note on an imported account is not a skipped entry", "[formats][issue19]")
{
    const QByteArray lines = "otpauth://totp/OldName:alice?secret=JBSWY3DPEHPK3PXP&issuer=NewName\n"
                             "otpauth://hotp/Bank:bob?secret=DWVLFGJOK2PQA2JS&counter=x\n";
    auto result = importData(lines, nullptr);
    REQUIRE(result);
    REQUIRE(result->accounts.size() == 1);
    CHECK(result->accounts.first().issuer == QStringLiteral("NewName"));
    REQUIRE(result->notes.size() == 1);
    CHECK(result->notes.first().startsWith(QStringLiteral("line 1: ")));
    CHECK(result->notes.first().contains(QStringLiteral("OldName")));
    REQUIRE(result->skipped.size() == 1);
    CHECK(result->skipped.first().startsWith(QStringLiteral("line 2: ")));
    CHECK(result->skipped.first().contains(QStringLiteral("counter")));

    const ImportPlan plan = planImport(*result, {});
    CHECK(plan.notes == result->notes);
    CHECK(plan.skipped == result->skipped);
    CHECK(plan.items.size() == 1);
}
