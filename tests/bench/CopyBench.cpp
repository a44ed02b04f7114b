// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The running window for tests/bench/copy_bench.sh:
//   twostep_copy_bench setup VAULT N   writes a vault with N accounts; "Benchmark:target" holds
//                                      RFC 6238's SHA-1 secret, so oathtool can check the code
//   twostep_copy_bench serve VAULT     opens the window (on the X server of DISPLAY), unlocks it,
//                                      answers `twostep --copy` as app/gui/main.cpp wires it and
//                                      prints "ready" once it listens, and on stderr
//                                      "window MS" for each copy (message in to answer out)
#include "otp/Base32.h"
#include "ui/MainWindow.h"
#include "ui/Settings.h"
#include "ui/desktop/ClipboardService.h"
#include "ui/desktop/DesktopNotifier.h"
#include "ui/desktop/RemoteCopy.h"
#include "ui/desktop/SingleInstance.h"
#include "vault/Vault.h"

#include <QApplication>
#include <QClipboard>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace twostep;

namespace {

const QString kPassword = QStringLiteral("benchmark password");

int setup(const QString& path, int count)
{
    QFile::remove(path);
    auto created = vault::Vault::create(path, SecretBytes::fromUtf8(kPassword));
    if (!created) {
        std::fprintf(stderr, "%s\n", qPrintable(created.error().detail));
        return 1;
    }
    QList<otp::Account> accounts;
    otp::Account target;
    target.issuer = QStringLiteral("Benchmark");
    target.name = QStringLiteral("target");
    target.secret = otp::decodeBase32(QStringLiteral("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ")).value();
    accounts.append(std::move(target));
    for (int i = 1; i < count; ++i) {
        otp::Account account;
        account.issuer = QStringLiteral("Service %1").arg(i);
        account.name = QStringLiteral("user%1@example.com").arg(i);
        QByteArray key = QByteArray::number(i).rightJustified(20, 'k');
        account.secret = SecretBytes::takeFrom(key);
        accounts.append(std::move(account));
    }
    if (auto added = created->addAccounts(accounts); !added) {
        std::fprintf(stderr, "%s\n", qPrintable(added.error().detail));
        return 1;
    }
    return 0;
}

int serve(const QString& path)
{
    QTemporaryDir dir;
    ui::Settings settings(dir.filePath(QStringLiteral("settings.ini")));
    ui::ClipboardService clipboard(QGuiApplication::clipboard());
    ui::MainWindow window(path, settings, clipboard);
    window.show();
    auto* password = window.findChild<QLineEdit*>(QStringLiteral("passwordLineEdit"));
    password->setText(kPassword);
    QTest::keyClick(password, Qt::Key_Return);
    if (!QTest::qWaitFor([&window] { return window.isUnlocked(); }, 60000)) {
        std::fprintf(stderr, "the vault did not unlock\n");
        return 1;
    }
    ui::SingleInstance instance(path);
    if (!instance.listen()) {
        std::fprintf(stderr, "cannot listen: %s\n", qPrintable(instance.error()));
        return 1;
    }
    // The window's share: from the message to the answer (RemoteCopy's slot runs between these two).
    QElapsedTimer handling;
    QObject::connect(&instance, &ui::SingleInstance::messageReceived, [&handling] { handling.start(); });
    ui::DesktopNotifier notifier([](const QString&, const QString&) {});
    ui::RemoteCopy remoteCopy(instance, window, clipboard, notifier);
    QObject::connect(&instance, &ui::SingleInstance::messageReceived, [&handling] {
        std::fprintf(stderr, "window %.3f\n", static_cast<double>(handling.nsecsElapsed()) / 1e6);
    });
    std::printf("ready\n");
    std::fflush(stdout);
    return QApplication::exec();
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    const QStringList args = QApplication::arguments();
    if (args.size() == 4 && args.at(1) == QLatin1String("setup")) {
        return setup(args.at(2), args.at(3).toInt());
    }
    if (args.size() == 3 && args.at(1) == QLatin1String("serve")) {
        return serve(args.at(2));
    }
    std::fprintf(stderr, "usage: twostep_copy_bench setup VAULT N | serve VAULT\n");
    return 2;
}
