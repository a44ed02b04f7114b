// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/ProcessHardening.h"
#include "ui/MainWindow.h"
#include "ui/Settings.h"
#include "ui/SettingsDialog.h"
#include "ui/ShortcutSettings.h"
#include "ui/Translations.h"
#include "ui/desktop/ClipboardService.h"
#include "ui/desktop/CodeServer.h"
#include "ui/desktop/DesktopNotifier.h"
#include "ui/desktop/DesktopSearch.h"
#include "ui/desktop/GlobalShortcuts.h"
#include "ui/desktop/OtpauthLinks.h"
#include "ui/desktop/RemoteCopy.h"
#include "ui/desktop/SingleInstance.h"
#include "ui/desktop/TrayIcon.h"
#include "ui/dialogs/AddAccountDialog.h"
#include "vault/Vault.h"

#include <QApplication>
#include <QClipboard>
#include <QCommandLineParser>
#include <QDBusConnection>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QLoggingCategory>
#include <QUrl>

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
// The command a desktop's custom shortcut runs, up to the ACCOUNT.
QString copyCommand(const QString& vaultOption)
{
    const QString program = QStringLiteral("twostep");
    if (vaultOption.isEmpty()) {
        return program + QStringLiteral(" --copy");
    }
    return program + QStringLiteral(" --vault '%1' --copy").arg(QFileInfo(vaultOption).absoluteFilePath());
}

} // namespace

// The window's `main`, loaded by the `twostep` launcher (app/gui/main.cpp).
extern "C" __attribute__((visibility("default"))) int twostep_gui_main(int argc, char* argv[])
{
    twostep::hardenProcess(); // done by the launcher already; again, whoever loads the module
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
    const QCommandLineOption copyOption(
        QStringLiteral("copy"),
        QStringLiteral("Have the running Twostep copy ACCOUNT's code (id or part of \"issuer:name\", as twostep-cli "
                       "code takes it); exit status 0 when copied."),
        QStringLiteral("ACCOUNT"));
    parser.addOption(minimizedOption);
    parser.addOption(copyOption);
    parser.addPositionalArgument(
        QStringLiteral("LINK"),
        QStringLiteral("An otpauth:// or otpauth-migration:// link to add (after you confirm), "
                       "or a screenshot file, as --scan-file."),
        QStringLiteral("[LINK|IMAGE]"));
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
    // The desktop's `twostep %u`: an otpauth link, or an image as a path or a file:// URL.
    const QString argument = parser.positionalArguments().value(0);
    const QString link = twostep::ui::OtpauthLinks::isOtpauthLink(argument) ? argument : QString();
    const QString imageArgument = link.isEmpty() && !argument.isEmpty()
                                      ? QUrl::fromUserInput(argument, QDir::currentPath()).toLocalFile()
                                      : QString();
    // A link is handed whole over the socket: bounded, and never a reason to start a second window.
    if (link.size() > twostep::ui::OtpauthLinks::kMaxLinkBytes) {
        std::fprintf(stderr, "twostep: the otpauth link is %lld characters long; a link holds at most %lld\n",
                     static_cast<long long>(link.size()),
                     static_cast<long long>(twostep::ui::OtpauthLinks::kMaxLinkBytes));
        return 1;
    }
    if (!argument.isEmpty() && link.isEmpty() && imageArgument.isEmpty()) {
        std::fprintf(stderr, "twostep: the argument is neither an otpauth link nor an image file\n");
        return 1;
    }
    const QString scanFile =
        parser.isSet(scanFileOption) ? QFileInfo(parser.value(scanFileOption)).absoluteFilePath() : imageArgument;
    // A second start hands its request to the running window and leaves.
    twostep::ui::SingleInstance instance(vaultPath);
    if (!instance.error().isEmpty()) {
        std::fprintf(stderr, "twostep: %s; running without the single-instance socket\n",
                     qUtf8Printable(instance.error()));
    }
    if (parser.isSet(copyOption)) {
        if (parser.value(copyOption).trimmed().isEmpty()) {
            std::fprintf(stderr, "twostep: --copy needs an account (a name, issuer:name, initials or an MFA ARN)\n");
            return 1;
        }
        return twostep::ui::askRunningToCopy(instance, parser.value(copyOption));
    }
    const QStringList request = !link.isEmpty()      ? QStringList{QString(twostep::ui::OtpauthLinks::kMessage), link}
                                : scanFile.isEmpty() ? QStringList{QStringLiteral("raise")}
                                                     : QStringList{QStringLiteral("scan-file"), scanFile};
    if (instance.sendToRunning(request)) {
        return 0;
    }
    if (!instance.listen()) {
        if (instance.sendToRunning(request)) {
            return 0;
        }
        // Another window holds this vault: a second one would be a second writer.
        if (instance.answersElsewhere()) {
            std::fprintf(stderr, "twostep: the running Twostep did not take the request; no second window started\n");
            return 7;
        }
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
                         } else if (message.value(0) != twostep::ui::kCopyMessage &&
                                    message.value(0) != twostep::ui::OtpauthLinks::kMessage) {
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
    // Desktop search: GNOME Shell and KRunner list accounts by name; activating one copies its code.
    twostep::ui::DesktopSearch search(window.model(), *settings);
    search.followWindow(window);
    if (!search.registerOn(QDBusConnection::sessionBus())) {
        qCInfo(lcInstance) << "desktop search is off: no session bus, or another Twostep holds its name";
    }
    // `twostep --copy`, otpauth links and the desktop-wide shortcuts.
    twostep::ui::DesktopNotifier notifier(
        [&window](const QString& summary, const QString& body) { window.trayIcon()->notify(summary, body); });
    twostep::ui::RemoteCopy remoteCopy(instance, window, clipboard, notifier);
    twostep::ui::OtpauthLinks links(instance, window);
    twostep::ui::GlobalShortcuts shortcuts;
    QObject::connect(&shortcuts, &twostep::ui::GlobalShortcuts::copyRequested, &remoteCopy,
                     [&remoteCopy, &settings] { remoteCopy.copy(twostep::ui::shortcutAccount(*settings)); });
    QObject::connect(&shortcuts, &twostep::ui::GlobalShortcuts::showRequested, &window,
                     &twostep::ui::MainWindow::raiseFromOutside);
    QObject::connect(&window, &twostep::ui::MainWindow::settingsOpened, &window,
                     [&](twostep::ui::SettingsDialog* dialog) {
                         auto* section = new twostep::ui::ShortcutSettings(
                             *settings, *window.model(), shortcuts, copyCommand(parser.value(vaultOption)), dialog);
                         dialog->addSection(section);
                         QObject::connect(dialog, &QDialog::accepted, section, &twostep::ui::ShortcutSettings::save);
                     });
    shortcuts.start();
    if (parser.isSet(minimizedOption)) {
        window.startInTray();
    } else {
        window.show();
    }
    if (!scanFile.isEmpty()) {
        handOver(window, scanFile);
    }
    if (!link.isEmpty()) {
        links.open(link);
    }
    if (moved) {
        window.showVaultMoved(*moved);
    }
    return QApplication::exec();
}
