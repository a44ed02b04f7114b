// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ClipboardService.h"
#include "MainWindow.h"
#include "Settings.h"
#include "Translations.h"
#include "common/ProcessHardening.h"
#include "vault/Vault.h"

#include <QApplication>
#include <QClipboard>
#include <QCommandLineParser>
#include <QIcon>

#include <memory>

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
    parser.addOption(vaultOption);
    parser.addOption(configOption);
    parser.process(app);

    using twostep::ui::Settings;
    const std::unique_ptr<Settings> settings = parser.isSet(configOption)
                                                   ? std::make_unique<Settings>(parser.value(configOption))
                                                   : std::make_unique<Settings>();
    twostep::ui::installTranslations(settings->language());

    twostep::ui::ClipboardService clipboard(QGuiApplication::clipboard());
    twostep::ui::MainWindow window(twostep::vault::resolveVaultPath(parser.value(vaultOption)), *settings, clipboard);
    window.show();
    return QApplication::exec();
}
