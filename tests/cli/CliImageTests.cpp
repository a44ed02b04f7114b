// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliVault.h"
#include "SampleAccounts.h"
#include "TestSupport.h"
#include "migration/Migration.h"
#include "otp/OtpauthUri.h"
#include "qr/QrEncoder.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QTemporaryDir>

#include <sys/stat.h>

using namespace twostep;
using test::CliVault;

namespace {

const QString kAwsUri = QStringLiteral("otpauth://totp/Amazon%20Web%20Services:alice@123456789012?secret="
                                       "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"
                                       "&issuer=Amazon%20Web%20Services");
// samples/google_migration.txt: otpauth://totp/pi@raspberrypi?secret=7KSQL2JTUDIS5EF65KLMRQIIGY&issuer=raspberrypi
const QString kTransferUri = QStringLiteral(
    "otpauth-migration://offline?data=CjUKEPqlBekzoNEukL7qlsjBCDYSDnBpQHJhc3BiZXJyeXBpGgtyYXNwYmVycnlwaSABKAEwAhAB"
    "GAEgACjr4JKK%2B%2F%2F%2F%2F%2F8B");

QString screenshot(const QString& dir, const QStringList& texts)
{
    QImage canvas(1920, 1080, QImage::Format_RGB32);
    canvas.fill(Qt::white);
    QPainter painter(&canvas);
    painter.drawText(40, 60, QStringLiteral("Set up virtual MFA device"));
    int x = 100;
    for (const QString& text : texts) {
        Result<QImage> qr = qr::encodeQr(text, 5);
        REQUIRE(qr.ok());
        painter.drawImage(x, 300, *qr);
        x += qr->width() + 120;
    }
    painter.end();
    const QString path = QDir(dir).filePath(QStringLiteral("shot-%1.png").arg(texts.size()));
    REQUIRE(canvas.save(path));
    return path;
}

QStringList listedLabels(const CliVault& vault)
{
    const test::ProcessResult list = vault.run({QStringLiteral("list"), QStringLiteral("--json")});
    REQUIRE(list.exitCode == 0);
    QStringList labels;
    for (const QJsonValue& value : QJsonDocument::fromJson(list.out).array()) {
        labels.append(value[QLatin1String("issuer")].toString() + QLatin1Char(':') +
                      value[QLatin1String("name")].toString());
    }
    labels.sort();
    return labels;
}

} // namespace

TEST_CASE("add --image adds every OTP account of a screenshot once", "[cli][qr][vault]")
{
    CliVault vault;
    const QString shot = screenshot(vault.dir.path(), {kAwsUri, QStringLiteral("https://example.com"), kTransferUri});

    const test::ProcessResult added = vault.run({QStringLiteral("add"), QStringLiteral("--image"), shot});
    INFO(added.err.toStdString());
    REQUIRE(added.exitCode == 0);
    CHECK(added.outLines().size() == 2);
    CHECK(added.err.contains("not an OTP code"));
    CHECK(listedLabels(vault) == QStringList{QStringLiteral("Amazon Web Services:alice@123456789012"),
                                             QStringLiteral("raspberrypi:pi@raspberrypi")});

    const test::ProcessResult again = vault.run({QStringLiteral("add"), QStringLiteral("--image"), shot});
    CHECK(again.exitCode == 2);
    CHECK(again.out.isEmpty());
    CHECK(again.err.contains("already in the vault"));
    CHECK(listedLabels(vault).size() == 2);

    const QString noOtp = screenshot(vault.dir.path(), {QStringLiteral("WIFI:S:home;;")});
    const test::ProcessResult none = vault.run({QStringLiteral("add"), QStringLiteral("--image"), noOtp});
    CHECK(none.exitCode == 1);
    CHECK(none.err.contains("no OTP QR code"));

    const test::ProcessResult mixed = vault.run(
        {QStringLiteral("add"), QStringLiteral("--image"), shot, QStringLiteral("--name"), QStringLiteral("x")});
    CHECK(mixed.exitCode == 2);
}

TEST_CASE("qr and migration-qr exports scan back to the vault's accounts", "[cli][qr][export]")
{
    CliVault vault;
    REQUIRE(vault.run({QStringLiteral("add"), QStringLiteral("--uri"), kAwsUri}).exitCode == 0);
    REQUIRE(vault
                .run({QStringLiteral("add"), QStringLiteral("--uri"),
                      QStringLiteral(
                          "otpauth://hotp/Issuu:James?secret=YOOMIXWS5GN6RTBPUFFWKTW5M4&issuer=Issuu&counter=7")})
                .exitCode == 0);
    const test::ProcessResult list = vault.run({QStringLiteral("list"), QStringLiteral("--json")});
    REQUIRE(list.exitCode == 0);

    const QString qrDir = vault.dir.filePath(QStringLiteral("qr"));
    const QString consent = QStringLiteral("--i-know-this-is-plaintext");
    const test::ProcessResult refused = vault.run(
        {QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("qr"), QStringLiteral("-o"), qrDir});
    CHECK(refused.exitCode == 2);
    CHECK_FALSE(QDir(qrDir).exists());

    REQUIRE(vault
                .run({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("qr"), QStringLiteral("-o"),
                      qrDir, consent})
                .exitCode == 0);
    const QStringList pngs = QDir(qrDir).entryList({QStringLiteral("*.png")}, QDir::Files, QDir::Name);
    REQUIRE(pngs.size() == 2);
    QStringList scanned;
    for (const QString& png : pngs) {
        CHECK((QFile(QDir(qrDir).filePath(png)).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther)) ==
              0);
        const test::ProcessResult scan = test::runCli({QStringLiteral("scan"), QDir(qrDir).filePath(png)});
        REQUIRE(scan.exitCode == 0);
        scanned += scan.outLines();
    }
    REQUIRE(scanned.size() == 2);
    Result<otp::ParsedUri> aws = otp::parseOtpauthUri(scanned[0]);
    Result<otp::ParsedUri> expected = otp::parseOtpauthUri(kAwsUri);
    REQUIRE(aws.ok());
    CHECK(aws->account == expected->account);
    Result<otp::ParsedUri> issuu = otp::parseOtpauthUri(scanned[1]);
    REQUIRE(issuu.ok());
    CHECK(issuu->account.parameters.counter() == 7);

    const QString transferDir = vault.dir.filePath(QStringLiteral("transfer"));
    REQUIRE(vault
                .run({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("migration-qr"),
                      QStringLiteral("-o"), transferDir, consent})
                .exitCode == 0);
    const QStringList batches = QDir(transferDir).entryList({QStringLiteral("*.png")}, QDir::Files, QDir::Name);
    REQUIRE(batches.size() == 1);
    const test::ProcessResult expanded =
        test::runCli({QStringLiteral("scan"), QStringLiteral("--expand"), QDir(transferDir).filePath(batches[0])});
    REQUIRE(expanded.exitCode == 0);
    REQUIRE(expanded.outLines().size() == 2);
    Result<otp::ParsedUri> fromTransfer = otp::parseOtpauthUri(expanded.outLines()[0]);
    REQUIRE(fromTransfer.ok());
    CHECK(fromTransfer->account == expected->account);
}

TEST_CASE("scan of a FIFO, a device or a folder fails at once with a clear error", "[cli][scan]")
{
    QTemporaryDir dir;
    const QString fifo = dir.filePath(QStringLiteral("shot.png"));
    REQUIRE(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
    for (const auto& [path, kind] :
         {std::pair{fifo, "a FIFO (named pipe)"}, std::pair{QStringLiteral("/dev/zero"), "a device"},
          std::pair{dir.path(), "a folder"}}) {
        const test::ProcessResult scanned =
            test::runProcess(test::cliPath(), {QStringLiteral("scan"), path}, {}, {}, 20000);
        INFO(path.toStdString() << ": " << scanned.err.toStdString());
        CHECK(scanned.exitCode == 6);
        CHECK(scanned.err.contains(QStringLiteral("cannot read %1: it is %2, not a regular file")
                                       .arg(path, QString::fromLatin1(kind))
                                       .toUtf8()));
    }
}

TEST_CASE("add --image prints one added line per account the vault gained, and skips by name", "[cli][qr][vault]")
{
    CliVault vault;
    REQUIRE(vault.run({QStringLiteral("add"), QStringLiteral("--uri"), kAwsUri}).exitCode == 0);
    const QString mismatch = QStringLiteral("otpauth://totp/OldName:bob?secret=DWVLFGJOK2PQA2JS&issuer=NewName");
    const QString shot = screenshot(vault.dir.path(), {kAwsUri, mismatch, kTransferUri});

    const test::ProcessResult added = vault.run({QStringLiteral("add"), QStringLiteral("--image"), shot});
    INFO(added.err.toStdString());
    REQUIRE(added.exitCode == 0);
    CHECK(added.outLines().size() == 2); // one id per new account
    CHECK(added.err.count("\nadded ") + (added.err.startsWith("added ") ? 1 : 0) == 2);
    CHECK(added.err.contains("skipped: Amazon Web Services:alice@123456789012: already in the vault"));
    CHECK(added.err.contains("note: "));
    CHECK(added.err.contains("OldName"));
    CHECK_FALSE(added.err.contains("left out"));
    CHECK(listedLabels(vault) == QStringList{QStringLiteral("Amazon Web Services:alice@123456789012"),
                                             QStringLiteral("NewName:bob"),
                                             QStringLiteral("raspberrypi:pi@raspberrypi")});
}

TEST_CASE("add --image of batches 1 and 3 of a transfer export adds their accounts and names batch 2",
          "[cli][qr][vault]")
{
    CliVault vault;
    const QList<otp::Account> accounts = test::numberedAccounts(21, QStringLiteral("Issuer"), 10);
    const migration::MigrationExport exported = migration::buildMigrationUris(accounts);
    REQUIRE(exported.uris.size() == 3);
    const QString shot = screenshot(vault.dir.path(), {exported.uris.at(0), exported.uris.at(2)});

    const test::ProcessResult added = vault.run({QStringLiteral("add"), QStringLiteral("--image"), shot});
    INFO(added.err.toStdString());
    REQUIRE(added.exitCode == 0);
    CHECK(added.outLines().size() == 11);
    CHECK(added.err.contains("batch 2 of 3 of a Google Authenticator transfer export is missing: scan that QR code "
                             "too to get the accounts it holds"));
    QStringList expected;
    for (const otp::Account& account : accounts.mid(0, 10) + accounts.mid(20)) {
        expected.append(account.label());
    }
    expected.sort();
    CHECK(listedLabels(vault) == expected);
}

TEST_CASE("add --image reports a repeated transfer QR's accounts as skipped, never drops them silently",
          "[cli][qr][vault][intake]")
{
    CliVault vault;
    const QString sameAccount =
        QStringLiteral("otpauth://totp/pi@raspberrypi?secret=7KSQL2JTUDIS5EF65KLMRQIIGY&issuer=raspberrypi");
    const QString shot = screenshot(vault.dir.path(), {kTransferUri, sameAccount});
    const test::ProcessResult added = vault.run({QStringLiteral("add"), QStringLiteral("--image"), shot});
    INFO(added.err.toStdString());
    REQUIRE(added.exitCode == 0);
    CHECK(added.outLines().size() == 1);
    CHECK(added.err.contains("skipped: raspberrypi:pi@raspberrypi: repeats an account found earlier"));
    CHECK(listedLabels(vault) == QStringList{QStringLiteral("raspberrypi:pi@raspberrypi")});

    // scan prints each text once; the repeat in a second image is said on stderr.
    const QString copy = vault.dir.filePath(QStringLiteral("copy.png"));
    REQUIRE(QFile::copy(shot, copy));
    const test::ProcessResult scanned = test::runCli({QStringLiteral("scan"), shot, copy});
    INFO(scanned.err.toStdString());
    REQUIRE(scanned.exitCode == 0);
    CHECK(scanned.outLines().size() == 2);
    CHECK(scanned.err.count("skipped a repeat of a line printed above") == 2);
    CHECK_FALSE(scanned.err.contains("7KSQL2JTUDIS5EF65KLMRQIIGY"));
}

TEST_CASE("add and rename normalise issuer and name, so export then import gives the same account",
          "[cli][vault][intake]")
{
    CliVault vault;
    const test::ProcessResult added = vault.run(
        {QStringLiteral("add"), QStringLiteral("--secret"), QStringLiteral("JBSWY3DPEHPK3PXP"),
         QStringLiteral("--issuer"), QStringLiteral("Sp ace"), QStringLiteral("--name"), QStringLiteral(" lead\t")});
    INFO(added.err.toStdString());
    REQUIRE(added.exitCode == 0);
    CHECK(listedLabels(vault) == QStringList{QStringLiteral("Sp ace:lead")});

    const QString uriFile = vault.dir.filePath(QStringLiteral("out.txt"));
    const test::ProcessResult exported =
        vault.run({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("uri"), QStringLiteral("-o"),
                   uriFile, QStringLiteral("--i-know-this-is-plaintext")});
    INFO(exported.err.toStdString());
    REQUIRE(exported.exitCode == 0);
    QFile file(uriFile);
    REQUIRE(file.open(QIODevice::ReadOnly));
    Result<otp::ParsedUri> back = otp::parseOtpauthUri(QString::fromUtf8(file.readAll()).trimmed());
    REQUIRE(back.ok());
    CHECK(back->account.issuer == QStringLiteral("Sp ace"));
    CHECK(back->account.name == QStringLiteral("lead"));

    const test::ProcessResult renamed = vault.run(
        {QStringLiteral("rename"), QStringLiteral("lead"), QStringLiteral("--name"), QStringLiteral("u\r\nv ")});
    INFO(renamed.err.toStdString());
    REQUIRE(renamed.exitCode == 0);
    CHECK(listedLabels(vault) == QStringList{QStringLiteral("Sp ace:u v")});
}

TEST_CASE("add --uri without a label and import of the same entry follow one rule: no name, refused by name",
          "[cli][vault][intake]")
{
    CliVault vault;
    const QString unnamed = QStringLiteral("otpauth://totp?secret=JBSWY3DPEHPK3PXP&period=30");
    const test::ProcessResult added = vault.run({QStringLiteral("add"), QStringLiteral("--uri"), unnamed});
    CHECK(added.exitCode == 2);
    CHECK(added.err.contains("no name"));
    CHECK(added.err.contains("--name"));

    const QString json = vault.dir.filePath(QStringLiteral("bw.json"));
    QFile out(json);
    REQUIRE(out.open(QIODevice::WriteOnly));
    out.write(R"({"encrypted":false,"folders":[],"items":[{"type":1,"name":"","login":{"username":"","totp":")" +
              unnamed.toUtf8() +
              R"("}},{"type":1,"name":"Shop","login":{"username":"bob","totp":"DWVLFGJOK2PQA2JS"}}]})");
    out.close();
    const test::ProcessResult imported = vault.run({QStringLiteral("import"), json});
    INFO(imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);
    CHECK(imported.outLines() == QStringList{QStringLiteral("add\tShop:bob")});
    CHECK(imported.err.contains("skipped: item 1"));
    CHECK(imported.err.contains("no name"));
    CHECK(imported.err.contains("imported 1 accounts, skipped 1"));
}
