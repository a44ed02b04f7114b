// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Merge timings for tests/bench/merge_bench.sh. `make DIR N`: two vault files DIR/a.twostep and
// DIR/b.twostep of N accounts each that share 80 % of their history, then changed apart (a fifth of
// the shared accounts renamed on each side, a tenth deleted, the rest of N added). `time DIR`:
// reads both (the key derivation timed apart) and times the merge itself, median of 5.
#include "vault/CopyMerge.h"
#include "vault/VaultMerge.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>

#include <algorithm>
#include <array>
#include <cstdio>
#include <vector>

using namespace twostep;
using namespace twostep::vault;

namespace {

SecretBytes password()
{
    QByteArray text("benchmark password");
    return SecretBytes::takeFrom(text);
}

otp::Account account(int i)
{
    std::array<std::uint8_t, 20> secret{};
    QRandomGenerator::global()->fillRange(reinterpret_cast<quint32*>(secret.data()), secret.size() / 4);
    otp::Account a;
    a.issuer = QStringLiteral("Issuer %1").arg(i);
    a.name = QStringLiteral("user-%1@example.com").arg(i);
    a.secret = SecretBytes(secret);
    return a;
}

QList<otp::Account> accounts(int from, int count)
{
    QList<otp::Account> list;
    for (int i = from; i < from + count; ++i) {
        list.append(account(i));
    }
    return list;
}

// One side's changes apart: rename every 5th shared account from `offset`, delete every 10th, add the rest.
bool changeApart(const QString& path, int shared, int total, int offset, int firstNew)
{
    Result<Vault> vault = Vault::open(path, password());
    if (!vault) {
        return false;
    }
    int deleted = 0;
    Status changed = vault->modify([&](QList<VaultEntry>& entries) -> Status {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (int i = offset; i < shared; i += 5) {
            entries[i].account.name += QStringLiteral(" (renamed)");
            entries[i].updated = now;
        }
        for (int i = shared - 1 - offset; i >= 0; i -= 10) {
            entries.removeAt(i);
            ++deleted;
        }
        return {};
    });
    return changed && vault->addAccounts(accounts(firstNew, total - shared + deleted));
}

int make(const QString& dir, int total)
{
    const int shared = total * 4 / 5;
    const QString a = dir + QStringLiteral("/a.twostep");
    const QString b = dir + QStringLiteral("/b.twostep");
    Result<Vault> vault = Vault::create(a, password(), fastKdfParametersForTests());
    if (!vault || !vault->addAccounts(accounts(0, shared)) || !QFile::copy(a, b)) {
        return 1;
    }
    if (!changeApart(a, shared, total, 1, 1000000) || !changeApart(b, shared, total, 3, 2000000)) {
        return 1;
    }
    std::printf("made %s and %s\n", qPrintable(a), qPrintable(b));
    return 0;
}

double elapsedMs(const QElapsedTimer& timer)
{
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

int time(const QString& dir)
{
    QElapsedTimer timer;
    timer.start();
    Result<OtherCopy> a = readOtherCopy(dir + QStringLiteral("/a.twostep"), password());
    Result<OtherCopy> b = readOtherCopy(dir + QStringLiteral("/b.twostep"), password());
    if (!a || !b) {
        return 1;
    }
    const double readMs = elapsedMs(timer);
    std::vector<double> times;
    merge::Report report;
    for (int run = 0; run < 5; ++run) {
        timer.restart();
        merge::Result result = merge::mergeHistories(a->history, b->history);
        times.push_back(elapsedMs(timer));
        report = result.report;
    }
    std::sort(times.begin(), times.end());
    std::printf("accounts: a %lld, b %lld; merge adds %lld, updates %lld, removes %lld, flags %lld\n",
                static_cast<long long>(a->history.entries.size()), static_cast<long long>(b->history.entries.size()),
                static_cast<long long>(report.added.size()), static_cast<long long>(report.updated.size()),
                static_cast<long long>(report.removed.size()), static_cast<long long>(report.flagged.size()));
    std::printf("read + decrypt both (KDF 8 MiB, t=1 each): %.0f ms\n", readMs);
    std::printf("merge (pure function), median of 5: %.1f ms\n", times[times.size() / 2]);
    return 0;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() == 4 && args.at(1) == QLatin1String("make")) {
        return make(args.at(2), args.at(3).toInt());
    }
    if (args.size() == 3 && args.at(1) == QLatin1String("time")) {
        return time(args.at(2));
    }
    std::fputs("usage: twostep_merge_bench make DIR N | time DIR\n", stderr);
    return 2;
}
