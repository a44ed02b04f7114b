// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/ProcessHardening.h"
#include "ui/MainWindow.h"
#include "ui/Settings.h"
#include "ui/Translations.h"
#include "ui/desktop/ClipboardService.h"
#include "ui/desktop/CodeServer.h"
#include "ui/desktop/SingleInstance.h"
#include "ui/dialogs/AddAccountDialog.h"
#include "vault/Vault.h"

#include <QApplication>
#include <QClipboard>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QIcon>
#include <QLoggingCategory>

#include <cstdio>
#include <memory>
#include <optional>

using twostep::Result;

namespace {
Q_LOGGING_CATEGORY(lcInstance, "twostep.instance", QtWarningMsg)

void handOver(twostep::ui::MainWindow& window, const QString& imagePath)
{
    if (twostep::ui::AddAccountDialog* dialog = window.scanImageFile(imagePath)) {
        QObject::connect(dialog, &twostep::ui::AddAccountDialog::scanFinished, dialog,
                         [](int found) { qCInfo(lcInstance) << "scan-file finished:" << found << "account(s) found"; });
    }
}
} // namespace

int main(int argc, char* argv[])
{
    twostep::hardenProcess(); // before any secret is in memory: no core dumps, no ptrace attach
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("twostep"));
    QApplication::setOrganizationName(QStringLiteral("twostep"));
    QApplication::setApplicationDisplayName(QStringLiteral("Twostep"));
    QApplication::setApplicationVersion(QStringLiteral(TWOSTEP_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.github.twostep.Twostep"));
    // The theme's icon when installed, else the built-in copies.
    QIcon icon = QIcon::fromTheme(QStringLiteral("io.github.twostep.Twostep"));
    if (icon.isNull()) {
        for (const int size : {16, 32, 64, 256}) {
            icon.addFile(QStringLiteral(":/icons/twostep-%1.png").arg(size));
        }
    }
    QApplication::setWindowIcon(icon);

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Twostep, a desktop authenticator"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption vaultOption(QStringLiteral("vault"), QStringLiteral("The vault file to open."),
                                         QStringLiteral("PATH"));
    const QCommandLineOption configOption(
        QStringLiteral("config"), QStringLiteral("Read and write settings in this INI file."), QStringLiteral("FILE"));
    const QCommandLineOption scanFileOption(
        QStringLiteral("scan-file"),
        QStringLiteral("Add the accounts of the QR codes in this screenshot (handed to a running Twostep)."),
        QStringLiteral("IMAGE"));
    const QCommandLineOption minimizedOption(QStringLiteral("minimized"),
                                             QStringLiteral("Start hidden in the tray (minimized without one)."));
    parser.addOption(vaultOption);
    parser.addOption(configOption);
    parser.addOption(scanFileOption);
    parser.addOption(minimizedOption);
    parser.process(app);

    // The default vault's first start after an upgrade moves it from the place earlier versions used.
    std::optional<twostep::vault::VaultMove> moved;
    if (parser.value(vaultOption).isEmpty() && qEnvironmentVariable("TWOSTEP_VAULT").isEmpty()) {
        Result<std::optional<twostep::vault::VaultMove>> move = twostep::vault::moveLegacyVault();
        if (move) {
            moved = *move;
        } else {
            std::fprintf(stderr, "twostep: %s\n", qUtf8Printable(move.error().detail));
        }
    }
    // QSettings would block on a FIFO or read a device forever: settings live in a regular file.
    if (const QFileInfo config(parser.value(configOption));
        parser.isSet(configOption) && config.exists() && !config.isFile()) {
        std::fprintf(stderr, "twostep: --config %s: not a regular file\n", qUtf8Printable(config.filePath()));
        return 2;
    }
    const QString vaultPath = twostep::vault::resolveVaultPath(parser.value(vaultOption));
    const QString scanFile =
        parser.isSet(scanFileOption) ? QFileInfo(parser.value(scanFileOption)).absoluteFilePath() : QString();
    // A second start hands its request to the running window and leaves.
    twostep::ui::SingleInstance instance(vaultPath);
    if (!instance.error().isEmpty()) {
        std::fprintf(stderr, "twostep: %s; running without the single-instance socket\n",
                     qUtf8Printable(instance.error()));
    }
    const QStringList request =
        scanFile.isEmpty() ? QStringList{QStringLiteral("raise")} : QStringList{QStringLiteral("scan-file"), scanFile};
    if (instance.sendToRunning(request)) {
        return 0;
    }
    if (!instance.listen() && instance.sendToRunning(request)) {
        return 0;
    }

    using twostep::ui::Settings;
    const std::unique_ptr<Settings> settings = parser.isSet(configOption)
                                                   ? std::make_unique<Settings>(parser.value(configOption))
                                                   : std::make_unique<Settings>();
    twostep::ui::installTranslations(settings->language());

    twostep::ui::ClipboardService clipboard(QGuiApplication::clipboard());
    twostep::ui::MainWindow window(vaultPath, *settings, clipboard);
    QObject::connect(&instance, &twostep::ui::SingleInstance::messageReceived, &window,
                     [&window](const QStringList& message, const QString& activationToken) {
                         twostep::ui::SingleInstance::adoptActivationToken(activationToken);
                         if (message.value(0) == QLatin1String("scan-file") && message.size() == 2) {
                             handOver(window, message.at(1));
                         } else {
                             window.raiseFromOutside();
                         }
                     });
    // "Codes for the command line": twostep-cli asks the unlocked window instead of the password.
    twostep::ui::CodeServer codes(
        *settings, [&window]() -> const twostep::vault::Vault* { return window.vault(); }, &window);
    QObject::connect(&window, &twostep::ui::MainWindow::locked, &codes, &twostep::ui::CodeServer::forgetGrants);
    if (!codes.listen()) {
        std::fprintf(stderr, "twostep: %s; twostep-cli will ask for the password\n", qUtf8Printable(codes.error()));
    }
    if (parser.isSet(minimizedOption)) {
        window.startInTray();
    } else {
        window.show();
    }
    if (!scanFile.isEmpty()) {
        handOver(window, scanFile);
    }
    if (moved) {
        window.showVaultMoved(*moved);
    }
    return QApplication::exec();
}
