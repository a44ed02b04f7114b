// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Runs only inside tests/ui/desktop/keyring_test.sh: a private D-Bus session with a real
// gnome-keyring-daemon, so nothing here can touch the keyring of the user running the tests.
#include "ClipboardService.h"
#include "KeyringStore.h"
#include "MainWindow.h"
#include "PasswordDialog.h"
#include "Settings.h"
#include "SettingsDialog.h"
#include "TestSupport.h"
#include "WidgetTestSupport.h"
#include "otp/OtpauthUri.h"
#include "vault/Vault.h"

#include <QApplication>
#include <QCheckBox>
#include <QFile>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace twostep;
using test::child;

namespace {

const QString kPassword = QStringLiteral("correct horse battery staple");

void requireTestSession()
{
    if (qEnvironmentVariableIsEmpty("TWOSTEP_KEYRING_TEST_SESSION")) {
        FAIL("run this binary through tests/ui/desktop/keyring_test.sh (ctest does): it must not use your own keyring");
    }
}

// The keyring entry as libsecret's own command-line tool sees it (QtKeychain's schema: server, user).
test::ProcessResult secretToolLookup(const QString& slotId)
{
    return test::runProcess(QStringLiteral("secret-tool"),
                            {QStringLiteral("lookup"), QStringLiteral("server"), ui::KeyringStore::defaultService(),
                             QStringLiteral("user"), QStringLiteral("vault-key:") + slotId});
}

QString createVault(const QTemporaryDir& dir)
{
    const QString path = dir.filePath(QStringLiteral("vault.twostep"));
    Result<vault::Vault> created =
        vault::Vault::create(path, SecretBytes::fromUtf8(kPassword), vault::fastKdfParametersForTests());
    REQUIRE(created);
    const auto parsed = otp::parseOtpauthUri(QStringLiteral("otpauth://totp/Example:alice?secret=JBSWY3DPEHPK3PXP"));
    REQUIRE(parsed);
    REQUIRE(created->addAccount(parsed->account));
    return path;
}

// One start of the GUI: a new MainWindow on the same vault file and settings.
struct Gui
{
    Gui(const QTemporaryDir& dir, const QString& vaultPath)
        : settings(dir.filePath(QStringLiteral("settings.ini"))), clipboard(QGuiApplication::clipboard()),
          window(vaultPath, settings, clipboard)
    {
        window.show();
    }
    ui::Settings settings;
    ui::ClipboardService clipboard;
    ui::MainWindow window;
};

void unlockWithPassword(ui::MainWindow& window, bool remember)
{
    auto* password = child<QLineEdit>(window, "passwordLineEdit");
    password->clear();
    QTest::keyClicks(password, kPassword);
    auto* box = child<QCheckBox>(window, "rememberCheckBox");
    REQUIRE_FALSE(box->isChecked());
    if (remember) {
        QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(4, box->height() / 2));
        REQUIRE(box->isChecked());
    }
    QTest::mouseClick(child<QPushButton>(window, "unlockButton"), Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] { return window.isUnlocked(); }, 10000));
}

// Turning Remember off gives the vault a new key; a session unlocked through the keyring is asked
// for the password first (a wrong one is refused and changes nothing).
void confirmPasswordToForget(ui::MainWindow& window, const QString& path)
{
    ui::PasswordDialog* prompt = nullptr;
    REQUIRE(QTest::qWaitFor([&] { return (prompt = window.findChild<ui::PasswordDialog*>()) != nullptr; }, 5000));
    auto* field = child<QLineEdit>(*prompt, "vaultPasswordLineEdit");
    auto* ok = child<QPushButton>(*prompt, "vaultPasswordOkButton");
    QTest::keyClicks(field, QStringLiteral("not the password"));
    QTest::mouseClick(ok, Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] { return child<QLabel>(*prompt, "vaultPasswordErrorLabel")->isVisible(); }, 10000));
    CHECK_FALSE(vault::Vault::keyringSlotIds(path).value().isEmpty());
    QTest::keyClicks(field, kPassword);
    QTest::mouseClick(ok, Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] { return vault::Vault::keyringSlotIds(path).value().isEmpty(); }, 10000));
}

// A start that tries the keyring must end on the unlock page, not unlocked; wait out the attempt.
void requireStaysLocked(ui::MainWindow& window)
{
    QTest::qWait(500);
    REQUIRE_FALSE(window.isUnlocked());
    REQUIRE(child<QPushButton>(window, "unlockButton")->isEnabled());
}

} // namespace

TEST_CASE("KeyringStore keeps binary keys, reports a missing entry, deletes idempotently", "[keyring]")
{
    requireTestSession();
    const ui::KeyringStore store;
    const QString slotId = QStringLiteral("0b5c1d4e-5a41-4e4c-9d8e-000000000001");
    SecretBytes key(32);
    for (std::size_t i = 0; i < key.size(); ++i) {
        key.data()[i] = static_cast<std::uint8_t>(i * 37 % 256); // 0x00 and bytes above 0x7f included
    }
    REQUIRE(store.write(slotId, key));
    Result<SecretBytes> read = store.read(slotId);
    REQUIRE(read);
    CHECK(*read == key);
    CHECK(secretToolLookup(slotId).exitCode == 0);

    REQUIRE(store.remove(slotId));
    read = store.read(slotId);
    REQUIRE_FALSE(read);
    CHECK(read.error().code == ErrorCode::NotFound);
    CHECK(read.error().detail.contains(slotId));
    CHECK(secretToolLookup(slotId).exitCode != 0);
    CHECK(store.remove(slotId)); // already gone: not an error
}

TEST_CASE("Remember on this computer: keyring unlock at start, not after a lock; off in settings", "[keyring]")
{
    requireTestSession();
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = createVault(dir);
    const ui::KeyringStore store;
    QString slotId;

    {
        Gui gui(dir, path);
        requireStaysLocked(gui.window); // no keyring slot yet: nothing to try
        CHECK_FALSE(child<QPushButton>(gui.window, "keyringUnlockButton")->isVisible());
        unlockWithPassword(gui.window, true);

        const QStringList slots = vault::Vault::keyringSlotIds(path).value();
        REQUIRE(slots.size() == 1);
        slotId = slots.first();
        Result<SecretBytes> key = store.read(slotId);
        REQUIRE(key);
        CHECK(key->size() == 32);
        CHECK(secretToolLookup(slotId).exitCode == 0);
        CHECK(vault::Vault::openWithKeyringKey(path, slotId, *key));
        // The file holds the key only wrapped: neither raw nor base64 nor hex.
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        const QByteArray raw(reinterpret_cast<const char*>(key->data()), static_cast<qsizetype>(key->size()));
        CHECK_FALSE(bytes.contains(raw));
        CHECK_FALSE(bytes.contains(raw.toBase64()));
        CHECK_FALSE(bytes.contains(raw.toHex()));

        // A lock stays locked: the keyring waits for the button.
        gui.window.lock();
        requireStaysLocked(gui.window);
        auto* keyringButton = child<QPushButton>(gui.window, "keyringUnlockButton");
        REQUIRE(keyringButton->isVisible());
        QTest::mouseClick(keyringButton, Qt::LeftButton);
        REQUIRE(QTest::qWaitFor([&] { return gui.window.isUnlocked(); }, 10000));
        CHECK(gui.window.vault()->entries().size() == 1);
    }

    SECTION("the next start unlocks with no password, and Settings turns it off")
    {
        {
            Gui gui(dir, path);
            REQUIRE(QTest::qWaitFor([&] { return gui.window.isUnlocked(); }, 10000));
            CHECK(child<QLineEdit>(gui.window, "passwordLineEdit")->text().isEmpty());

            gui.window.showSettings();
            auto* dialog = gui.window.findChild<ui::SettingsDialog*>();
            REQUIRE(dialog != nullptr);
            auto* box = child<QCheckBox>(*dialog, "rememberKeyringCheckBox");
            REQUIRE(box->isEnabled());
            REQUIRE(box->isChecked());
            box->setChecked(false);
            dialog->accept();
            confirmPasswordToForget(gui.window, path);

            CHECK(vault::Vault::keyringSlotIds(path).value().isEmpty());
            CHECK(gui.window.vault()->keyringSlotIds().isEmpty());
            const Result<SecretBytes> gone = store.read(slotId);
            REQUIRE_FALSE(gone);
            CHECK(gone.error().code == ErrorCode::NotFound);
            CHECK(secretToolLookup(slotId).exitCode != 0);
        }
        Gui gui(dir, path);
        requireStaysLocked(gui.window);
        CHECK_FALSE(child<QPushButton>(gui.window, "keyringUnlockButton")->isVisible());
        gui.window.showSettings();
        auto* dialog = gui.window.findChild<ui::SettingsDialog*>();
        REQUIRE(dialog != nullptr);
        CHECK_FALSE(child<QCheckBox>(*dialog, "rememberKeyringCheckBox")->isEnabled()); // locked: no vault to change
        dialog->reject();
        unlockWithPassword(gui.window, false);
        CHECK(vault::Vault::keyringSlotIds(path).value().isEmpty());

        // Settings turns it on again for the unlocked vault (the closed dialog goes first).
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        REQUIRE(gui.window.findChild<ui::SettingsDialog*>() == nullptr);
        gui.window.showSettings();
        dialog = gui.window.findChild<ui::SettingsDialog*>();
        REQUIRE(dialog != nullptr);
        auto* box = child<QCheckBox>(*dialog, "rememberKeyringCheckBox");
        REQUIRE(box->isEnabled());
        REQUIRE_FALSE(box->isChecked());
        box->setChecked(true);
        dialog->accept();
        const QStringList slots = vault::Vault::keyringSlotIds(path).value();
        REQUIRE(slots.size() == 1);
        CHECK(slots.first() != slotId);
        CHECK(secretToolLookup(slots.first()).exitCode == 0);
    }

    SECTION("a keyring entry that is gone falls back to the password with a hint")
    {
        REQUIRE(test::runProcess(QStringLiteral("secret-tool"),
                                 {QStringLiteral("clear"), QStringLiteral("server"), ui::KeyringStore::defaultService(),
                                  QStringLiteral("user"), QStringLiteral("vault-key:") + slotId})
                    .exitCode == 0);
        Gui gui(dir, path);
        requireStaysLocked(gui.window);
        auto* hint = child<QLabel>(gui.window, "unlockHintLabel");
        CHECK(hint->isVisible());
        CHECK(hint->text().contains(QStringLiteral("no key for this vault")));
        CHECK_FALSE(child<QLabel>(gui.window, "unlockErrorLabel")->isVisible());
        unlockWithPassword(gui.window, false);
        CHECK(gui.window.vault()->entries().size() == 1);
    }

    SECTION("a keyring key that does not fit falls back to the password with a hint")
    {
        SecretBytes wrong(32);
        wrong.data()[0] = 1;
        REQUIRE(store.write(slotId, wrong));
        Gui gui(dir, path);
        requireStaysLocked(gui.window);
        CHECK(child<QLabel>(gui.window, "unlockHintLabel")->isVisible());
        // Ticking Remember again adds a working slot beside the stale one.
        unlockWithPassword(gui.window, true);
        REQUIRE(vault::Vault::keyringSlotIds(path).value().size() == 2);
        gui.window.lock();
        QTest::mouseClick(child<QPushButton>(gui.window, "keyringUnlockButton"), Qt::LeftButton);
        REQUIRE(QTest::qWaitFor([&] { return gui.window.isUnlocked(); }, 10000));
        // Turning it off removes every slot and entry.
        gui.window.setRememberOnThisComputer(false);
        confirmPasswordToForget(gui.window, path);
        CHECK(vault::Vault::keyringSlotIds(path).value().isEmpty());
        CHECK(secretToolLookup(slotId).exitCode != 0);
    }
}

// keyring_test.sh runs this one outside the session, with a bus address that leads nowhere.
TEST_CASE("With no keyring, Remember fails cleanly and a keyring slot falls back to the password", "[.nokeyring]")
{
    requireTestSession();
    REQUIRE(qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS").contains(QStringLiteral("no-bus")));
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = createVault(dir);

    {
        Gui gui(dir, path);
        requireStaysLocked(gui.window);
        // The warning is modal: read it and close it when it shows.
        QString warning;
        QTimer closer;
        QObject::connect(&closer, &QTimer::timeout, [&] {
            if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
                warning = box->text();
                box->close();
            }
        });
        closer.start(20);
        unlockWithPassword(gui.window, true);
        closer.stop();
        CHECK(warning.contains(QStringLiteral("could not remember the vault")));
        CHECK(warning.contains(QStringLiteral("desktop keyring is not available")));
        CHECK_FALSE(warning.contains(QStringLiteral("could not be read or written"))); // not "the file"
        CHECK(gui.window.vault()->keyringSlotIds().isEmpty());
        CHECK(vault::Vault::keyringSlotIds(path).value().isEmpty()); // the slot went again
    }

    // A slot whose key this computer's keyring cannot give.
    {
        Result<vault::Vault> opened = vault::Vault::open(path, SecretBytes::fromUtf8(kPassword));
        REQUIRE(opened);
        REQUIRE(opened->addKeyringSlot());
    }
    Gui gui(dir, path);
    requireStaysLocked(gui.window);
    auto* hint = child<QLabel>(gui.window, "unlockHintLabel");
    CHECK(hint->isVisible());
    CHECK(hint->text().contains(QStringLiteral("keyring is not available")));
    CHECK(child<QPushButton>(gui.window, "keyringUnlockButton")->isVisible());
    unlockWithPassword(gui.window, false);
    CHECK(gui.window.vault()->entries().size() == 1);
}
