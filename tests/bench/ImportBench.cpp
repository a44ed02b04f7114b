// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Import timings for tests/bench/import_bench.sh: a file of 10,000, 100,000 and 1,000,000
// otpauth URI lines planned against a vault of 1,000 accounts, stage by stage (read the file,
// detect its format, parse the lines, plan), with the process's peak memory. 1% of the lines hold
// a vault account's secret and 1% repeat an earlier line, so both duplicate kinds are found.
#include "formats/FormatRegistry.h"
#include "formats/ImportPlan.h"
#include "otp/Base32.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <array>
#include <cstdio>
#include <ctime>
#include <sys/resource.h>

using namespace twostep;

namespace {

constexpr int kVaultAccounts = 1000;

SecretBytes password()
{
    QByteArray text("benchmark password");
    return SecretBytes::takeFrom(text);
}

SecretBytes randomSecret(QRandomGenerator& random)
{
    std::array<quint32, 5> words{};
    random.fillRange(words.data(), words.size());
    return SecretBytes(std::span(reinterpret_cast<const std::uint8_t*>(words.data()), sizeof(words)));
}

double peakRssMiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_maxrss) / 1024.0;
}

double elapsedMs(const QElapsedTimer& timer)
{
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

// This process's CPU time: on a machine others are busy with, wall time alone says little.
double cpuSeconds()
{
    timespec now{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return static_cast<double>(now.tv_sec) + static_cast<double>(now.tv_nsec) / 1e9;
}

// Short labels keep 1,000,000 lines under readImportFile's 64 MiB bound (about 60 bytes a line).
QByteArray uriLines(int count, const QList<otp::Account>& vaultAccounts, QRandomGenerator& random)
{
    QByteArray text;
    text.reserve(qsizetype(count) * 64);
    QList<QByteArray> secrets;
    secrets.reserve(count);
    for (int i = 0; i < count; ++i) {
        QByteArray secret;
        if (i % 100 == 1) {
            secret = otp::encodeBase32(vaultAccounts.at(i % vaultAccounts.size()).secret.bytes()).toLatin1();
        } else if (i % 100 == 2) {
            secret = secrets.at(i / 2);
        } else {
            secret = otp::encodeBase32(randomSecret(random).bytes()).toLatin1();
        }
        secrets.append(secret);
        text += "otpauth://totp/I" + QByteArray::number(i) + ":u?secret=" + secret + '\n';
    }
    return text;
}

// The planning this bench replaced: each entry compared with every vault account and every earlier entry.
int pairwiseDuplicates(const QList<otp::Account>& incoming, const QList<otp::Account>& existing)
{
    int duplicates = 0;
    for (qsizetype i = 0; i < incoming.size(); ++i) {
        bool found = false;
        for (const otp::Account& known : existing) {
            found = found || otp::isSameToken(known, incoming.at(i));
        }
        for (qsizetype j = 0; j < i && !found; ++j) {
            found = otp::isSameToken(incoming.at(j), incoming.at(i));
        }
        duplicates += found ? 1 : 0;
    }
    return duplicates;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    QRandomGenerator random(20261130);

    const QString vaultPath = dir.filePath(QStringLiteral("bench.twostep"));
    Result<vault::Vault> opened = vault::Vault::create(vaultPath, password(), vault::fastKdfParametersForTests());
    QList<otp::Account> seed;
    for (int i = 0; i < kVaultAccounts; ++i) {
        otp::Account account;
        account.issuer = QStringLiteral("Vault %1").arg(i);
        account.name = QStringLiteral("user-%1@example.com").arg(i);
        account.secret = randomSecret(random);
        seed.append(std::move(account));
    }
    if (!opened || !opened->addAccounts(seed)) {
        std::printf("cannot create the vault of %d accounts\n", kVaultAccounts);
        return 1;
    }
    QList<otp::Account> existing;
    for (const vault::VaultEntry& entry : opened->entries()) {
        existing.append(entry.account);
    }

    std::printf("== plan an import of N otpauth URI lines against a vault of %d accounts ==\n", kVaultAccounts);
    std::printf("%9s %9s %9s %9s %9s %9s %9s %9s %10s %9s\n", "lines", "file MiB", "read ms", "detect ms", "parse ms",
                "plan ms", "total s", "cpu s", "duplicates", "peak MiB");
    for (const int count : {10'000, 100'000, 1'000'000}) {
        const QString path = dir.filePath(QStringLiteral("uris-%1.txt").arg(count));
        {
            QFile file(path);
            if (!file.open(QIODevice::WriteOnly) || file.write(uriLines(count, existing, random)) < 0) {
                std::printf("cannot write %s\n", qPrintable(path));
                return 1;
            }
        }
        QElapsedTimer total;
        total.start();
        const double cpuStart = cpuSeconds();
        QElapsedTimer stage;
        stage.start();
        Result<QByteArray> data = formats::readImportFile(path);
        const double readMs = elapsedMs(stage);
        if (!data) {
            std::printf("%9d  %s\n", count, qPrintable(data.error().detail));
            return 1;
        }
        stage.restart();
        Result<const formats::Importer*> importer = formats::detectFormat(*data);
        const double detectMs = elapsedMs(stage);
        if (!importer || (*importer)->name() != QLatin1String("uri-list")) {
            std::printf("%9d  not detected as a URI list\n", count);
            return 1;
        }
        stage.restart();
        Result<formats::ImportResult> imported = (*importer)->read(*data, nullptr);
        const double parseMs = elapsedMs(stage);
        if (!imported || imported->accounts.size() != count) {
            std::printf("%9d  parsing failed\n", count);
            return 1;
        }
        stage.restart();
        const formats::ImportPlan plan = formats::planImport(std::move(*imported), existing);
        const double planMs = elapsedMs(stage);
        const double totalS = elapsedMs(total) / 1000.0;
        const double cpuS = cpuSeconds() - cpuStart;
        const int duplicates = plan.count(formats::PlannedAccount::Status::Duplicate) +
                               plan.count(formats::PlannedAccount::Status::DuplicateInFile);
        std::printf("%9d %9.1f %9.1f %9.1f %9.1f %9.1f %9.2f %9.2f %10d %9.0f\n", count,
                    static_cast<double>(QFileInfo(path).size()) / (1024.0 * 1024.0), readMs, detectMs, parseMs, planMs,
                    totalS, cpuS, duplicates, peakRssMiB());
        if (duplicates != count / 50) {
            std::printf("expected %d duplicates\n", count / 50);
            return 1;
        }
        if (count == 10'000) {
            QList<otp::Account> planned;
            for (const formats::PlannedAccount& item : plan.items) {
                planned.append(item.account);
            }
            QElapsedTimer pairwise;
            pairwise.start();
            const int found = pairwiseDuplicates(planned, existing);
            std::printf("%9d  the former pairwise planning: %.1f ms (%d duplicates)\n", count, elapsedMs(pairwise),
                        found);
        }
        QFile::remove(path);
    }
    return 0;
}
