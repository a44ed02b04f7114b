// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindowFixture.h"
#include "SampleAccounts.h"
#include "TestSupport.h"
#include "VaultTestSupport.h"
#include "WidgetTestSupport.h"
#include "otp/OtpParameters.h"
#include "ui/MainWindow.h"
#include "ui/Settings.h"
#include "ui/desktop/ClipboardService.h"
#include "ui/dialogs/EnrollmentDialog.h"
#include "vault/Vault.h"

#include <QClipboard>
#include <QDateTime>
#include <QDir>
#include <QGuiApplication>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace twostep;

namespace {

const char* const kSecret = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";
const QString kArn = QStringLiteral("arn:aws:iam::123456789012:mfa/root-account-mfa-device");
constexpr qint64 kPeriod = 5; // a short step keeps the CLI's wait short

QString oathtoolCode(qint64 step)
{
    const test::ProcessResult result = test::runProcess(
        QStringLiteral("oathtool"),
        {QStringLiteral("--totp"), QStringLiteral("--base32"), QStringLiteral("--time-step-size=%1s").arg(kPeriod),
         QStringLiteral("--now=@%1").arg(step * kPeriod), QString::fromLatin1(kSecret)});
    REQUIRE(result.exitCode == 0);
    return QString::fromLatin1(result.out).trimmed();
}

// A vault with one AWS account of a 5 s step, and this process and the CLI in one private runtime folder.
struct HandedOutVault
{
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("vault.twostep"));
    QStringList environment = test::privateUserFolders(dir.path());
    otp::Account account = test::awsAccount(QStringLiteral("root-account-mfa-device@123456789012"), kSecret);
    QString id;

    HandedOutVault()
    {
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(dir.filePath(QStringLiteral("runtime"))));
        account.parameters =
            otp::OtpParameters::create(otp::OtpType::Totp, otp::Algorithm::Sha1, 6, kPeriod, 0).value();
        Result<vault::Vault> created = vault::Vault::create(path, test::password(), vault::fastKdfParametersForTests());
        REQUIRE(created);
        REQUIRE(created->addAccount(account));
        id = created->entries().first().id;
    }
    // `code --fresh` from the vault (not the window), as a script run after the copy would.
    test::ProcessResult freshCode() const
    {
        return test::runCli({QStringLiteral("code"), QStringLiteral("--fresh"), kArn, QStringLiteral("--vault"), path,
                             QStringLiteral("--password-stdin")},
                            "correct horse battery staple\n", environment);
    }
};

// Just after a step boundary: a copy then hands out the current step's code, not the next one's.
qint64 waitForStepStart()
{
    const qint64 ms = QDateTime::currentMSecsSinceEpoch();
    QThread::msleep(static_cast<unsigned long>(kPeriod * 1000 - ms % (kPeriod * 1000) + 50));
    return QDateTime::currentSecsSinceEpoch() / kPeriod;
}

} // namespace

TEST_CASE("a copy in the window makes code --fresh in another process wait for the next step", "[ui][fresh]")
{
    HandedOutVault vault;
    ui::Settings settings(vault.dir.filePath(QStringLiteral("settings.ini")));
    ui::ClipboardService clipboard(QGuiApplication::clipboard());
    ui::MainWindow window(vault.path, settings, clipboard);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    test::unlockThroughForm(window);

    const qint64 step = waitForStepStart();
    // The list's codes turn over on a timer at the step boundary: let the event loop run it.
    QTest::qWait(300);
    window.copyCode(vault.id);
    REQUIRE(QGuiApplication::clipboard()->text() == oathtoolCode(step));

    const test::ProcessResult fresh = vault.freshCode();
    REQUIRE(fresh.exitCode == 0);
    CHECK(fresh.out == (oathtoolCode(step + 1) + QLatin1Char('\n')).toLatin1());
    CHECK(fresh.err.contains("was already handed out in this time step; waiting"));
    CHECK(QDateTime::currentSecsSinceEpoch() >= (step + 1) * kPeriod);
}

TEST_CASE("copying both enrollment codes makes code --fresh wait for the step after code 2", "[ui][fresh]")
{
    HandedOutVault vault;
    ui::ClipboardService clipboard(QGuiApplication::clipboard());
    const qint64 step = waitForStepStart();
    ui::EnrollmentDialog dialog(vault.account, clipboard);
    dialog.setAccountId(vault.id);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    QTest::mouseClick(test::child<QPushButton>(dialog, "copyCode1Button"), Qt::LeftButton);
    QTest::mouseClick(test::child<QPushButton>(dialog, "copyCode2Button"), Qt::LeftButton);
    REQUIRE(QGuiApplication::clipboard()->text() == oathtoolCode(step + 1));

    const test::ProcessResult fresh = vault.freshCode();
    REQUIRE(fresh.exitCode == 0);
    CHECK(fresh.out == (oathtoolCode(step + 2) + QLatin1Char('\n')).toLatin1());
    CHECK(fresh.err.contains("waiting"));
    CHECK(QDateTime::currentSecsSinceEpoch() >= (step + 2) * kPeriod);
}
