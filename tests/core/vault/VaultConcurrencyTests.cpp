// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "VaultTestSupport.h"
#include "otp/Base32.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <cstdio>

using namespace twostep;
using namespace twostep::vault;

namespace {

QProcess* startAdd(const QString& path, const QString& name, const QString& secret)
{
    auto* process = new QProcess;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("TWOSTEP_VAULT"), path);
    process->setProcessEnvironment(env);
    process->start(test::cliPath(), {QStringLiteral("add"), QStringLiteral("--password-stdin"),
                                     QStringLiteral("--secret"), secret, QStringLiteral("--name"), name});
    process->waitForStarted();
    process->write("correct horse battery staple\n");
    process->waitForBytesWritten(); // QProcess only writes from its event loop; the kill delay has none
    process->closeWriteChannel();
    return process;
}

QString randomSecret()
{
    std::array<quint32, 5> words{};
    QRandomGenerator::global()->fillRange(words.data(), words.size());
    return otp::encodeBase32(std::span(reinterpret_cast<const std::uint8_t*>(words.data()), sizeof(words)));
}

// `twostep-cli passwd` from `from` to `to` at the lowest KDF cost, so a run takes a fraction of a second.
QProcess* startPasswd(const QString& path, const QByteArray& from, const QByteArray& to)
{
    auto* process = new QProcess;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("TWOSTEP_VAULT"), path);
    process->setProcessEnvironment(env);
    const KdfParameters kdf = fastKdfParametersForTests();
    process->start(test::cliPath(),
                   {QStringLiteral("passwd"), QStringLiteral("--password-stdin"), QStringLiteral("--kdf-memory"),
                    QString::number(kdf.memoryKiB), QStringLiteral("--kdf-iterations"), QString::number(kdf.iterations),
                    QStringLiteral("--kdf-parallelism"), QString::number(kdf.parallelism)});
    process->waitForStarted();
    process->write(from + '\n' + to + '\n');
    process->waitForBytesWritten();
    process->closeWriteChannel();
    return process;
}

bool opensWith(const QString& path, const QByteArray& password)
{
    Result<Vault> vault = Vault::open(path, test::password(password.constData()));
    if (!vault) {
        INFO(vault.error().detail.toStdString());
        REQUIRE(vault.error().code == ErrorCode::WrongPassword); // never damage, never a stale state
        return false;
    }
    REQUIRE(vault->entries().size() == 3); // every run keeps every account
    return true;
}

} // namespace

TEST_CASE("SIGKILL at random moments of `twostep-cli add` never loses a confirmed account", "[vault][crash]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("vault.twostep"));
    REQUIRE(Vault::create(path, test::password(), fastKdfParametersForTests()));

    // How long one add takes here, so the kills spread over its whole run.
    QElapsedTimer timer;
    timer.start();
    std::unique_ptr<QProcess> probe(startAdd(path, QStringLiteral("probe"), randomSecret()));
    REQUIRE(probe->waitForFinished(60000));
    REQUIRE(probe->exitCode() == 0);
    const qint64 runMicros = timer.nsecsElapsed() / 1000;

    QSet<QString> confirmed{QStringLiteral("probe")};
    QSet<QString> killed;
    int kills = 0;
    int iteration = 0;
    while (kills < 200 && iteration < 2000) {
        const QString name = QStringLiteral("account-%1").arg(iteration++);
        std::unique_ptr<QProcess> process(startAdd(path, name, randomSecret()));
        REQUIRE(process->waitForStarted());
        QThread::usleep(static_cast<unsigned long>(QRandomGenerator::global()->bounded(runMicros * 11 / 10)));
        process->kill(); // SIGKILL
        REQUIRE(process->waitForFinished(60000));
        if (process->exitStatus() == QProcess::CrashExit) {
            ++kills;
            killed.insert(name);
            continue;
        }
        INFO(name.toStdString() << ": " << process->readAllStandardError().toStdString());
        REQUIRE(process->exitCode() == 0); // a survivor never fails: no stale lock, no damage
        confirmed.insert(name);
    }
    REQUIRE(kills >= 200);

    Result<Vault> vault = Vault::open(path, test::password());
    REQUIRE(vault);
    QSet<QString> names;
    int inFlightKept = 0;
    for (const VaultEntry& entry : vault->entries()) {
        REQUIRE_FALSE(names.contains(entry.account.name)); // no account twice
        names.insert(entry.account.name);
        if (!confirmed.contains(entry.account.name)) {
            REQUIRE(killed.contains(entry.account.name)); // only the one in flight at a kill
            ++inFlightKept;
        }
    }
    for (const QString& name : confirmed) {
        CHECK(names.contains(name));
    }
    std::fprintf(stderr, "kill loop: %d runs, %d SIGKILLs, %lld confirmed adds, %d killed adds that had committed\n",
                 iteration, kills, static_cast<long long>(confirmed.size()), inFlightKept);
    // A kill between writeFileAtomically's temporary file and its rename leaves that file; the next save
    // removes it. Then only the vault is left, and at most QLockFile's own small files (a PID and a
    // host name; ".rmlock" ones appear when a kill hits a stale-lock removal).
    // A kill right after QLockFile created its file, before it wrote its PID, leaves an empty lock
    // that is stale only after 30 s (docs/VAULT.md): the final add may have to wait that long.
    QElapsedTimer lastAdd;
    lastAdd.start();
    for (;;) {
        std::unique_ptr<QProcess> last(startAdd(path, QStringLiteral("last"), randomSecret()));
        REQUIRE(last->waitForFinished(60000));
        const QByteArray err = last->readAllStandardError();
        INFO(err.toStdString());
        if (last->exitCode() == 5 && err.contains("in use") && lastAdd.elapsed() < 40000) {
            continue;
        }
        REQUIRE(last->exitCode() == 0);
        break;
    }
    const QStringList backupsLeft = QDir(dir.filePath(QStringLiteral("backups"))).entryList(QDir::Files | QDir::Hidden);
    for (const QString& file : backupsLeft) {
        INFO(file.toStdString());
        CHECK(QRegularExpression(QStringLiteral("^vault\\.twostep\\.\\d{20}$")).match(file).hasMatch());
    }
    const QStringList left = QDir(dir.path()).entryList(QDir::Files | QDir::Hidden);
    for (const QString& file : left) {
        INFO(file.toStdString());
        if (file != QStringLiteral("vault.twostep")) {
            CHECK(file.startsWith(QStringLiteral("vault.twostep.lock")));
            CHECK(QFileInfo(dir.filePath(file)).size() < 256);
        }
    }
}

TEST_CASE("two processes adding 50 accounts each at the same time lose none", "[vault][concurrency]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("vault.twostep"));
    REQUIRE(Vault::create(path, test::password(), fastKdfParametersForTests()));
    const QString script = QStringLiteral(R"(
writer() {
    for i in $(seq 1 50); do
        secret=$(printf 'writer %s account %s, unique' "$1" "$i" | base32 | tr -d '=')
        printf 'correct horse battery staple\n' |
            "$CLI" add --password-stdin --secret "$secret" --name "w$1-$i" >/dev/null 2>>"$DIR/errors" ||
            echo "w$1-$i exit $?" >>"$DIR/failed"
    done
}
writer 1 & writer 2 & wait
)");
    const test::ProcessResult run =
        test::runProcess(QStringLiteral("bash"), {QStringLiteral("-c"), script}, {},
                         {QStringLiteral("CLI=") + test::cliPath(), QStringLiteral("DIR=") + dir.path(),
                          QStringLiteral("TWOSTEP_VAULT=") + path});
    REQUIRE(run.exitCode == 0);
    INFO(test::readAll(dir.filePath(QStringLiteral("errors"))).toStdString());
    CHECK(test::readAll(dir.filePath(QStringLiteral("failed"))).isEmpty());

    Result<Vault> vault = Vault::open(path, test::password());
    REQUIRE(vault);
    QSet<QString> names;
    for (const VaultEntry& entry : vault->entries()) {
        names.insert(entry.account.name);
    }
    CHECK(vault->entries().size() == 100);
    for (int writer = 1; writer <= 2; ++writer) {
        for (int i = 1; i <= 50; ++i) {
            CHECK(names.contains(QStringLiteral("w%1-%2").arg(writer).arg(i)));
        }
    }
    CHECK(vault->generation() == 101);
}

TEST_CASE("two writers, one through a symlink, lose none of 50 confirmed adds each", "[vault][crash][symlink]")
{
    QTemporaryDir dir;
    const QString real = dir.filePath(QStringLiteral("real/vault.twostep"));
    const QString link = dir.filePath(QStringLiteral("link.twostep"));
    REQUIRE(Vault::create(real, test::password(), fastKdfParametersForTests()));
    REQUIRE(QFile::link(real, link));

    constexpr int kAdds = 50;
    QSet<QString> confirmed;
    std::unique_ptr<QProcess> viaReal;
    std::unique_ptr<QProcess> viaLink;
    int realDone = 0;
    int linkDone = 0;
    // Both run side by side: each starts its next add as soon as its last one finished.
    const auto finish = [&confirmed](std::unique_ptr<QProcess>& process, const QString& name, int& done) {
        if (process && process->state() == QProcess::NotRunning) {
            INFO(process->readAllStandardError().toStdString());
            REQUIRE(process->exitCode() == 0);
            confirmed.insert(name);
            process.reset();
            ++done;
        }
    };
    while (realDone < kAdds || linkDone < kAdds) {
        if (!viaReal && realDone < kAdds) {
            viaReal.reset(startAdd(real, QStringLiteral("real-%1").arg(realDone), randomSecret()));
        }
        if (!viaLink && linkDone < kAdds) {
            viaLink.reset(startAdd(link, QStringLiteral("link-%1").arg(linkDone), randomSecret()));
        }
        for (QProcess* process : {viaReal.get(), viaLink.get()}) {
            if (process) {
                process->waitForFinished(5);
            }
        }
        finish(viaReal, QStringLiteral("real-%1").arg(realDone), realDone);
        finish(viaLink, QStringLiteral("link-%1").arg(linkDone), linkDone);
    }
    REQUIRE(confirmed.size() == 2 * kAdds);
    Result<Vault> opened = Vault::open(link, test::password());
    REQUIRE(opened);
    QSet<QString> names;
    for (const VaultEntry& entry : opened->entries()) {
        names.insert(entry.account.name);
    }
    CHECK(names == confirmed);
    CHECK(QFileInfo(link).isSymLink());
}

TEST_CASE("SIGKILL at random moments of `twostep-cli passwd`: the old or the new password opens, never both",
          "[vault][crash]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("vault.twostep"));
    {
        Result<Vault> vault = Vault::create(path, test::password("password-0"), fastKdfParametersForTests());
        REQUIRE(vault);
        REQUIRE(vault->addAccounts(test::makeAccounts(3)));
    }
    QByteArray current = "password-0";

    QElapsedTimer timer;
    timer.start();
    std::unique_ptr<QProcess> probe(startPasswd(path, current, "probe"));
    REQUIRE(probe->waitForFinished(60000));
    REQUIRE(probe->exitCode() == 0);
    qint64 runMicros = timer.nsecsElapsed() / 1000;
    current = "probe";

    int kills = 0;
    int changed = 0;
    int killedAfterCommit = 0;
    int iteration = 0;
    while ((kills < 60 || changed < 5) && iteration < 600) {
        const QByteArray next = "password-" + QByteArray::number(++iteration);
        QElapsedTimer run;
        run.start();
        std::unique_ptr<QProcess> process(startPasswd(path, current, next));
        // Up to 1.5 typical runs: most kills land inside the run, some after it.
        QThread::usleep(static_cast<unsigned long>(QRandomGenerator::global()->bounded(runMicros * 3 / 2)));
        process->kill(); // SIGKILL
        REQUIRE(process->waitForFinished(60000));
        if (process->exitStatus() == QProcess::NormalExit && process->exitCode() == 0) {
            runMicros = (runMicros * 3 + run.nsecsElapsed() / 1000) / 4; // follows the machine's load
        }
        // A kill between QLockFile's create and its PID write leaves an empty lock that is stale
        // only after 30 s (the add test covers that wait); nobody holds it now, so clear it.
        if (process->exitStatus() == QProcess::CrashExit && QFileInfo(path + QStringLiteral(".lock")).size() == 0) {
            QFile::remove(path + QStringLiteral(".lock"));
        }
        const bool oldOpens = opensWith(path, current);
        const bool newOpens = opensWith(path, next);
        INFO("run " << iteration << ": " << process->readAllStandardError().toStdString());
        REQUIRE(oldOpens != newOpens); // exactly one of them, whatever the moment of the kill
        if (process->exitStatus() == QProcess::CrashExit) {
            ++kills;
            killedAfterCommit += newOpens ? 1 : 0;
        } else if (process->exitCode() == 0) {
            REQUIRE(newOpens); // a confirmed change: the old password never opens again
            ++changed;
        } else {
            // Only an empty lock a kill left behind may keep a survivor out (stale after 30 s).
            REQUIRE(process->exitCode() == 5);
        }
        if (newOpens) {
            current = next;
        }
    }
    REQUIRE(kills >= 50);
    REQUIRE(changed >= 5);
    std::fprintf(stderr, "passwd kill loop: %d runs, %d SIGKILLs (%d after the commit), %d completed changes\n",
                 iteration, kills, killedAfterCommit, changed);
}
