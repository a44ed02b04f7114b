// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "otp/Base32.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <algorithm>

using namespace twostep;
using test::ProcessResult;

namespace {

struct KnownAccount
{
    QByteArray secret; // raw bytes
    QString issuer;
    QString name;
    QString base32() const
    {
        return otp::encodeBase32(std::span(reinterpret_cast<const std::uint8_t*>(secret.constData()),
                                           static_cast<std::size_t>(secret.size())));
    }
};

QByteArray randomBytes(int size)
{
    QByteArray bytes(size, '\0');
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(bytes.data()), size / 4);
    for (int i = size / 4 * 4; i < size; ++i) {
        bytes[i] = static_cast<char>(QRandomGenerator::system()->bounded(256));
    }
    return bytes;
}

// A random word, so a hit in a file can only come from this session.
QString token(const char* prefix)
{
    return QLatin1String(prefix) + QString::fromLatin1(randomBytes(6).toHex());
}

// Every form in which a secret or a name could land in a file by mistake.
QList<QByteArray> needlesOf(const KnownAccount& account)
{
    const QString b32 = account.base32();
    QString unpadded = b32;
    while (unpadded.endsWith(QLatin1Char('='))) {
        unpadded.chop(1);
    }
    return {b32.toLatin1(),
            unpadded.toLatin1(),
            unpadded.toLower().toLatin1(),
            account.secret,
            account.secret.toHex(),
            account.secret.toHex().toUpper(),
            account.secret.toBase64(),
            account.secret.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals),
            account.name.toUtf8(),
            QByteArray(reinterpret_cast<const char*>(account.name.utf16()), account.name.size() * 2),
            account.issuer.toUtf8()};
}

struct Session
{
    QTemporaryDir root;
    QStringList environment;
    QByteArray password = "scan-" + randomBytes(8).toHex();

    Session()
    {
        REQUIRE(root.isValid());
        environment = test::privateUserFolders(root.path());
        environment.append(QStringLiteral("TWOSTEP_VAULT=") +
                           root.filePath(QStringLiteral("data/vault/vault.twostep")));
    }

    ProcessResult run(QStringList arguments, const QByteArray& input)
    {
        arguments << QStringLiteral("--password-stdin");
        ProcessResult result = test::runCli(arguments, input, environment);
        INFO(arguments.join(QLatin1Char(' ')).toStdString() << " -> " << result.err.toStdString());
        REQUIRE(result.exitCode == 0);
        return result;
    }
};

const QStringList kFastKdf{QStringLiteral("--kdf-memory"),      QStringLiteral("8192"),
                           QStringLiteral("--kdf-iterations"),  QStringLiteral("1"),
                           QStringLiteral("--kdf-parallelism"), QStringLiteral("1")};

} // namespace

TEST_CASE("no file written during a full CLI session holds a secret, a name or a password", "[hardening][secrets]")
{
    Session s;
    const QByteArray exportPassword = "export-" + randomBytes(8).toHex();
    const QByteArray newPassword = "changed-" + randomBytes(8).toHex();
    QList<KnownAccount> accounts{
        {randomBytes(10), token("Issuer"), token("alice-")},
        {randomBytes(20), token("Issuer"), token("bob-") + QStringLiteral("@example.org")},
        {randomBytes(32), token("Issuer"), token("carol-")},
        {randomBytes(40), QStringLiteral("Amazon Web Services"), token("root-") + QStringLiteral("@123456789012")},
    };
    QList<ProcessResult> quiet; // outputs that must not show a secret either

    quiet << s.run(QStringList{QStringLiteral("init")} + kFastKdf, s.password + '\n');
    quiet << s.run({QStringLiteral("add"), QStringLiteral("--secret"), accounts[0].base32(), QStringLiteral("--issuer"),
                    accounts[0].issuer, QStringLiteral("--name"), accounts[0].name},
                   s.password + '\n');
    quiet << s.run({QStringLiteral("add"), QStringLiteral("--secret"), accounts[1].base32().toLower(),
                    QStringLiteral("--issuer"), accounts[1].issuer, QStringLiteral("--name"), accounts[1].name,
                    QStringLiteral("--counter"), QStringLiteral("5")},
                   s.password + '\n');
    quiet << s.run({QStringLiteral("add"), QStringLiteral("--secret"), accounts[2].base32(), QStringLiteral("--issuer"),
                    accounts[2].issuer, QStringLiteral("--name"), accounts[2].name, QStringLiteral("--algorithm"),
                    QStringLiteral("SHA512"), QStringLiteral("--digits"), QStringLiteral("8")},
                   s.password + '\n');
    quiet << s.run({QStringLiteral("add"), QStringLiteral("--uri"),
                    QStringLiteral("otpauth://totp/Amazon%20Web%20Services:") + accounts[3].name +
                        QStringLiteral("?secret=") + accounts[3].base32() +
                        QStringLiteral("&issuer=Amazon%20Web%20Services")},
                   s.password + '\n');
    CHECK(s.run({QStringLiteral("code"), accounts[0].name, QStringLiteral("--window"), QStringLiteral("2")},
                s.password + '\n')
              .outLines()
              .size() == 2);
    CHECK(s.run({QStringLiteral("code"), accounts[1].name}, s.password + '\n').outLines().size() == 1); // saves
    const QString renamed = token("renamed-");
    quiet << s.run({QStringLiteral("rename"), accounts[2].name, QStringLiteral("--name"), renamed}, s.password + '\n');
    quiet << s.run(QStringList{QStringLiteral("passwd")} + kFastKdf, s.password + '\n' + newPassword + '\n');
    quiet << s.run({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("twostep"),
                    QStringLiteral("-o"), s.root.filePath(QStringLiteral("home/backup.twostep"))},
                   newPassword + '\n' + exportPassword + '\n' + exportPassword + '\n');
    quiet << s.run({QStringLiteral("list")}, newPassword + '\n');
    quiet << s.run({QStringLiteral("list"), QStringLiteral("--json")}, newPassword + '\n');
    quiet << s.run({QStringLiteral("show"), accounts[3].name}, newPassword + '\n');
    // The one plaintext export, kept outside the scanned folders: it proves the needles would be found.
    const QTemporaryDir plainDir;
    const QString plainPath = plainDir.filePath(QStringLiteral("uris.txt"));
    s.run({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("uri"), QStringLiteral("-o"), plainPath,
           QStringLiteral("--i-know-this-is-plaintext")},
          newPassword + '\n');

    QFile plain(plainPath);
    REQUIRE(plain.open(QIODevice::ReadOnly));
    const QByteArray plainText = plain.readAll();
    for (const KnownAccount& account : accounts) {
        CHECK(plainText.contains(account.base32().toLatin1()));
    }
    const QString oldName = accounts[2].name;
    accounts[2].name = renamed;
    QList<QByteArray> needles{s.password, newPassword, exportPassword, oldName.toUtf8()};
    for (const KnownAccount& account : accounts) {
        needles += needlesOf(account);
    }

    QStringList scanned;
    QDirIterator it(s.root.path(), QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QByteArray content = file.readAll();
        scanned << QDir(s.root.path()).relativeFilePath(path);
        for (const QByteArray& needle : needles) {
            INFO("file " << scanned.last().toStdString() << " holds " << needle.toHex().toStdString());
            CHECK_FALSE(content.contains(needle));
        }
    }
    INFO("scanned: " << scanned.join(QStringLiteral(", ")).toStdString());
    CHECK(scanned.contains(QStringLiteral("data/vault/vault.twostep")));
    CHECK(scanned.contains(QStringLiteral("home/backup.twostep")));
    CHECK(std::count_if(scanned.cbegin(), scanned.cend(),
                        [](const QString& p) { return p.startsWith(QStringLiteral("data/vault/backups/")); }) >= 5);

    for (const ProcessResult& result : quiet) {
        for (const KnownAccount& account : accounts) {
            CHECK_FALSE(result.out.contains(account.base32().toLatin1()));
            CHECK_FALSE(result.err.contains(account.base32().toLatin1()));
            CHECK_FALSE(result.out.contains(account.secret.toHex()));
        }
        CHECK_FALSE(result.out.contains(newPassword));
        CHECK_FALSE(result.err.contains(newPassword));
    }
}
