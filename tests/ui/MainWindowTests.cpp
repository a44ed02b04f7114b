// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindowFixture.h"
#include "TestSupport.h"
#include "WidgetTestSupport.h"
#include "otp/OtpGenerator.h"
#include "otp/OtpauthUri.h"
#include "qr/QrEncoder.h"
#include "qr/QrScanner.h"
#include "ui/AccountActions.h"
#include "ui/AccountListModel.h"
#include "ui/AccountListPage.h"
#include "ui/ErrorText.h"
#include "ui/MainWindow.h"
#include "ui/Settings.h"
#include "ui/desktop/ClipboardService.h"
#include "ui/desktop/LockWatcher.h"
#include "ui/dialogs/AddAccountDialog.h"
#include "ui/dialogs/EnrollmentDialog.h"
#include "ui/dialogs/QrDialog.h"

#include <QApplication>
#include <QClipboard>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QMimeData>
#include <QPainter>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <cstdio>
#include <functional>

using namespace twostep;
using test::child;
using test::createThroughForm;
using test::currentCoreCode;
using test::WindowFixture;

namespace {

const QString kAwsUri =
    QStringLiteral("otpauth://totp/Amazon%20Web%20Services:alice@123456789012?secret="
                   "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP&issuer=Amazon%20Web%20Services");
const QString kPassword = test::kWindowPassword;

// A screenshot of an AWS-like "Set up virtual MFA device" page: text, a button and the QR.
QString writeAwsScreenshot(const QString& dir)
{
    QImage page(1280, 800, QImage::Format_RGB32);
    page.fill(QColor(0xf2, 0xf3, 0xf3));
    QPainter painter(&page);
    painter.fillRect(QRect(0, 0, 1280, 56), QColor(0x23, 0x2f, 0x3e));
    painter.setPen(Qt::white);
    painter.drawText(QRect(24, 0, 400, 56), Qt::AlignVCenter, QStringLiteral("aws  Services  Search"));
    painter.setPen(Qt::black);
    QFont title = painter.font();
    title.setPixelSize(26);
    painter.setFont(title);
    painter.drawText(QPoint(240, 120), QStringLiteral("Set up device"));
    painter.fillRect(QRect(240, 150, 800, 560), Qt::white);
    QFont body = painter.font();
    body.setPixelSize(15);
    painter.setFont(body);
    painter.drawText(QPoint(270, 190), QStringLiteral("1. Install a compatible application such as Twostep."));
    painter.drawText(QPoint(270, 220), QStringLiteral("2. Open your authenticator app, then scan the QR code."));
    const QImage qr = qr::encodeQr(kAwsUri, 4).value();
    painter.drawImage(QPoint(300, 250), qr);
    painter.drawText(QPoint(270, 600), QStringLiteral("3. Type two consecutive MFA codes below"));
    painter.drawRect(QRect(270, 620, 300, 30));
    painter.drawRect(QRect(270, 660, 300, 30));
    painter.end();
    const QString path = dir + QStringLiteral("/aws-setup.png");
    REQUIRE(page.save(path));
    return path;
}

} // namespace

TEST_CASE("Create vault, add from a screenshot, copy, lock, wrong password, unlock", "[ui][mainwindow]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    ui::Settings settings(dir.filePath(QStringLiteral("settings.ini")));
    settings.setClipboardClearSeconds(1);
    ui::ClipboardService clipboard(QGuiApplication::clipboard());
    ui::MainWindow window(dir.filePath(QStringLiteral("vault.twostep")), settings, clipboard);
    window.setKdfParameters(vault::fastKdfParametersForTests());
    window.show();
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));

    // First run: two passwords, a strength hint and the no-recovery note.
    auto* newPassword = child<QLineEdit>(window, "newPasswordLineEdit");
    auto* confirm = child<QLineEdit>(window, "confirmPasswordLineEdit");
    auto* create = child<QPushButton>(window, "createVaultButton");
    CHECK(child<QLabel>(window, "noRecoveryLabel")->text().contains(QStringLiteral("cannot be recovered")));
    QTest::keyClicks(newPassword, QStringLiteral("abc"));
    CHECK(child<QLabel>(window, "strengthLabel")->text().contains(QStringLiteral("weak")));
    QTest::keyClicks(confirm, QStringLiteral("abd"));
    CHECK_FALSE(create->isEnabled());
    CHECK(child<QLabel>(window, "createErrorLabel")->text().contains(QStringLiteral("differ")));
    newPassword->clear();
    confirm->clear();
    QTest::keyClicks(newPassword, kPassword);
    CHECK(child<QLabel>(window, "strengthLabel")->text().contains(QStringLiteral("strong")));
    QTest::keyClicks(confirm, kPassword);
    REQUIRE(create->isEnabled());
    QTest::mouseClick(create, Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&window] { return window.isUnlocked(); }, 20000));
    CHECK(child<QWidget>(window, "emptyVaultHint")->isVisible());

    // Add from a screenshot file of the AWS page.
    window.addAccount();
    auto* add = window.findChild<ui::AddAccountDialog*>();
    REQUIRE(add != nullptr);
    QSignalSpy scanned(add, &ui::AddAccountDialog::scanFinished);
    add->addImageFile(writeAwsScreenshot(dir.path()));
    REQUIRE((!scanned.isEmpty() || scanned.wait(10000)));
    CHECK(scanned.first().first().toInt() == 1);
    REQUIRE(add->accounts().size() == 1);
    add->accept();
    REQUIRE(window.vault()->entries().size() == 1);
    const otp::Account aws = otp::parseOtpauthUri(kAwsUri).value().account;
    CHECK(window.vault()->entries().first().account == aws);
    CHECK_FALSE(child<QWidget>(window, "emptyVaultHint")->isVisible());

    // Adding an account goes straight to the enrollment pair.
    auto* enrollment = window.findChild<ui::EnrollmentDialog*>();
    REQUIRE(enrollment != nullptr);
    CHECK(enrollment->isVisible());
    const QString code1 = enrollment->code1();
    CHECK(code1 == currentCoreCode(aws, code1));
    enrollment->close();
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));

    // The row shows the core's code.
    ui::AccountListModel* model = window.model();
    REQUIRE(model->rowCount() == 1);
    const QString shown = model->index(0).data(ui::AccountListModel::CodeRole).toString();
    CHECK(shown == currentCoreCode(aws, shown));
    CHECK(model->index(0).data(ui::AccountListModel::IssuerRole).toString() == QStringLiteral("Amazon Web Services"));
    CHECK(model->index(0).data(ui::AccountListModel::NameRole).toString() == QStringLiteral("alice@123456789012"));

    // Type to filter, Enter copies, the clipboard manager hint is set, and it clears itself.
    auto* filter = child<QLineEdit>(window, "filterLineEdit");
    filter->setFocus();
    QTest::keyClicks(filter, QStringLiteral("amazon"));
    CHECK(window.listPage()->view()->model()->rowCount() == 1);
    QTest::keyClick(filter, Qt::Key_Return);
    const QMimeData* mime = QGuiApplication::clipboard()->mimeData();
    REQUIRE(mime != nullptr);
    const QString copied = mime->text();
    CHECK(copied == test::copiedCoreCode(aws, copied));
    CHECK(mime->data(QStringLiteral("x-kde-passwordManagerHint")) == QByteArrayLiteral("secret"));
    REQUIRE(QTest::qWaitFor([] { return QGuiApplication::clipboard()->text().isEmpty(); }, 5000));

    // A filter that matches nothing leaves nothing to copy.
    QTest::keyClicks(filter, QStringLiteral("zzz"));
    CHECK(window.listPage()->view()->model()->rowCount() == 0);
    filter->clear();

    // Export: the account's QR decodes back to the same account.
    window.showQr(window.model()->idAt(0));
    auto* qrDialog = window.findChild<ui::QrDialog*>();
    REQUIRE(qrDialog != nullptr);
    const QList<qr::ScannedCode> decoded = qr::scanImage(qrDialog->currentImage());
    REQUIRE(decoded.size() == 1);
    CHECK(decoded.first().text == otp::formatOtpauthUri(aws));
    CHECK(otp::parseOtpauthUri(decoded.first().text).value().account == aws);

    // Ctrl+L locks, also from the QR dialog: codes, dialogs and vault are gone.
    QTest::keyClick(qrDialog, Qt::Key_L, Qt::ControlModifier);
    REQUIRE_FALSE(window.isUnlocked());
    CHECK(model->rowCount() == 0);
    CHECK(QTest::qWaitFor([&window] { return window.findChild<ui::QrDialog*>() == nullptr; }, 2000));

    // A wrong password says so and keeps the focus in the field.
    auto* password = child<QLineEdit>(window, "passwordLineEdit");
    REQUIRE(QTest::qWaitFor([password] { return password->hasFocus(); }, 2000));
    QTest::keyClicks(password, QStringLiteral("not the password"));
    QTest::keyClick(password, Qt::Key_Return);
    auto* error = child<QLabel>(window, "unlockErrorLabel");
    REQUIRE(QTest::qWaitFor([error] { return error->isVisible(); }, 20000)); // derived off the UI thread
    CHECK_FALSE(window.isUnlocked());
    CHECK(error->isVisible());
    CHECK(error->text().startsWith(ui::errorTitle(ErrorCode::WrongPassword)));
    CHECK(password->hasFocus());
    CHECK(password->text().isEmpty()); // the failed attempt is not kept: the user simply types again

    // The right password opens it again.
    QTest::keyClicks(password, kPassword);
    QTest::keyClick(password, Qt::Key_Return);
    REQUIRE(QTest::qWaitFor([&window] { return window.isUnlocked(); }, 20000));
    CHECK(model->rowCount() == 1);
    CHECK(password->text().isEmpty());
}

TEST_CASE("The vault locks itself after the idle time", "[ui][mainwindow]")
{
    WindowFixture fixture;
    ui::MainWindow& window = fixture.window;
    window.setKdfParameters(vault::fastKdfParametersForTests());
    createThroughForm(window);
    // Settings are in minutes; the watcher takes any duration.
    window.lockWatcher()->setIdleTimeout(std::chrono::milliseconds(300));
    QSignalSpy locked(&window, &ui::MainWindow::locked);
    REQUIRE(locked.wait(3000));
    CHECK_FALSE(window.isUnlocked());
    CHECK(child<QLineEdit>(window, "passwordLineEdit")->isVisible());
}

TEST_CASE("Settings persist in the INI file", "[ui][settings]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("settings.ini"));
    {
        ui::Settings settings(path);
        CHECK(settings.clipboardClearSeconds() == 30);
        CHECK(settings.language().isEmpty());
        settings.setClipboardClearSeconds(12);
        settings.setIdleLockMinutes(3);
        settings.setLanguage(QStringLiteral("ko"));
        settings.setCloseToTray(true);
    }
    ui::Settings reread(path);
    CHECK(reread.clipboardClearSeconds() == 12);
    CHECK(reread.idleLockMinutes() == 3);
    CHECK(reread.language() == QStringLiteral("ko"));
    CHECK(reread.closeToTray());
}

TEST_CASE("An account another process adds to the vault file shows up in the open window", "[ui][mainwindow]")
{
    WindowFixture fixture;
    const QString& path = fixture.path;
    ui::MainWindow& window = fixture.window;
    window.setKdfParameters(vault::fastKdfParametersForTests());
    createThroughForm(window);
    REQUIRE(window.model()->rowCount() == 0);

    // twostep-cli (or a second window) writing the same file.
    auto other = vault::Vault::open(path, SecretBytes::fromUtf8(kPassword));
    REQUIRE(other.ok());
    REQUIRE(other->addAccount(otp::parseOtpauthUri(kAwsUri).value().account).ok());
    REQUIRE(QTest::qWaitFor([&window] { return window.model()->rowCount() == 1; }, 5000));
    REQUIRE(other
                ->addAccount(otp::parseOtpauthUri(QStringLiteral("otpauth://totp/GitHub:bob?secret=GEZDGNBVGY3TQOJQ"))
                                 .value()
                                 .account)
                .ok());
    REQUIRE(QTest::qWaitFor([&window] { return window.model()->rowCount() == 2; }, 5000));
    CHECK(window.vault()->entries().size() == 2);
}

TEST_CASE("A revealed hotp code stays on screen although the vault file changed", "[ui][mainwindow]")
{
    WindowFixture fixture;
    ui::MainWindow& window = fixture.window;
    window.setKdfParameters(vault::fastKdfParametersForTests());
    createThroughForm(window);
    // RFC 4226 appendix D: counter 0 of "12345678901234567890" is 755224.
    window.addAccounts({otp::parseOtpauthUri(QStringLiteral("otpauth://hotp/RFC:4226?secret="
                                                            "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&counter=0"))
                            .value()
                            .account});
    const QString id = window.model()->idAt(0);
    window.revealNextHotpCode(id);
    CHECK(window.model()->index(0).data(ui::AccountListModel::CodeRole).toString() == QStringLiteral("755224"));
    CHECK(QGuiApplication::clipboard()->text() == QStringLiteral("755224"));
    QTest::qWait(500); // the file watcher sees our own save
    CHECK(window.model()->index(0).data(ui::AccountListModel::CodeRole).toString() == QStringLiteral("755224"));
    // The copy's count is saved (on a timer, or now) and the list reloads: the code stays.
    window.actions()->flushUsage();
    CHECK(window.model()->index(0).data(ui::AccountListModel::CodeRole).toString() == QStringLiteral("755224"));
    window.revealNextHotpCode(id);
    CHECK(window.model()->index(0).data(ui::AccountListModel::CodeRole).toString() == QStringLiteral("287082"));
}

TEST_CASE("Copies of time- and counter-based codes are counted in the vault when it locks at once", "[ui][mainwindow]")
{
    WindowFixture fixture;
    ui::MainWindow& window = fixture.window;
    window.setKdfParameters(vault::fastKdfParametersForTests());
    createThroughForm(window);
    window.addAccounts({otp::parseOtpauthUri(kAwsUri).value().account,
                        otp::parseOtpauthUri(QStringLiteral("otpauth://hotp/RFC:4226?secret="
                                                            "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&counter=0"))
                            .value()
                            .account});
    REQUIRE(window.model()->rowCount() == 2);
    const QString totp = window.model()->index(0).data(ui::AccountListModel::TimeBasedRole).toBool()
                             ? window.model()->idAt(0)
                             : window.model()->idAt(1);
    const QString hotp = totp == window.model()->idAt(0) ? window.model()->idAt(1) : window.model()->idAt(0);
    window.copyCode(totp);
    window.copyCode(totp);
    window.revealNextHotpCode(hotp);
    // Well before the recorder's own save: the lock writes the counts.
    window.lock();
    REQUIRE_FALSE(window.isUnlocked());

    const auto reopened = vault::Vault::open(fixture.path, SecretBytes::fromUtf8(kPassword));
    REQUIRE(reopened.ok());
    REQUIRE(reopened->entry(totp) != nullptr);
    REQUIRE(reopened->entry(hotp) != nullptr);
    CHECK(reopened->entry(totp)->useCount == 2);
    CHECK(reopened->entry(hotp)->useCount == 1);
    CHECK(reopened->entry(hotp)->lastUsed.isValid());
}

TEST_CASE("Next code at the largest hotp counter is refused with the counter error and nothing changes",
          "[ui][mainwindow]")
{
    WindowFixture fixture;
    ui::MainWindow& window = fixture.window;
    window.setKdfParameters(vault::fastKdfParametersForTests());
    createThroughForm(window);
    window.addAccounts({otp::parseOtpauthUri(QStringLiteral("otpauth://hotp/RFC:4226?secret="
                                                            "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"
                                                            "&counter=18446744073709551614"))
                            .value()
                            .account});
    const QString id = window.model()->idAt(0);
    // oathtool --hotp -c 18446744073709551614 3132333435363738393031323334353637383930
    window.revealNextHotpCode(id);
    CHECK(window.model()->index(0).data(ui::AccountListModel::CodeRole).toString() == QStringLiteral("488204"));
    REQUIRE(window.vault()->entries().first().account.parameters.counter() == otp::kMaxCounter);

    // The warning box is modal: read and close it from the event loop it runs.
    QString shown;
    QTimer closer;
    QObject::connect(&closer, &QTimer::timeout, &window, [&] {
        if (auto* box = window.findChild<QMessageBox*>(); box != nullptr && box->isVisible()) {
            shown = box->text();
            box->accept();
        }
    });
    closer.start(20);
    QGuiApplication::clipboard()->setText(QStringLiteral("unchanged"));
    window.revealNextHotpCode(id);
    closer.stop();
    CHECK(shown.startsWith(ui::errorTitle(ErrorCode::CounterExhausted)));
    CHECK(shown.contains(QStringLiteral("'RFC:4226' is at HOTP counter 18446744073709551615")));
    CHECK(window.model()->index(0).data(ui::AccountListModel::CodeRole).toString() == QStringLiteral("488204"));
    CHECK(QGuiApplication::clipboard()->text() == QStringLiteral("unchanged"));
    CHECK(window.vault()->entries().first().account.parameters.counter() == otp::kMaxCounter);
}

TEST_CASE("An older copy landing over the open vault shows a bar naming the kept newer copy", "[ui][mainwindow]")
{
    WindowFixture fixture;
    QTemporaryDir& dir = fixture.dir;
    const QString& path = fixture.path;
    ui::MainWindow& window = fixture.window;
    window.setKdfParameters(vault::fastKdfParametersForTests());
    createThroughForm(window);
    REQUIRE(window.vault()->addAccount(otp::parseOtpauthUri(kAwsUri).value().account));
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray older = file.readAll();
    file.close();
    REQUIRE(window.vault()->addAccount(
        otp::parseOtpauthUri(QStringLiteral("otpauth://totp/GitHub:bob?secret=GEZDGNBVGY3TQOJQ")).value().account));
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray newer = file.readAll();
    file.close();
    QWidget* bar = child<QWidget>(window, "rollbackBar");
    CHECK_FALSE(bar->isVisible());

    // A synced folder puts generation 2 back over generation 3.
    QFile replace(path + QStringLiteral(".synced"));
    REQUIRE(replace.open(QIODevice::WriteOnly));
    replace.write(older);
    replace.close();
    REQUIRE(::rename(QFile::encodeName(path + QStringLiteral(".synced")).constData(),
                     QFile::encodeName(path).constData()) == 0);

    REQUIRE(QTest::qWaitFor([bar] { return bar->isVisible(); }, 5000));
    CHECK(window.model()->rowCount() == 1);
    const QString newerCopy = dir.filePath(QStringLiteral("backups/vault.twostep.00000000000000000003"));
    const QString text = child<QLabel>(window, "rollbackLabel")->text();
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("from save 3 to save 2")));
    CHECK(text.contains(newerCopy));
    QFile kept(newerCopy);
    REQUIRE(kept.open(QIODevice::ReadOnly));
    CHECK(kept.readAll() == newer);
    QTest::mouseClick(child<QPushButton>(window, "closeRollbackBarButton"), Qt::LeftButton);
    CHECK_FALSE(bar->isVisible());
}

TEST_CASE("The About box says where the vault and its backups are", "[ui][mainwindow]")
{
    WindowFixture fixture;
    QTemporaryDir& dir = fixture.dir;
    const QString& path = fixture.path;
    ui::MainWindow& window = fixture.window;
    const QString text = window.aboutText();
    CHECK(text.contains(QStringLiteral("Vault: ") + path));
    CHECK(text.contains(QStringLiteral("Backups: ") + dir.filePath(QStringLiteral("backups"))));

    window.showVaultMoved(vault::VaultMove{dir.filePath(QStringLiteral("twostep/vault.twostep")), path, 3});
    auto* moved = window.findChild<QMessageBox*>(QStringLiteral("vaultMovedMessage"));
    REQUIRE(moved != nullptr);
    CHECK(moved->text() == QStringLiteral("Your vault moved to %1 (with 3 backup(s)); it was at %2.")
                               .arg(path, dir.filePath(QStringLiteral("twostep/vault.twostep"))));
    moved->close();
}

namespace {

// Ticks of a 10 ms QTimer while `busy` holds: how many, and the longest gap the UI thread left.
struct Ticks
{
    int count = 0;
    qint64 longestGapMs = 0;
    qint64 elapsedMs = 0;
};

Ticks ticksWhile(const std::function<bool()>& busy)
{
    Ticks ticks;
    QElapsedTimer clock;
    clock.start();
    qint64 last = 0;
    QTimer timer;
    timer.setInterval(10);
    QObject::connect(&timer, &QTimer::timeout, [&] {
        ++ticks.count;
        ticks.longestGapMs = std::max(ticks.longestGapMs, clock.elapsed() - last);
        last = clock.elapsed();
    });
    timer.start();
    REQUIRE(QTest::qWaitFor([&] { return !busy(); }, 60000));
    ticks.elapsedMs = clock.elapsed();
    ticks.longestGapMs = std::max(ticks.longestGapMs, ticks.elapsedMs - last);
    return ticks;
}

} // namespace

TEST_CASE("The window keeps running while the vault is created and unlocked at the default KDF cost",
          "[ui][mainwindow]")
{
    WindowFixture fixture;
    ui::MainWindow& window = fixture.window;
    window.setKdfParameters(vault::defaultKdfParameters());
    window.show();

    QTest::keyClicks(child<QLineEdit>(window, "newPasswordLineEdit"), kPassword);
    QTest::keyClicks(child<QLineEdit>(window, "confirmPasswordLineEdit"), kPassword);
    auto* create = child<QPushButton>(window, "createVaultButton");
    QTest::mouseClick(create, Qt::LeftButton);
    // The busy state is visible: the button says so and nothing can be clicked twice.
    CHECK(create->text() == QStringLiteral("Creating…"));
    CHECK_FALSE(create->isEnabled());
    CHECK(child<QLineEdit>(window, "newPasswordLineEdit")->isReadOnly());
    const Ticks created = ticksWhile([&window] { return !window.isUnlocked(); });
    INFO("create: " << created.elapsedMs << " ms, " << created.count << " ticks, longest gap " << created.longestGapMs);
    CHECK(created.elapsedMs > 100); // the default cost really ran
    CHECK(created.count >= 5);
    CHECK(created.longestGapMs < created.elapsedMs / 2);

    window.lock();
    auto* password = child<QLineEdit>(window, "passwordLineEdit");
    auto* unlock = child<QPushButton>(window, "unlockButton");
    QTest::keyClicks(password, kPassword);
    QTest::keyClick(password, Qt::Key_Return);
    CHECK(unlock->text() == QStringLiteral("Unlocking…"));
    CHECK_FALSE(unlock->isEnabled());
    CHECK(password->isReadOnly());
    CHECK(password->text().isEmpty()); // handed to the worker, not kept in the field
    const Ticks unlocked = ticksWhile([&window] { return !window.isUnlocked(); });
    INFO("unlock: " << unlocked.elapsedMs << " ms, " << unlocked.count << " ticks, longest gap "
                    << unlocked.longestGapMs);
    CHECK(unlocked.elapsedMs > 100);
    CHECK(unlocked.count >= 5);
    CHECK(unlocked.longestGapMs < unlocked.elapsedMs / 2);
    CHECK(unlock->text() == QStringLiteral("Unlock"));
}
