// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Hidden ([.]): renders each dialog into PNGs for scripts/screenshots.sh and for looking at them.
// Run: twostep_dialogs_tests "[render]" with TWOSTEP_SHOTS_DIR set (and optionally a language).
#include "TestSupport.h"
#include "formats/FormatRegistry.h"
#include "otp/Base32.h"
#include "ui/Translations.h"
#include "ui/desktop/ClipboardService.h"
#include "ui/dialogs/AddAccountDialog.h"
#include "ui/dialogs/EditAccountDialog.h"
#include "ui/dialogs/EnrollmentDialog.h"
#include "ui/dialogs/ExportDialog.h"
#include "ui/dialogs/ImportDialog.h"
#include "ui/dialogs/QrDialog.h"
#include "ui/dialogs/ReplaceQuestion.h"

#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTest>
#include <QTimeZone>

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

TEST_CASE("Render the AWS path's states", "[.][render]")
{
    REQUIRE_FALSE(qEnvironmentVariable("TWOSTEP_SHOTS_DIR").isEmpty());
    if (qEnvironmentVariableIsSet("TWOSTEP_SHOTS_LANG")) {
        ui::installTranslations(qEnvironmentVariable("TWOSTEP_SHOTS_LANG"));
    }
    ui::ClipboardService clipboard(QGuiApplication::clipboard());
    const QDateTime added(QDate(2026, 11, 2), QTime(9, 30), QTimeZone::utc());
    {
        // 1700000038 is 28 s into its step: 2 s left, the wait line shown, code 1 copied.
        ui::EnrollmentDialog dialog(awsAccount(), clipboard, nullptr, [] { return test::unixTime(1700000038); });
        dialog.setOlderTwin(added);
        dialog.findChild<QPushButton*>(QStringLiteral("copyNextCodeButton"))->click();
        save(dialog, QStringLiteral("enrollment-last-seconds"));
    }
    {
        ui::AddAccountDialog dialog({});
        QImage blank(800, 500, QImage::Format_RGB32);
        blank.fill(Qt::white);
        dialog.addImage(blank);
        save(dialog, QStringLiteral("add-no-qr"));
        dialog.addText(QStringLiteral("JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"));
        dialog.findChild<QPushButton*>(QStringLiteral("showSecretButton"))->click();
        save(dialog, QStringLiteral("add-secret-key"));
    }
    {
        otp::Account existing = awsAccount();
        existing.issuer = existing.issuer.toUpper();
        ui::AddAccountDialog dialog({existing});
        dialog.addText(QStringLiteral("otpauth://totp/Amazon%20Web%20Services:root@123456789012?secret="
                                      "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP&issuer=Amazon%20Web%20Services"));
        save(dialog, QStringLiteral("add-duplicate"));
    }
    {
        vault::VaultEntry old{QStringLiteral("old"), awsAccount(), added, added};
        otp::Account redone = awsAccount();
        redone.secret = otp::decodeBase32(QStringLiteral("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ")).value();
        std::unique_ptr<QMessageBox> question(
            ui::createReplaceQuestion({redone}, {QStringLiteral("old")}, {old}, nullptr));
        save(*question, QStringLiteral("replace-question"));
    }
    {
        ui::EditAccountDialog dialog(QStringLiteral("Amazon Web Services"), QStringLiteral("root@123456789012"));
        dialog.showAwsMfaArn({});
        dialog.showAdded(added);
        save(dialog, QStringLiteral("edit-added"));
    }
}
