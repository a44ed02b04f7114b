// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "QrTestImages.h"
#include "TestSupport.h"
#include "migration/Migration.h"
#include "otp/OtpauthUri.h"
#include "qr/QrScanner.h"
#include "vault/Vault.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

using namespace twostep;
using namespace twostep::test;

namespace {

const QString kAwsUri =
    QStringLiteral("otpauth://totp/Amazon%20Web%20Services:alice@123456789012?secret="
                   "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP&issuer=Amazon%20Web%20Services");

QString saveShot(const QTemporaryDir& dir, const QString& name, const QList<QString>& qrTexts)
{
    QImage page = fakeScreenshot(QSize(1280, 720));
    int x = 300;
    for (const QString& text : qrTexts) {
        const QImage qr = qrImage(text, 3);
        paste(page, qr, QPoint(x, 150));
        x += qr.width() + 40;
    }
    const QString path = dir.filePath(name);
    REQUIRE(page.save(path));
    return path;
}

QByteArray fileBytes(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

QList<otp::Account> someAccounts(int count)
{
    QList<otp::Account> accounts;
    for (int i = 0; i < count; ++i) {
        auto parsed = otp::parseOtpauthUri(
            QStringLiteral("otpauth://totp/Issuer%1:user%1?secret=JBSWY3DPEHPK3PX%2&issuer=Issuer%1")
                .arg(i)
                .arg(QChar(u'A' + i)));
        REQUIRE(parsed.ok());
        accounts.append(parsed->account);
    }
    return accounts;
}

} // namespace

TEST_CASE("twostep-cli scan prints each OTP QR's text, one per line", "[qr][cli]")
{
    QTemporaryDir dir;
    const QString first = saveShot(dir, QStringLiteral("aws.png"), {kAwsUri});
    const QString other = otp::formatOtpauthUri(someAccounts(1)[0]);
    const QString second = saveShot(dir, QStringLiteral("two.jpg"), {QStringLiteral("https://example.com/"), other});
    const ProcessResult result = runCli({QStringLiteral("scan"), first, second});
    CHECK(result.exitCode == 0);
    CHECK(result.outLines() == QStringList{kAwsUri, other});
    CHECK(result.err.contains("not an OTP code"));
    CHECK(result.err.contains("https://example.com/"));
}

TEST_CASE("twostep-cli scan exits 1 when no image holds an OTP QR", "[qr][cli]")
{
    QTemporaryDir dir;
    const QString path = saveShot(dir, QStringLiteral("url.png"), {QStringLiteral("https://example.com/")});
    const QString empty = saveShot(dir, QStringLiteral("empty.png"), {});
    const ProcessResult result = runCli({QStringLiteral("scan"), path, empty});
    CHECK(result.exitCode == 1);
    CHECK(result.out.isEmpty());
}

TEST_CASE("twostep-cli scan reports unreadable files and exits 2 after scanning the others", "[qr][cli]")
{
    QTemporaryDir dir;
    const QString good = saveShot(dir, QStringLiteral("aws.png"), {kAwsUri});
    const QString text = dir.filePath(QStringLiteral("notes.png"));
    QFile file(text);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("not an image at all");
    file.close();
    const QString missing = dir.filePath(QStringLiteral("missing.png"));
    const ProcessResult result = runCli({QStringLiteral("scan"), text, missing, good});
    CHECK(result.exitCode == 2);
    CHECK(result.outLines() == QStringList{kAwsUri});
    CHECK(result.err.contains(QByteArray(text.toUtf8() + ": not an image")));
    CHECK(result.err.contains(missing.toUtf8()));

    CHECK(runCli({QStringLiteral("scan")}).exitCode == 2);
}

TEST_CASE("twostep-cli scan --expand turns transfer QRs into otpauth URIs", "[qr][cli]")
{
    QTemporaryDir dir;
    const QList<otp::Account> accounts = someAccounts(3);
    const auto exported = migration::buildMigrationUris(accounts);
    REQUIRE(exported.uris.size() == 1);
    const QString path = saveShot(dir, QStringLiteral("transfer.png"), {exported.uris[0], kAwsUri});

    const ProcessResult raw = runCli({QStringLiteral("scan"), path});
    CHECK(raw.exitCode == 0);
    CHECK(raw.outLines() == QStringList{exported.uris[0], kAwsUri});

    const ProcessResult expanded = runCli({QStringLiteral("scan"), QStringLiteral("--expand"), path});
    CHECK(expanded.exitCode == 0);
    QStringList expected;
    for (const otp::Account& account : accounts) {
        expected.append(otp::formatOtpauthUri(account));
    }
    expected.append(kAwsUri);
    CHECK(expanded.outLines() == expected);
}

TEST_CASE("twostep-cli qr --uri draws in the terminal or writes PNG and SVG files", "[qr][cli]")
{
    QTemporaryDir dir;
    const ProcessResult drawn = runCli({QStringLiteral("qr"), QStringLiteral("--uri"), kAwsUri});
    CHECK(drawn.exitCode == 0);
    CHECK(drawn.out.contains("\xe2\x96\x88")); // U+2588 in UTF-8
    CHECK(drawn.outLines().size() > 20);

    const QString png = dir.filePath(QStringLiteral("aws.png"));
    const QString consent = QStringLiteral("--i-know-this-is-plaintext");
    const ProcessResult refused =
        runCli({QStringLiteral("qr"), QStringLiteral("--uri"), kAwsUri, QStringLiteral("-o"), png});
    CHECK(refused.exitCode == 2);
    CHECK(refused.err.contains("--i-know-this-is-plaintext"));
    CHECK_FALSE(QFileInfo::exists(png));
    const ProcessResult written =
        runCli({QStringLiteral("qr"), QStringLiteral("--uri"), kAwsUri, QStringLiteral("-o"), png, consent});
    CHECK(written.exitCode == 0);
    CHECK(written.out.isEmpty());
    CHECK((QFileInfo(png).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther)) == 0);
    const ProcessResult scanned = runCli({QStringLiteral("scan"), png});
    CHECK(scanned.outLines() == QStringList{kAwsUri});

    const QString svg = dir.filePath(QStringLiteral("aws.svg"));
    CHECK(
        runCli({QStringLiteral("qr"), QStringLiteral("--uri"), kAwsUri, QStringLiteral("-o"), svg, consent}).exitCode ==
        0);
    CHECK(QFileInfo(svg).size() > 1000);
    // Never replaced: the existing file stays as it was.
    const QByteArray before = fileBytes(svg);
    const ProcessResult again =
        runCli({QStringLiteral("qr"), QStringLiteral("--uri"), kAwsUri, QStringLiteral("-o"), svg, consent});
    CHECK(again.exitCode == 2);
    CHECK(again.err.contains("already exists"));
    CHECK(fileBytes(svg) == before);

    CHECK(runCli({QStringLiteral("qr"), QStringLiteral("--uri"), QStringLiteral("https://example.com")}).exitCode == 2);
    CHECK(runCli({QStringLiteral("qr"), QStringLiteral("--uri"), QStringLiteral("otpauth://totp/x")}).exitCode == 2);
    CHECK(runCli({QStringLiteral("qr"), QStringLiteral("--uri"), kAwsUri, QStringLiteral("-o"),
                  dir.filePath(QStringLiteral("aws.gif")), consent})
              .exitCode == 2);
    CHECK(runCli({QStringLiteral("qr")}).exitCode == 2);
}

TEST_CASE("twostep-cli qr ACCOUNT draws a vault account", "[qr][cli]")
{
    QTemporaryDir dir;
    const QString vaultPath = dir.filePath(QStringLiteral("vault.twostep"));
    const QByteArray password = "correct horse";
    {
        QByteArray copy = password;
        auto created = vault::Vault::create(vaultPath, SecretBytes::takeFrom(copy), vault::fastKdfParametersForTests());
        REQUIRE(created.ok());
        auto parsed = otp::parseOtpauthUri(kAwsUri);
        REQUIRE(parsed.ok());
        REQUIRE(created->addAccount(parsed->account).ok());
    }
    const QString png = dir.filePath(QStringLiteral("account.png"));
    const ProcessResult result = runCli({QStringLiteral("qr"), QStringLiteral("alice"), QStringLiteral("-o"), png,
                                         QStringLiteral("--i-know-this-is-plaintext"), QStringLiteral("--vault"),
                                         vaultPath, QStringLiteral("--password-stdin")},
                                        password + '\n');
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    auto codes = qr::scanImageFile(png);
    REQUIRE(codes.ok());
    REQUIRE(codes->size() == 1);
    auto scanned = otp::parseOtpauthUri(codes->at(0).text);
    REQUIRE(scanned.ok());
    CHECK(scanned->account == otp::parseOtpauthUri(kAwsUri)->account);

    const ProcessResult wrong = runCli({QStringLiteral("qr"), QStringLiteral("alice"), QStringLiteral("--vault"),
                                        vaultPath, QStringLiteral("--password-stdin")},
                                       "wrong\n");
    CHECK(wrong.exitCode == 3);
    const ProcessResult unknown = runCli({QStringLiteral("qr"), QStringLiteral("nobody"), QStringLiteral("--vault"),
                                          vaultPath, QStringLiteral("--password-stdin")},
                                         password + '\n');
    CHECK(unknown.exitCode == 1);
}

TEST_CASE("twostep-cli scan --expand of batches 1 and 3 of a transfer export prints them and names batch 2",
          "[qr][cli]")
{
    QTemporaryDir dir;
    const QList<otp::Account> accounts = someAccounts(21);
    const auto exported = migration::buildMigrationUris(accounts);
    REQUIRE(exported.uris.size() == 3);
    const QString first = saveShot(dir, QStringLiteral("first.png"), {exported.uris[0]});
    const QString last = saveShot(dir, QStringLiteral("last.png"), {exported.uris[2]});

    const ProcessResult expanded = runCli({QStringLiteral("scan"), QStringLiteral("--expand"), first, last});
    CHECK(expanded.exitCode == 0);
    QStringList expected;
    for (const otp::Account& account : accounts.mid(0, 10) + accounts.mid(20)) {
        expected.append(otp::formatOtpauthUri(account));
    }
    CHECK(expanded.outLines() == expected);
    CHECK(expanded.err.contains("batch 2 of 3 of a Google Authenticator transfer export is missing"));

    const ProcessResult whole = runCli({QStringLiteral("scan"), QStringLiteral("--expand"), first, last,
                                        saveShot(dir, QStringLiteral("middle.png"), {exported.uris[1]})});
    CHECK(whole.exitCode == 0);
    CHECK(whole.outLines().size() == 21);
    CHECK_FALSE(whole.err.contains("missing"));
}

TEST_CASE("twostep-cli qr -o names a file-size limit instead of Unknown error and leaves no file", "[qr][cli]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    for (const char* name : {"q1.png", "q1.svg"}) {
        const QString out = dir.filePath(QString::fromLatin1(name));
        // SIGXFSZ ignored, so the process sees EFBIG as a write error, as in a shell with ulimit -f.
        const ProcessResult limited =
            runProcess(QStringLiteral("/bin/sh"),
                       {QStringLiteral("-c"), QStringLiteral("trap '' XFSZ; ulimit -f 1; exec \"$0\" \"$@\""),
                        cliPath(), QStringLiteral("qr"), QStringLiteral("--uri"), kAwsUri, QStringLiteral("-o"), out,
                        QStringLiteral("--i-know-this-is-plaintext")});
        INFO(limited.err.toStdString());
        CHECK(limited.exitCode == 6);
        CHECK(limited.err.contains("file too large for this process's file size limit"));
        CHECK_FALSE(QFileInfo::exists(out));
    }
}

TEST_CASE("twostep-cli qr -o refuses a dangling symlink and writes nothing through it", "[qr][cli]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString target = dir.filePath(QStringLiteral("target.png"));
    const QString link = dir.filePath(QStringLiteral("aws.png"));
    REQUIRE(QFile::link(target, link));
    const ProcessResult refused = runCli({QStringLiteral("qr"), QStringLiteral("--uri"), kAwsUri, QStringLiteral("-o"),
                                          link, QStringLiteral("--i-know-this-is-plaintext")});
    CHECK(refused.exitCode == 2);
    CHECK(refused.err.contains("already exists"));
    CHECK_FALSE(QFileInfo::exists(target));
    CHECK(QFileInfo(link).isSymLink());
}
