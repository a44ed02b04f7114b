// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Hidden ([.]): renders each dialog into PNGs for scripts/screenshots.sh and for looking at them.
// Run: twostep_dialogs_tests "[render]" with TWOSTEP_SHOTS_DIR set (and optionally a language).
#include "AddAccountDialog.h"
#include "ClipboardService.h"
#include "EditAccountDialog.h"
#include "EnrollmentDialog.h"
#include "ExportDialog.h"
#include "ImportDialog.h"
#include "QrDialog.h"
#include "TestSupport.h"
#include "Translations.h"
#include "formats/FormatRegistry.h"
#include "otp/Base32.h"

#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QTabWidget>
#include <QTest>

using namespace twostep;

namespace {

void save(QWidget& widget, const QString& name)
{
    widget.show();
    REQUIRE(QTest::qWaitForWindowExposed(&widget));
    QTest::qWait(50);
    const QString dir = qEnvironmentVariable("TWOSTEP_SHOTS_DIR");
    const QString suffix = qEnvironmentVariable("TWOSTEP_SHOTS_SUFFIX");
    REQUIRE(widget.grab().save(QDir(dir).filePath(name + suffix + QStringLiteral(".png"))));
}

otp::Account awsAccount()
{
    otp::Account account;
    account.issuer = QStringLiteral("Amazon Web Services");
    account.name = QStringLiteral("root@123456789012");
    account.secret = otp::decodeBase32(QStringLiteral("JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP")).value();
    return account;
}

} // namespace

TEST_CASE("Render the dialogs", "[.][render]")
{
    REQUIRE_FALSE(qEnvironmentVariable("TWOSTEP_SHOTS_DIR").isEmpty());
    if (qEnvironmentVariableIsSet("TWOSTEP_SHOTS_LANG")) {
        ui::installTranslations(qEnvironmentVariable("TWOSTEP_SHOTS_LANG"));
    }
    ui::ClipboardService clipboard(QGuiApplication::clipboard());
    {
        ui::EnrollmentDialog dialog(awsAccount(), clipboard, nullptr, [] { return test::unixTime(1700000012); });
        dialog.setClockSynchronized(false);
        save(dialog, QStringLiteral("enrollment"));
    }
    {
        ui::AddAccountDialog dialog({});
        dialog.addText(QStringLiteral("otpauth://totp/Amazon%20Web%20Services:root@123456789012?secret="
                                      "JBSWY3DPEHPK3PXP&issuer=Amazon%20Web%20Services\n"
                                      "otpauth://totp/GitHub:alice?secret=GEZDGNBVGY3TQOJQ"));
        save(dialog, QStringLiteral("add-scan"));
        dialog.findChild<QTabWidget*>()->setCurrentIndex(1);
        QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("secretLineEdit")), QStringLiteral("JBSW1"));
        save(dialog, QStringLiteral("add-manual"));
    }
    {
        std::unique_ptr<ui::QrDialog> dialog(ui::QrDialog::forAccount(awsAccount()));
        save(*dialog, QStringLiteral("qr"));
    }
    {
        QList<vault::VaultEntry> entries;
        for (int i = 0; i < 12; ++i) {
            vault::VaultEntry entry;
            entry.account = awsAccount();
            entry.account.name = QStringLiteral("user%1@123456789012").arg(i);
            entries.append(entry);
        }
        ui::ExportDialog dialog(entries, clipboard);
        save(dialog, QStringLiteral("export"));
        save(*dialog.showTransferQrs(), QStringLiteral("transfer"));
    }
    {
        const QString samples = test::samplesDir();
        ui::ImportDialog empty({});
        save(empty, QStringLiteral("import-start"));
        ui::ImportDialog locked({});
        locked.openFile(QDir(samples).filePath(QStringLiteral("aegis_encrypted.json")));
        save(locked, QStringLiteral("import-password"));
        const QByteArray data = formats::readImportFile(QDir(samples).filePath(QStringLiteral("plain.txt"))).value();
        const QList<otp::Account> inFile = formats::importData(data, nullptr)->accounts;
        ui::ImportDialog dialog({inFile.at(1), inFile.at(4)});
        dialog.openFile(QDir(samples).filePath(QStringLiteral("plain.txt")));
        REQUIRE(QTest::qWaitFor([&] { return !dialog.isBusy(); }, 60000)); // read on a worker thread
        save(dialog, QStringLiteral("import-preview"));
    }
    {
        ui::EditAccountDialog dialog(QStringLiteral("GitHub"), QStringLiteral("alice"));
        save(dialog, QStringLiteral("edit"));
    }
}
