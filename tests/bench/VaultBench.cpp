// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Vault timings for tests/bench/vault_bench.sh: the unlock (Argon2id) at the default cost and at
// nearby costs (the calibration behind defaultKdfParameters()), then save and load of 1,000 and
// 10,000 accounts in an unlocked vault, where no KDF runs.
#include "vault/Vault.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <algorithm>
#include <array>
#include <cstdio>
#include <vector>

using namespace twostep;
using namespace twostep::vault;

namespace {

SecretBytes password()
{
    QByteArray text("benchmark password \xc3\xa9");
    return SecretBytes::takeFrom(text);
}

template <typename F> double medianMs(int runs, F&& f)
{
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        f();
        times.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

QList<otp::Account> accounts(int count)
{
    QList<otp::Account> list;
    for (int i = 0; i < count; ++i) {
        std::array<quint32, 5> secret{};
        QRandomGenerator::global()->fillRange(secret.data(), secret.size());
        otp::Account a;
        a.issuer = QStringLiteral("Issuer %1").arg(i);
        a.name = QStringLiteral("user-%1@example.com").arg(i);
        a.secret = SecretBytes(std::span(reinterpret_cast<const std::uint8_t*>(secret.data()), sizeof(secret)));
        list.append(a);
    }
    return list;
}

void unlock(const QTemporaryDir& dir, const KdfParameters& kdf, const char* label)
{
    static int n = 0;
    const QString path = dir.filePath(QStringLiteral("unlock-%1.twostep").arg(++n));
    if (!Vault::create(path, password(), kdf)) {
        std::printf("cannot create a vault with m=%u t=%u p=%u\n", kdf.memoryKiB, kdf.iterations, kdf.parallelism);
        return;
    }
    const double ms = medianMs(5, [&] { (void)Vault::open(path, password()); });
    std::printf("  unlock  m=%7u KiB t=%u p=%u  %8.1f ms  %s\n", kdf.memoryKiB, kdf.iterations, kdf.parallelism, ms,
                label);
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    const bool calibrate = app.arguments().contains(QStringLiteral("--calibrate"));

    std::printf("== unlock: Argon2id + unwrap + decrypt of an empty vault (median of 5) ==\n");
    unlock(dir, defaultKdfParameters(), "<- default");
    if (calibrate) {
        for (const KdfParameters& kdf :
             {KdfParameters{65536, 1, 2}, KdfParameters{65536, 2, 2}, KdfParameters{65536, 4, 2},
              KdfParameters{131072, 2, 2}, KdfParameters{65536, 3, 1}, fastKdfParametersForTests()}) {
            unlock(dir, kdf, kdf == fastKdfParametersForTests() ? "(tests)" : "");
        }
    }

    std::printf("\n== unlocked vault: save and load (median of 5, KDF not involved) ==\n");
    for (const int count : {1000, 10000}) {
        const QString path = dir.filePath(QStringLiteral("bench-%1.twostep").arg(count));
        Result<Vault> writer = Vault::create(path, password(), fastKdfParametersForTests());
        if (!writer || !writer->addAccounts(accounts(count))) {
            std::printf("setup failed\n");
            return 1;
        }
        Result<Vault> reader = Vault::open(path, password());
        int round = 0;
        const QString id = writer->entries().first().id;
        // save: one rename = lock, re-read, encrypt all, keep a backup, atomic write + fsync.
        const double saveMs = medianMs(5, [&] {
            (void)writer->renameAccount(id, QStringLiteral("Renamed"), QStringLiteral("round %1").arg(++round));
        });
        // load: another process saved; reload() decrypts and parses the whole file.
        double loadMs = 0;
        std::vector<double> loads;
        for (int i = 0; i < 5; ++i) {
            (void)writer->renameAccount(id, QStringLiteral("Renamed"), QStringLiteral("load %1").arg(i));
            loads.push_back(medianMs(1, [&] { (void)reader->reload(); }));
        }
        std::sort(loads.begin(), loads.end());
        loadMs = loads[2];
        if (reader->entries().size() != count || reader->generation() != writer->generation()) {
            std::printf("reload did not pick up the save\n");
            return 1;
        }
        std::printf("  %6d accounts  file %8.1f KiB   save %7.1f ms   load %7.1f ms\n", count,
                    static_cast<double>(QFileInfo(path).size()) / 1024.0, saveMs, loadMs);
    }
    return 0;
}
