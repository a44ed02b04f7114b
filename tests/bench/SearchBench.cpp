// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Desktop search over D-Bus with 1,000 accounts. `serve`: a search provider on the session bus
// (DesktopSearch on an unlocked account list). `query RUNS`: another process calling it as GNOME
// Shell (GetInitialResultSet, then GetResultMetas) and KRunner (Match) do, next to the bus's own
// org.freedesktop.DBus.GetId round trip as the floor. search_bench.sh runs both.
#include "otp/Base32.h"
#include "ui/AccountListModel.h"
#include "ui/Settings.h"
#include "ui/desktop/DesktopSearch.h"

#include <QApplication>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace twostep;

namespace {

constexpr int kAccounts = 1000;

int serve()
{
    QTemporaryDir dir;
    ui::Settings settings(dir.filePath(QStringLiteral("settings.ini")));
    ui::AccountListModel model;
    QList<vault::VaultEntry> entries;
    for (int i = 0; i < kAccounts; ++i) {
        otp::Account account;
        account.issuer = QStringLiteral("Service %1").arg(i);
        account.name = QStringLiteral("user-%1@example.com").arg(i);
        account.secret = otp::decodeBase32(QStringLiteral("JBSWY3DPEHPK3PXP")).value();
        entries.append({QStringLiteral("id-%1").arg(i), account, {}, {}});
    }
    model.setEntries(entries);
    ui::DesktopSearch search(&model, settings);
    search.setUnlocked(true);
    if (!search.registerOn(QDBusConnection::sessionBus())) {
        std::fprintf(stderr, "cannot register on the session bus\n");
        return 1;
    }
    std::printf("ready\n");
    std::fflush(stdout);
    return QApplication::exec();
}

double medianMs(int runs, const std::function<void()>& call)
{
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        call();
        times.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

QDBusMessage callBlocking(const QString& service, const QString& path, const QString& interface, const QString& method,
                          const QVariantList& arguments)
{
    QDBusMessage message = QDBusMessage::createMethodCall(service, path, interface, method);
    message.setArguments(arguments);
    const QDBusMessage reply = QDBusConnection::sessionBus().call(message, QDBus::Block, 5000);
    if (reply.type() != QDBusMessage::ReplyMessage) {
        std::fprintf(stderr, "%s failed: %s\n", qPrintable(method), qPrintable(reply.errorMessage()));
        std::exit(1);
    }
    return reply;
}

int query(int runs)
{
    const QString bus = ui::DesktopSearch::busName();
    const QString gnome = ui::DesktopSearch::gnomeObjectPath();
    const QString shell = QStringLiteral("org.gnome.Shell.SearchProvider2");
    const auto shellSearch = [&](const QStringList& terms) {
        const QDBusMessage ids = callBlocking(bus, gnome, shell, QStringLiteral("GetInitialResultSet"), {terms});
        callBlocking(bus, gnome, shell, QStringLiteral("GetResultMetas"), {ids.arguments().value(0)});
    };
    const auto krunner = [&](const QString& text) {
        callBlocking(bus, ui::DesktopSearch::krunnerObjectPath(), QStringLiteral("org.kde.krunner1"),
                     QStringLiteral("Match"), {text});
    };
    const auto floor = [] {
        callBlocking(QStringLiteral("org.freedesktop.DBus"), QStringLiteral("/org/freedesktop/DBus"),
                     QStringLiteral("org.freedesktop.DBus"), QStringLiteral("GetId"), {});
    };
    floor();
    shellSearch({QStringLiteral("warm")});
    std::printf("== desktop search over D-Bus, %d accounts, median of %d calls (in one client process) ==\n", kAccounts,
                runs);
    const auto row = [](const char* name, double ms) { std::printf("%-58s %8.3f ms\n", name, ms); };
    row("GNOME: GetInitialResultSet + GetResultMetas, 'service 99'", medianMs(runs, [&] {
            shellSearch({QStringLiteral("service"), QStringLiteral("99")});
        }));
    row("GNOME: the same, 'service' (stops at 20 results)",
        medianMs(runs, [&] { shellSearch({QStringLiteral("service")}); }));
    row("GNOME: the same, 'zzz' (no match: all 1,000 rows read)",
        medianMs(runs, [&] { shellSearch({QStringLiteral("zzz")}); }));
    row("KRunner: Match 'service 99'", medianMs(runs, [&] { krunner(QStringLiteral("service 99")); }));
    row("peer: org.freedesktop.DBus.GetId round trip (floor)", medianMs(runs, floor));
    return 0;
}

} // namespace

int main(int argc, char* argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList arguments = QApplication::arguments();
    if (arguments.value(1) == QLatin1String("serve")) {
        return serve();
    }
    if (arguments.value(1) == QLatin1String("query")) {
        return query(std::max(1, arguments.value(2).toInt()));
    }
    std::fprintf(stderr, "usage: twostep_search_bench serve | query RUNS\n");
    return 2;
}
