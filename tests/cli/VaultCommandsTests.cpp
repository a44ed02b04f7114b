// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "VaultTestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <cstring>
#include <sys/stat.h>
#include <unistd.h>

using namespace twostep;
using test::ProcessResult;

namespace {

const QString kRfcSecret = QStringLiteral("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"); // "12345678901234567890"

// A vault made by `twostep-cli init` with the cheapest accepted KDF, and a runner for commands on it.
struct CliVault
{
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("sub/vault.twostep"));
    QByteArray password = "p\xc3\xa4ss w\xc3\xb6rd";

    CliVault()
    {
        const ProcessResult init = run({QStringLiteral("init"), QStringLiteral("--kdf-memory"), QStringLiteral("8192"),
                                        QStringLiteral("--kdf-iterations"), QStringLiteral("1"),
                                        QStringLiteral("--kdf-parallelism"), QStringLiteral("1")});
        REQUIRE(init.exitCode == 0);
    }

    ProcessResult run(QStringList arguments, const QByteArray& input = {}) const
    {
        arguments << QStringLiteral("--password-stdin");
        return test::runCli(arguments, input.isEmpty() ? password + '\n' : input,
                            {QStringLiteral("TWOSTEP_VAULT=") + path});
    }

    QString add(const QStringList& arguments) const
    {
        const ProcessResult added = run(QStringList{QStringLiteral("add")} + arguments);
        INFO(added.err.toStdString());
        REQUIRE(added.exitCode == 0);
        REQUIRE(added.outLines().size() == 1);
        return added.outLines().first();
    }
};

} // namespace

TEST_CASE("twostep-cli init, add, list, code and show work on one vault", "[vault][cli]")
{
    CliVault v;
    CHECK((QFileInfo(v.path).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther)) == 0);
    const QString aws = v.add(
        {QStringLiteral("--uri"), QStringLiteral("otpauth://totp/Amazon%20Web%20Services:alice@123456789012?secret=") +
                                      kRfcSecret + QStringLiteral("&issuer=Amazon%20Web%20Services")});
    const QString hotp = v.add({QStringLiteral("--secret"), kRfcSecret.toLower(), QStringLiteral("--issuer"),
                                QStringLiteral("RFC 4226"), QStringLiteral("--name"), QStringLiteral("appendix D"),
                                QStringLiteral("--counter"), QStringLiteral("0")});
    v.add({QStringLiteral("--secret"), QStringLiteral("JBSWY3DPEHPK3PXP"), QStringLiteral("--issuer"),
           QStringLiteral("GitHub"), QStringLiteral("--name"), QStringLiteral("alice")});

    const ProcessResult list = v.run({QStringLiteral("list")});
    REQUIRE(list.exitCode == 0);
    REQUIRE(list.outLines().size() == 3);
    CHECK(list.outLines().at(0).simplified() == QStringLiteral("Amazon Web Services alice@123456789012 totp"));
    CHECK(list.outLines().at(1).simplified() == QStringLiteral("RFC 4226 appendix D hotp"));

    const ProcessResult json = v.run({QStringLiteral("list"), QStringLiteral("--json")});
    REQUIRE(json.exitCode == 0);
    const QJsonArray array = QJsonDocument::fromJson(json.out).array();
    REQUIRE(array.size() == 3);
    CHECK(array.at(0)[QStringLiteral("id")].toString() == aws);
    CHECK(array.at(1)[QStringLiteral("counter")].toString() == QStringLiteral("0"));
    CHECK_FALSE(json.out.contains(kRfcSecret.toLatin1()));

    // RFC 6238 appendix B (SHA1, T = 59 s) in 6 digits, and the next step: AWS's "MFA code 1" and "2".
    const ProcessResult codes = v.run({QStringLiteral("code"), QStringLiteral("amazon"), QStringLiteral("--time"),
                                       QStringLiteral("59"), QStringLiteral("--window"), QStringLiteral("2")});
    REQUIRE(codes.exitCode == 0);
    CHECK(codes.outLines() == QStringList{QStringLiteral("287082"), QStringLiteral("359152")});

    // hotp: RFC 4226 appendix D; each code is used once, the counter is saved.
    CHECK(v.run({QStringLiteral("code"), hotp}).outLines() == QStringList{QStringLiteral("755224")});
    CHECK(v.run({QStringLiteral("code"), QStringLiteral("4226"), QStringLiteral("--window"), QStringLiteral("2")})
              .outLines() == (QStringList{QStringLiteral("287082"), QStringLiteral("359152")}));
    CHECK(v.run({QStringLiteral("code"), QStringLiteral("appendix")}).outLines() ==
          QStringList{QStringLiteral("969429")});

    const ProcessResult show = v.run({QStringLiteral("show"), QStringLiteral("appendix")});
    REQUIRE(show.exitCode == 0);
    CHECK(show.outLines().contains(QStringLiteral("counter: 4")));
    CHECK_FALSE(show.out.contains(kRfcSecret.toLatin1()));
    const ProcessResult reveal = v.run({QStringLiteral("show"), QStringLiteral("AMAZON"), QStringLiteral("--reveal")});
    REQUIRE(reveal.exitCode == 0);
    CHECK(reveal.outLines().contains(QStringLiteral("secret: ") + kRfcSecret));
    CHECK(reveal.out.contains("uri: otpauth://totp/Amazon%20Web%20Services:alice"));
    CHECK(reveal.out.contains(QByteArray("secret=").append(kRfcSecret.toLatin1())));
}

TEST_CASE("twostep-cli vault errors have their sentences and exit codes", "[vault][cli]")
{
    CliVault v;
    v.add({QStringLiteral("--secret"), QStringLiteral("JBSWY3DPEHPK3PXP"), QStringLiteral("--issuer"),
           QStringLiteral("GitHub"), QStringLiteral("--name"), QStringLiteral("alice")});
    v.add({QStringLiteral("--secret"), kRfcSecret, QStringLiteral("--issuer"), QStringLiteral("GitLab"),
           QStringLiteral("--name"), QStringLiteral("alice")});

    const ProcessResult wrong = v.run({QStringLiteral("list")}, "wrong\n");
    CHECK(wrong.exitCode == 3);
    CHECK(wrong.err == "twostep-cli: wrong password\n");
    CHECK(wrong.out.isEmpty());

    const ProcessResult ambiguous = v.run({QStringLiteral("code"), QStringLiteral("alice")});
    CHECK(ambiguous.exitCode == 2);
    CHECK(ambiguous.err.contains("GitHub:alice"));
    CHECK(ambiguous.err.contains("GitLab:alice"));
    CHECK(ambiguous.out.isEmpty());

    CHECK(v.run({QStringLiteral("show"), QStringLiteral("nobody")}).exitCode == 1);
    const ProcessResult duplicate =
        v.run({QStringLiteral("add"), QStringLiteral("--secret"), QStringLiteral("jbsw y3dp ehpk 3pxp"),
               QStringLiteral("--name"), QStringLiteral("x")});
    CHECK(duplicate.exitCode == 2);
    CHECK(duplicate.err.contains("x: already in the vault as GitHub:alice"));
    CHECK(v.run({QStringLiteral("add"), QStringLiteral("--secret"), QStringLiteral("JBSWY3DP!"),
                 QStringLiteral("--name"), QStringLiteral("x")})
              .exitCode == 2);
    CHECK(test::runCli({QStringLiteral("list")}, "x\n", {QStringLiteral("TWOSTEP_VAULT=") + v.path}).exitCode == 2);

    SECTION("locked by another process")
    {
        QLockFile holder(v.path + QStringLiteral(".lock"));
        REQUIRE(holder.tryLock(0));
        const ProcessResult locked = v.run({QStringLiteral("rm"), QStringLiteral("github")});
        CHECK(locked.exitCode == 5);
        CHECK(locked.err == "twostep-cli: vault is in use by another Twostep process\n");
    }
    SECTION("damaged and unsupported files")
    {
        QByteArray bytes = test::readAll(v.path);
        const QByteArray original = bytes;
        const qsizetype inPayload = bytes.indexOf("\"payload\":\"") + 20;
        bytes[inPayload] = bytes[inPayload] == 'A' ? 'B' : 'A'; // still base64, other ciphertext
        test::writeAll(v.path, bytes);
        const ProcessResult damaged = v.run({QStringLiteral("list")});
        CHECK(damaged.exitCode == 4);
        CHECK(damaged.err == QStringLiteral("twostep-cli: vault file %1 is damaged: authentication failed\n")
                                 .arg(QDir::toNativeSeparators(v.path))
                                 .toUtf8());
        CHECK(v.run({QStringLiteral("rm"), QStringLiteral("github")}).exitCode == 4);
        CHECK(test::readAll(v.path) == bytes);

        QByteArray future = original;
        future.replace("\"version\":1", "\"version\":7");
        test::writeAll(v.path, future);
        const ProcessResult unsupported = v.run({QStringLiteral("list")});
        CHECK(unsupported.exitCode == 4);
        CHECK(unsupported.err == QStringLiteral("twostep-cli: %1: unsupported vault version 7\n")
                                     .arg(QDir::toNativeSeparators(v.path))
                                     .toUtf8());
    }
}

TEST_CASE("twostep-cli rename, rm and passwd keep the rest of the vault", "[vault][cli]")
{
    CliVault v;
    const QString first =
        v.add({QStringLiteral("--secret"), QStringLiteral("JBSWY3DPEHPK3PXP"), QStringLiteral("--issuer"),
               QStringLiteral("GitHub"), QStringLiteral("--name"), QStringLiteral("alice")});
    v.add({QStringLiteral("--secret"), kRfcSecret, QStringLiteral("--issuer"), QStringLiteral("GitLab"),
           QStringLiteral("--name"), QStringLiteral("bob")});
    REQUIRE(
        v.run({QStringLiteral("rename"), first, QStringLiteral("--name"), QStringLiteral("\ucca0\uc218")}).exitCode ==
        0);
    REQUIRE(v.run({QStringLiteral("passwd"), QStringLiteral("--kdf-memory"), QStringLiteral("8192"),
                   QStringLiteral("--kdf-iterations"), QStringLiteral("1"), QStringLiteral("--kdf-parallelism"),
                   QStringLiteral("1")},
                  v.password + "\nnew password\n")
                .exitCode == 0);
    CHECK(v.run({QStringLiteral("list")}).exitCode == 3);
    v.password = "new password";
    REQUIRE(v.run({QStringLiteral("rm"), QStringLiteral("gitlab")}).exitCode == 0);
    const ProcessResult list = v.run({QStringLiteral("list")});
    REQUIRE(list.exitCode == 0);
    CHECK(list.outLines().size() == 1);
    CHECK(list.outLines().first().simplified() == QStringLiteral("GitHub \ucca0\uc218 totp"));
}

TEST_CASE("the --vault option wins over TWOSTEP_VAULT", "[vault][cli]")
{
    CliVault v;
    QTemporaryDir other;
    const QString elsewhere = other.filePath(QStringLiteral("x.twostep"));
    const ProcessResult init =
        test::runCli({QStringLiteral("init"), QStringLiteral("--vault"), elsewhere, QStringLiteral("--password-stdin"),
                      QStringLiteral("--kdf-memory"), QStringLiteral("8192"), QStringLiteral("--kdf-iterations"),
                      QStringLiteral("1"), QStringLiteral("--kdf-parallelism"), QStringLiteral("1")},
                     "pw\n", {QStringLiteral("TWOSTEP_VAULT=") + v.path});
    REQUIRE(init.exitCode == 0);
    CHECK(QFileInfo::exists(elsewhere));
    CHECK(test::runCli({QStringLiteral("init"), QStringLiteral("--password-stdin")}, "pw\n",
                       {QStringLiteral("TWOSTEP_VAULT=") + v.path})
              .exitCode == 2); // already exists there: never overwritten
}

TEST_CASE("on a terminal the password is asked without echo, twice for init", "[vault][cli][tty]")
{
    const QString script = QStandardPaths::findExecutable(QStringLiteral("script"));
    if (script.isEmpty()) {
        TWOSTEP_SKIP("util-linux script is not installed: test not run");
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v.twostep"));
    // `script` runs the command on a pseudo-terminal; the input arrives after the prompt is up.
    const QString command =
        QStringLiteral("(sleep 0.7; printf 'secret-typed-1\\n'; sleep 0.3; printf 'secret-typed-2\\n') | "
                       "script -qec \"'%1' init --kdf-memory 8192 --kdf-iterations 1 "
                       "--kdf-parallelism 1\" /dev/null")
            .arg(test::cliPath());
    const ProcessResult mismatch = test::runProcess(QStringLiteral("bash"), {QStringLiteral("-c"), command}, {},
                                                    {QStringLiteral("TWOSTEP_VAULT=") + path});
    const QByteArray screen = mismatch.out + mismatch.err;
    INFO(screen.toStdString());
    CHECK(screen.contains("New vault password"));
    CHECK(screen.contains("Repeat it"));
    CHECK(screen.contains("the two passwords do not match"));
    CHECK_FALSE(screen.contains("secret-typed"));
    CHECK_FALSE(QFileInfo::exists(path));
}

TEST_CASE("Ctrl+C at the password prompt leaves the terminal echoing", "[vault][cli][tty]")
{
    if (QStandardPaths::findExecutable(QStringLiteral("script")).isEmpty()) {
        TWOSTEP_SKIP("util-linux script is not installed: test not run");
    }
    QTemporaryDir dir;
    // Inside the pseudo-terminal: the prompt, then ^C (SIGINT), then the terminal's echo flag.
    const QString inner =
        QStringLiteral("trap true INT; '%1' init; echo exit=\\$?; stty -a | tr ' ' '\\n' | grep -x -- '-\\?echo'")
            .arg(test::cliPath());
    QString quoted = inner;
    quoted.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    const QString command =
        QStringLiteral("(sleep 0.7; printf '\\003'; sleep 0.8) | script -qec \"bash -c '%1'\" /dev/null").arg(quoted);
    const ProcessResult result =
        test::runProcess(QStringLiteral("bash"), {QStringLiteral("-c"), command}, {},
                         {QStringLiteral("TWOSTEP_VAULT=") + dir.filePath(QStringLiteral("v"))});
    const QString screen = QString::fromUtf8(result.out).remove(QLatin1Char('\r'));
    INFO(screen.toStdString());
    CHECK(screen.contains(QStringLiteral("exit=130")));
    CHECK(screen.split(QLatin1Char('\n')).contains(QStringLiteral("echo")));
}

TEST_CASE("twostep-cli code on a hotp account at 2^64-2 gives one code, then refuses and keeps the counter",
          "[vault][cli]")
{
    CliVault v;
    const QString id = v.add({QStringLiteral("--uri"), QStringLiteral("otpauth://hotp/RFC:4226?secret=") + kRfcSecret +
                                                           QStringLiteral("&counter=18446744073709551614")});
    // --window 2 would need the counter after 2^64-1: refused before any code is shown.
    const ProcessResult window = v.run({QStringLiteral("code"), id, QStringLiteral("--window"), QStringLiteral("2")});
    CHECK(window.exitCode == 2);
    CHECK(window.out.isEmpty());
    CHECK(window.err.contains("'RFC:4226' is at HOTP counter 18446744073709551614"));

    // oathtool --hotp -c 18446744073709551614 3132333435363738393031323334353637383930
    CHECK(v.run({QStringLiteral("code"), id}).outLines() == QStringList{QStringLiteral("488204")});
    CHECK(v.run({QStringLiteral("show"), id}).outLines().contains(QStringLiteral("counter: 18446744073709551615")));

    const ProcessResult refused = v.run({QStringLiteral("code"), id});
    CHECK(refused.exitCode == 2);
    CHECK(refused.out.isEmpty());
    CHECK(refused.err.contains("'RFC:4226' is at HOTP counter 18446744073709551615"));
    CHECK(refused.err.contains("repeat old codes"));
    CHECK(v.run({QStringLiteral("show"), id}).outLines().contains(QStringLiteral("counter: 18446744073709551615")));
}

namespace {

// twostep-cli in a private HOME with XDG folders and no TWOSTEP_VAULT: the default vault.
test::ProcessResult runAsNewUser(const QString& root, const QStringList& arguments, const QByteArray& input = {})
{
    return test::runCli(arguments, input,
                        QStringList{QStringLiteral("TWOSTEP_VAULT=")} + test::privateUserFolders(root));
}

QStringList initArguments()
{
    return {QStringLiteral("init"),
            QStringLiteral("--password-stdin"),
            QStringLiteral("--kdf-memory"),
            QStringLiteral("8192"),
            QStringLiteral("--kdf-iterations"),
            QStringLiteral("1"),
            QStringLiteral("--kdf-parallelism"),
            QStringLiteral("1")};
}

} // namespace

TEST_CASE("twostep-cli warns on stderr when the vault went back to an older generation", "[vault][cli][rollback]")
{
    CliVault v;
    v.add({QStringLiteral("--secret"), kRfcSecret, QStringLiteral("--name"), QStringLiteral("one")});
    const QByteArray second = test::readAll(v.path);
    v.add({QStringLiteral("--secret"), QStringLiteral("JBSWY3DPEHPK3PXP"), QStringLiteral("--name"),
           QStringLiteral("two")});
    const QByteArray third = test::readAll(v.path);
    test::writeAll(v.path, second); // generation 3 -> 2

    const ProcessResult listed = v.run({QStringLiteral("list")});
    CHECK(listed.exitCode == 0);
    const QString newer =
        QFileInfo(v.path).canonicalPath() + QStringLiteral("/backups/vault.twostep.00000000000000000003");
    CHECK(listed.err == QStringLiteral("twostep-cli: warning: %1 went back from generation 3 to 2 (an older copy "
                                       "replaced it)\ntwostep-cli: warning: the newer version an older copy replaced "
                                       "is kept as %2; to bring its accounts back, run 'twostep-cli merge %2'\n")
                            .arg(QFileInfo(v.path).canonicalFilePath(), newer)
                            .toUtf8());
    CHECK(test::readAll(newer) == third);
    const ProcessResult status = test::runCli({QStringLiteral("status"), QStringLiteral("--vault"), v.path}, {}, {});
    CHECK(status.outLines().contains(QStringLiteral("highest generation seen: 3 (the file went back)")));
}

TEST_CASE("twostep-cli status says where the default vault is without a password", "[vault][cli][location]")
{
    QTemporaryDir root;
    const QString path = root.filePath(QStringLiteral("data/twostep/vault.twostep"));
    const ProcessResult before = runAsNewUser(root.path(), {QStringLiteral("status")});
    CHECK(before.exitCode == 0);
    CHECK(before.outLines() == QStringList{QStringLiteral("vault: ") + path, QStringLiteral("exists: no")});
    REQUIRE(runAsNewUser(root.path(), initArguments(), "pw\n").exitCode == 0);
    const ProcessResult after = runAsNewUser(root.path(), {QStringLiteral("status")});
    CHECK(after.exitCode == 0);
    CHECK(after.err.isEmpty());
    const QStringList lines = after.outLines();
    REQUIRE(lines.size() == 6);
    CHECK(lines.at(0) == QStringLiteral("vault: ") + path);
    CHECK(lines.at(1) == QStringLiteral("exists: yes"));
    CHECK(lines.at(2) == QStringLiteral("size: %1 bytes").arg(QFileInfo(path).size()));
    CHECK(lines.at(3) == QStringLiteral("generation: 1"));
    CHECK(lines.at(4) == QStringLiteral("keyring slots: 0"));
    CHECK(lines.at(5) == QStringLiteral("backups: 0 in %1").arg(root.filePath(QStringLiteral("data/twostep/backups"))));
}

TEST_CASE("twostep-cli creates the folders of a fresh HOME 0700", "[vault][cli][location]")
{
    QTemporaryDir root;
    QStringList environment = test::privateUserFolders(root.path());
    // No XDG_DATA_HOME or XDG_STATE_HOME: ~/.local/share and ~/.local/state do not exist yet.
    environment.removeIf([](const QString& entry) {
        return entry.startsWith(QStringLiteral("XDG_DATA_HOME=")) ||
               entry.startsWith(QStringLiteral("XDG_STATE_HOME="));
    });
    environment << QStringLiteral("TWOSTEP_VAULT=") << QStringLiteral("XDG_DATA_HOME=")
                << QStringLiteral("XDG_STATE_HOME=");
    const ProcessResult created = test::runCli(initArguments(), "pw\n", environment);
    INFO(created.err.toStdString());
    REQUIRE(created.exitCode == 0);
    for (const char* folder : {"home/.local", "home/.local/share", "home/.local/share/twostep", "home/.local/state",
                               "home/.local/state/twostep"}) {
        INFO(folder);
        struct stat info
        {};
        REQUIRE(::stat(QFile::encodeName(root.filePath(QString::fromLatin1(folder))).constData(), &info) == 0);
        CHECK((info.st_mode & 07777) == 0700);
    }
    CHECK(QFileInfo::exists(root.filePath(QStringLiteral("home/.local/share/twostep/vault.twostep"))));
}

TEST_CASE("the first run after an upgrade moves the vault from the old place and says where", "[vault][cli][location]")
{
    QTemporaryDir root;
    const QString old = root.filePath(QStringLiteral("data/twostep/twostep/vault.twostep"));
    const QString path = root.filePath(QStringLiteral("data/twostep/vault.twostep"));
    QDir().mkpath(root.filePath(QStringLiteral("data/twostep/twostep")));
    {
        CliVault v;
        v.add({QStringLiteral("--secret"), kRfcSecret, QStringLiteral("--name"), QStringLiteral("moved")});
        test::writeAll(old, test::readAll(v.path));
        QDir().mkpath(root.filePath(QStringLiteral("data/twostep/twostep/backups")));
        for (const QString& name :
             QDir(QFileInfo(v.path).absolutePath() + QStringLiteral("/backups")).entryList(QDir::Files)) {
            test::writeAll(root.filePath(QStringLiteral("data/twostep/twostep/backups/")) + name,
                           test::readAll(QFileInfo(v.path).absolutePath() + QStringLiteral("/backups/") + name));
        }
    }
    const QByteArray bytes = test::readAll(old);
    const ProcessResult listed = runAsNewUser(root.path(), {QStringLiteral("list"), QStringLiteral("--password-stdin")},
                                              "p\xc3\xa4ss w\xc3\xb6rd\n");
    INFO(listed.err.toStdString());
    CHECK(listed.exitCode == 0);
    CHECK(listed.err ==
          QStringLiteral("twostep-cli: note: the vault moved from %1 to %2 (with 2 backups); its place from now on\n")
              .arg(old, path)
              .toUtf8());
    CHECK(listed.outLines().size() == 1);
    CHECK(test::readAll(path) == bytes);
    CHECK_FALSE(QFileInfo::exists(old));
    CHECK(QDir(root.filePath(QStringLiteral("data/twostep/backups"))).entryList(QDir::Files).size() == 2);
    // Once: the next run says nothing.
    CHECK(runAsNewUser(root.path(), {QStringLiteral("status")}).err.isEmpty());
}

TEST_CASE("a FIFO or /dev/zero as the vault fails at once with a clear error", "[vault][cli]")
{
    QTemporaryDir dir;
    const QString fifo = dir.filePath(QStringLiteral("fifo.twostep"));
    REQUIRE(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
    for (const auto& [path, kind] :
         {std::pair{fifo, "a FIFO (named pipe)"}, std::pair{QStringLiteral("/dev/zero"), "a device"}}) {
        for (const char* command : {"list", "status"}) {
            QStringList arguments{QString::fromLatin1(command), QStringLiteral("--vault"), path};
            if (std::strcmp(command, "list") == 0) {
                arguments << QStringLiteral("--password-stdin");
            }
            const ProcessResult result = test::runProcess(test::cliPath(), arguments, "pw\n", {}, 20000);
            INFO(command << " " << path.toStdString() << ": " << result.err.toStdString());
            CHECK(result.exitCode == 6); // a file that cannot be read
            CHECK(result.err.endsWith(QStringLiteral("twostep-cli: cannot read %1: it is %2, not a regular file\n")
                                          .arg(path, QString::fromLatin1(kind))
                                          .toUtf8()));
        }
    }
}

TEST_CASE("a stale lock another user left in a shared folder is named with its path", "[vault][cli][lock]")
{
    if (::geteuid() != 0) {
        TWOSTEP_SKIP("needs root to make a lock file owned by another user");
    }
    const QString setpriv = QStandardPaths::findExecutable(QStringLiteral("setpriv"));
    if (setpriv.isEmpty() ||
        test::runProcess(setpriv, {QStringLiteral("--bounding-set"), QStringLiteral("-fowner"), QStringLiteral("true")})
                .exitCode != 0) {
        TWOSTEP_SKIP("setpriv cannot drop CAP_FOWNER here");
    }
    QTemporaryDir dir;
    const QString shared = dir.filePath(QStringLiteral("shared"));
    REQUIRE(QDir().mkpath(shared));
    REQUIRE(::chmod(QFile::encodeName(shared).constData(), 01777) == 0); // like /tmp: only owners delete
    const QString path = shared + QStringLiteral("/vault.twostep");
    REQUIRE(vault::Vault::create(path, test::password(), vault::fastKdfParametersForTests()));
    // A real lock file whose process is gone, handed to uid 65534.
    const QString lockPath = path + QStringLiteral(".lock");
    {
        QLockFile lock(lockPath);
        REQUIRE(lock.tryLock(0));
        const QByteArray content = test::readAll(lockPath);
        lock.unlock();
        QProcess gone;
        gone.start(QStringLiteral("true"), QStringList{});
        REQUIRE(gone.waitForFinished());
        const qint64 deadPid = gone.processId() > 0 ? gone.processId() : 999999;
        test::writeAll(lockPath, QByteArray::number(deadPid) + content.mid(content.indexOf('\n')));
        REQUIRE(::chown(QFile::encodeName(lockPath).constData(), 65534, 65534) == 0);
    }
    const ProcessResult added =
        test::runProcess(setpriv,
                         {QStringLiteral("--bounding-set"), QStringLiteral("-fowner,-dac_override"), test::cliPath(),
                          QStringLiteral("add"), QStringLiteral("--password-stdin"), QStringLiteral("--secret"),
                          kRfcSecret, QStringLiteral("--name"), QStringLiteral("n")},
                         "correct horse battery staple\n", {QStringLiteral("TWOSTEP_VAULT=") + path});
    CHECK(added.exitCode == 5);
    CHECK(added.err == QStringLiteral("twostep-cli: a stale lock owned by another user (uid 65534) blocks the vault: "
                                      "%1; that user or an administrator must remove it\n")
                           .arg(lockPath)
                           .toUtf8());
}
