// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "GuiHardeningSupport.h"
#include "GuiSecretSession.h"
#include "otp/OtpParameters.h"

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <algorithm>

using namespace twostep;
using namespace twostep::test;

namespace {

// Files below `dir` (at most `depth` levels) changed since `since`, leaving out `skip` and below.
QStringList changedFiles(const QString& dir, const QDateTime& since, int depth, const QStringList& skip)
{
    QStringList files;
    const QFileInfoList entries =
        QDir(dir).entryInfoList(QDir::Files | QDir::Dirs | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    for (const QFileInfo& entry : entries) {
        const QString path = entry.absoluteFilePath();
        if (entry.isSymLink() ||
            std::any_of(skip.cbegin(), skip.cend(), [&path](const QString& s) { return path.startsWith(s); })) {
            continue;
        }
        if (entry.isDir() && depth > 0) {
            files += changedFiles(path, since, depth - 1, skip);
        } else if (entry.isFile() && entry.lastModified() >= since && entry.size() < 16 * 1024 * 1024) {
            files << path;
        }
    }
    return files;
}

} // namespace

TEST_CASE("no file, log line or window title of a full GUI session holds a secret or a password",
          "[hardening][secrets][gui]")
{
    QTemporaryDir root;
    REQUIRE(root.isValid());
    const QStringList userFolders = test::privateUserFolders(root.path());

    SessionInput in;
    in.root = root.path();
    in.aegisPath = root.filePath(QStringLiteral("home/aegis-export.json"));
    in.backupPath = root.filePath(QStringLiteral("home/backup.twostep"));
    in.vaultPassword = token("vault-") + QStringLiteral("-비밀");
    in.wrongPassword = token("wrong-");
    in.exportPassword = token("export-");
    in.renamedTo = token("renamed-");
    const auto makeAccount = [](int bytes, const QString& issuer, const QString& name, otp::OtpParameters parameters) {
        QByteArray secret = randomBytes(bytes);
        return otp::Account{issuer, name, SecretBytes::takeFrom(secret), parameters, QString()};
    };
    const auto totp = otp::OtpParameters::totpDefaults();
    in.accounts = {
        makeAccount(40, QStringLiteral("Amazon Web Services"), token("root-") + QStringLiteral("@123456789012"), totp),
        makeAccount(32, token("Issuer"), token("bob-"),
                    otp::OtpParameters::create(otp::OtpType::Totp, otp::Algorithm::Sha512, 8, 30).value()),
        makeAccount(20, token("Issuer"), token("carol-"),
                    otp::OtpParameters::create(otp::OtpType::Hotp, otp::Algorithm::Sha1, 6, 30, 5).value()),
        makeAccount(20, token("Issuer"), token("dave-"), totp),
    };

    const QDateTime started = QDateTime::currentDateTime().addSecs(-2);
    const test::ProcessResult session = test::runProcess(
        QCoreApplication::applicationFilePath(), {kDriverName}, in.toJson(),
        userFolders + QStringList{QStringLiteral("TWOSTEP_VAULT="), QStringLiteral("QT_QPA_PLATFORM=offscreen"),
                                  QStringLiteral("QT_LOGGING_RULES=*.debug=true")},
        90000);
    const QList<Needle> needles = secretNeedles(in);
    {
        // The session's report is shown with every secret replaced by its description.
        const QStringList leaked = foundIn(session.out + session.err, needles);
        INFO("the session's stdout/stderr hold " << leaked.join(QStringLiteral(", ")).toStdString());
        INFO("session stdout:\n" << masked(session.out, needles).toStdString());
        INFO("session stderr (end):\n" << masked(session.err.right(3000), needles).toStdString());
        CHECK(session.exitCode == 0);
        CHECK(leaked.isEmpty());
    }

    // Names and the codes seen may be in no file either (a code on the clipboard is fine).
    QList<Needle> fileNeedles = needles;
    for (const otp::Account& account : std::as_const(in.accounts)) {
        fileNeedles += {{account.name.toUtf8(), "an account name"}, {utf16(account.name), "an account name (UTF-16)"}};
        if (account.issuer != QLatin1String("Amazon Web Services")) {
            fileNeedles += {{account.issuer.toUtf8(), "an issuer"}};
        }
    }
    fileNeedles += {{in.renamedTo.toUtf8(), "the new account name"}};
    const qsizetype codesAt = session.out.lastIndexOf("\ncodes: ") + 8;
    const QList<QByteArray> codes = session.out.mid(codesAt, session.out.indexOf('\n', codesAt) - codesAt).split(' ');
    CHECK(codes.size() == 7);
    for (const QByteArray& code : codes) {
        CHECK(code.size() >= 6);
        fileNeedles += {{code, "a code shown in the session"}};
    }

    // The Aegis file is plaintext on purpose; it proves the needles would be found.
    QFile aegis(in.aegisPath);
    REQUIRE(aegis.open(QIODevice::ReadOnly));
    const QByteArray aegisJson = aegis.readAll();
    for (const otp::Account& account : std::as_const(in.accounts)) {
        CHECK(aegisJson.contains(base32Of(account, false).toLatin1()));
    }

    QStringList scanned;
    QDirIterator it(root.path(), QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (path == in.aegisPath) {
            continue;
        }
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        scanned << QDir(root.path()).relativeFilePath(path);
        const QStringList found = foundIn(file.readAll(), fileNeedles);
        INFO("file " << scanned.last().toStdString() << " holds " << found.join(QStringLiteral(", ")).toStdString());
        CHECK(found.isEmpty());
    }
    INFO("scanned: " << scanned.join(QStringLiteral(", ")).toStdString());
    CHECK(scanned.contains(QStringLiteral("data/twostep/vault.twostep")));
    CHECK(scanned.contains(QStringLiteral("config/twostep/twostep.conf")));
    CHECK(scanned.contains(QStringLiteral("home/backup.twostep")));
    CHECK(std::count_if(scanned.cbegin(), scanned.cend(),
                        [](const QString& path) { return path.startsWith(QStringLiteral("config/autostart/")); }) == 1);
    CHECK(std::count_if(scanned.cbegin(), scanned.cend(),
                        [](const QString& path) { return path.contains(QStringLiteral("/backups/")); }) >= 5);

    // Nothing may have gone around the redirected folders: files changed meanwhile in the usual
    // shared places (other processes' files too; none can hold this session's random needles).
    QStringList outside;
    const QString realHome = QDir::homePath();
    // This test's own output may be redirected to a file there: it holds the codes by design.
    QStringList skip{root.path(), QFileInfo(QStringLiteral("/proc/self/fd/1")).symLinkTarget(),
                     QFileInfo(QStringLiteral("/proc/self/fd/2")).symLinkTarget()};
    skip.removeAll(QString());
    const QList<std::pair<QString, int>> shared{{QStringLiteral("/tmp"), 2},
                                                {QStringLiteral("/var/tmp"), 2},
                                                {QStringLiteral("/dev/shm"), 1},
                                                {realHome + QStringLiteral("/.config"), 3},
                                                {realHome + QStringLiteral("/.local/share"), 3},
                                                {realHome + QStringLiteral("/.cache"), 2}};
    for (const auto& [dir, depth] : shared) {
        outside += changedFiles(dir, started, depth, skip);
    }
    for (const QString& path : std::as_const(outside)) {
        QFile file(path);
        if (file.open(QIODevice::ReadOnly)) {
            const QStringList found = foundIn(file.readAll(), fileNeedles);
            INFO("file " << path.toStdString() << " holds " << found.join(QStringLiteral(", ")).toStdString());
            CHECK(found.isEmpty());
        }
    }
}
