// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The GUI session GuiSecretScanTests.cpp searches: the real MainWindow and dialogs driven through
// every step that handles a secret, in a process of its own.
#include "GuiHardeningSupport.h"
#include "GuiSecretSession.h"
#include "ui/AccountActions.h"
#include "ui/MainWindow.h"
#include "ui/Settings.h"
#include "ui/SettingsDialog.h"
#include "ui/desktop/ClipboardService.h"
#include "ui/dialogs/AddAccountDialog.h"
#include "ui/dialogs/EditAccountDialog.h"
#include "ui/dialogs/EnrollmentDialog.h"
#include "ui/dialogs/ExportDialog.h"
#include "ui/dialogs/ImportDialog.h"
#include "ui/dialogs/QrDialog.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QMutex>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <deque>
#include <functional>
#include <iostream>

using namespace twostep;
using namespace twostep::test;

namespace {

// The manual entry is typed the way AWS shows it: lower case in groups of four.
QString groupedLowerBase32(const otp::Account& account)
{
    const QString plain = base32Of(account, false).toLower();
    QStringList groups;
    for (qsizetype i = 0; i < plain.size(); i += 4) {
        groups << plain.mid(i, 4);
    }
    return groups.join(QLatin1Char(' '));
}

// Everything Qt logs in the session, kept in memory and passed on to stderr as usual.
QMutex g_logMutex;
QStringList g_log;
QtMessageHandler g_previousHandler = nullptr;

void recordMessage(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    {
        const QMutexLocker locker(&g_logMutex);
        g_log << message;
    }
    if (g_previousHandler != nullptr) {
        g_previousHandler(type, context, message);
    }
}

// Every window title the session shows, as it appears or changes.
class TitleRecorder final : public QObject
{
public:
    QStringList titles;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::WindowTitleChange || event->type() == QEvent::Show) {
            auto* widget = qobject_cast<QWidget*>(watched);
            if (widget != nullptr && widget->isWindow()) {
                titles << widget->windowTitle();
            }
        }
        return false;
    }
};

// Answers the modal dialogs the export buttons exec() (file dialogs, the backup password,
// confirmations) one after another; a dialog nobody expected is rejected after a while, so a
// change in the flow fails the test instead of hanging it.
class ModalScript final : public QObject
{
public:
    using Step = std::function<bool(QWidget*)>;

    explicit ModalScript(std::deque<Step> steps) : m_steps(std::move(steps))
    {
        connect(&m_timer, &QTimer::timeout, this, &ModalScript::poll);
        m_timer.start(20);
    }
    bool done() const { return m_steps.empty(); }
    QStringList unexpected;

private:
    void poll()
    {
        QWidget* modal = QApplication::activeModalWidget();
        if (modal == nullptr || qobject_cast<ui::ExportDialog*>(modal) != nullptr) {
            m_waited = 0;
            return;
        }
        if (!m_steps.empty() && m_steps.front()(modal)) {
            m_steps.pop_front();
            m_waited = 0;
        } else if (++m_waited > 250) {
            unexpected << QString::fromLatin1(modal->metaObject()->className()) + QStringLiteral(": ") +
                              modal->windowTitle();
            modal->close();
            m_waited = 0;
        }
    }

    std::deque<Step> m_steps;
    QTimer m_timer;
    int m_waited = 0;
};

ModalScript::Step saveFileAs(const QString& path)
{
    return [path](QWidget* modal) {
        auto* dialog = qobject_cast<QFileDialog*>(modal);
        if (dialog == nullptr) {
            return false;
        }
        // selectFile() leaves the name field alone while it has the focus: type the path there.
        dialog->selectFile(path);
        if (auto* name = dialog->findChild<QLineEdit*>(QStringLiteral("fileNameEdit"))) {
            name->setText(path);
        }
        static_cast<QDialog*>(dialog)->accept(); // QFileDialog's override is protected
        return !dialog->isVisible();
    };
}

ModalScript::Step pressInMessageBox(QMessageBox::StandardButton which)
{
    return [which](QWidget* modal) {
        auto* box = qobject_cast<QMessageBox*>(modal);
        if (box == nullptr || box->button(which) == nullptr) {
            return false;
        }
        box->button(which)->click();
        return true;
    };
}

ModalScript::Step typeBackupPassword(const QString& password)
{
    return [password](QWidget* modal) {
        const QList<QLineEdit*> fields = modal->findChildren<QLineEdit*>();
        auto* buttons = modal->findChild<QDialogButtonBox*>();
        if (qobject_cast<QFileDialog*>(modal) != nullptr || fields.size() != 2 || buttons == nullptr) {
            return false;
        }
        for (QLineEdit* field : fields) {
            typeText(field, password);
        }
        buttons->button(QDialogButtonBox::Ok)->click();
        return true;
    };
}

// Runs the dialogs `trigger` exec()s through `steps`; true when every step was taken.
bool runModal(QAbstractButton* trigger, std::deque<ModalScript::Step> steps, QStringList& unexpected)
{
    ModalScript script(std::move(steps));
    trigger->click();
    QTest::qWait(50);
    unexpected += script.unexpected;
    return script.done();
}

void closeEnrollment(ui::MainWindow& window, QStringList& codes)
{
    auto* enrollment = waitForChild<ui::EnrollmentDialog>(window);
    codes << enrollment->code1() << enrollment->code2();
    enrollment->close();
    REQUIRE(QTest::qWaitFor([&window] { return window.findChild<ui::EnrollmentDialog*>() == nullptr; }, 2000));
}

QString idOf(ui::MainWindow& window, const QString& name)
{
    for (const vault::VaultEntry& entry : window.vault()->entries()) {
        if (entry.account.name == name) {
            return entry.id;
        }
    }
    FAIL("no account named " << name.toStdString());
    return {};
}

} // namespace

// The session runs in a process of its own (this executable, started by the test below), so HOME,
// the XDG folders and TMPDIR point into the test's folder before QApplication exists.
TEST_CASE("GUI secret scan: the session itself", "[.gui-session-driver]")
{
    QFile stdinFile;
    REQUIRE(stdinFile.open(stdin, QIODevice::ReadOnly));
    const SessionInput in = SessionInput::fromJson(stdinFile.readAll());
    REQUIRE(in.accounts.size() == 4);
    REQUIRE(QDir::homePath().startsWith(in.root));
    const QList<Needle> needles = secretNeedles(in);

    QApplication::setApplicationName(QStringLiteral("twostep"));
    QApplication::setAttribute(Qt::AA_DontUseNativeDialogs);
    g_previousHandler = qInstallMessageHandler(recordMessage);
    TitleRecorder titles;
    qApp->installEventFilter(&titles);
    QStringList unexpectedDialogs;
    QStringList codes;

    {
        ui::Settings settings; // the application's own QSettings, as app/gui/main.cpp makes it
        ui::ClipboardService clipboard(QGuiApplication::clipboard());
        ui::MainWindow window(vault::resolveVaultPath(), settings, clipboard);
        window.setKdfParameters(vault::fastKdfParametersForTests());
        window.show();
        window.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&window));

        // Create the vault through the first-run page.
        typeText(child<QLineEdit>(window, "newPasswordLineEdit"), in.vaultPassword);
        typeText(child<QLineEdit>(window, "confirmPasswordLineEdit"), in.vaultPassword);
        QTest::mouseClick(child<QPushButton>(window, "createVaultButton"), Qt::LeftButton);
        REQUIRE(QTest::qWaitFor([&window] { return window.isUnlocked(); }, 20000));
        CHECK(child<QLineEdit>(window, "newPasswordLineEdit")->text().isEmpty());
        CHECK(child<QLineEdit>(window, "confirmPasswordLineEdit")->text().isEmpty());

        // One AWS account (the enrollment pair follows), then two at once (no enrollment).
        window.addAccounts({in.accounts.at(0)});
        closeEnrollment(window, codes);
        window.addAccounts({in.accounts.at(1), in.accounts.at(2)});
        REQUIRE(window.vault()->entries().size() == 3);

        // The fourth is typed into the add-account dialog's secret key page.
        window.addAccount();
        auto* add = waitForChild<ui::AddAccountDialog>(window);
        child<QTabWidget>(*add, "sourceTabs")->setCurrentIndex(1);
        QTest::keyClicks(child<QLineEdit>(*add, "issuerLineEdit"), in.accounts.at(3).issuer);
        QTest::keyClicks(child<QLineEdit>(*add, "nameLineEdit"), in.accounts.at(3).name);
        QTest::keyClicks(child<QLineEdit>(*add, "secretLineEdit"), groupedLowerBase32(in.accounts.at(3)));
        auto* addButton = child<QPushButton>(*add, "addButton");
        REQUIRE(addButton->isEnabled());
        QTest::mouseClick(addButton, Qt::LeftButton);
        REQUIRE(window.vault()->entries().size() == 4);
        // Not an AWS account: MFA codes 1 and 2 come from the menu entry, not by themselves.
        CHECK(window.findChild<ui::EnrollmentDialog*>() == nullptr);
        window.showEnrollment(idOf(window, in.accounts.at(3).name));
        closeEnrollment(window, codes);
        CHECK(window.vault()->entry(idOf(window, in.accounts.at(3).name))->account == in.accounts.at(3));

        // Rename the second account.
        window.editAccount(idOf(window, in.accounts.at(1).name));
        auto* edit = waitForChild<ui::EditAccountDialog>(window);
        auto* nameEdit = child<QLineEdit>(*edit, "nameLineEdit");
        nameEdit->selectAll();
        QTest::keyClicks(nameEdit, in.renamedTo);
        QTest::mouseClick(child<QPushButton>(*edit, "saveButton"), Qt::LeftButton);
        CHECK_FALSE(idOf(window, in.renamedTo).isEmpty());

        // Copy a TOTP code and the next HOTP code (which saves the counter).
        const QString hotpId = idOf(window, in.accounts.at(2).name);
        window.copyCode(hotpId);
        codes << QGuiApplication::clipboard()->text();
        window.copyCode(idOf(window, in.accounts.at(0).name));
        const QMimeData* mime = QGuiApplication::clipboard()->mimeData();
        REQUIRE(mime != nullptr);
        codes << mime->text();
        CHECK(mime->text().size() == 6);
        CHECK(mime->data(QStringLiteral("x-kde-passwordManagerHint")) == QByteArrayLiteral("secret"));
        CHECK(clipboard.holdsOurText());

        // The QR dialog shows the account's URI.
        window.showQr(idOf(window, in.accounts.at(0).name));
        auto* qr = waitForChild<ui::QrDialog>(window);
        CHECK(qr->currentPayload() == otp::formatOtpauthUri(in.accounts.at(0)));
        qr->close();

        // Export: the encrypted backup and the Aegis file, through the dialogs' own buttons.
        window.actions()->exportAccounts();
        auto* exportDialog = waitForChild<ui::ExportDialog>(window);
        CHECK(runModal(
            child<QPushButton>(*exportDialog, "backupButton"),
            {saveFileAs(in.backupPath), typeBackupPassword(in.exportPassword), pressInMessageBox(QMessageBox::Ok)},
            unexpectedDialogs));
        CHECK(QFileInfo::exists(in.backupPath));
        CHECK(runModal(
            child<QPushButton>(*exportDialog, "aegisJsonButton"),
            {pressInMessageBox(QMessageBox::Yes), saveFileAs(in.aegisPath), pressInMessageBox(QMessageBox::Ok)},
            unexpectedDialogs));
        CHECK(QFileInfo::exists(in.aegisPath));
        exportDialog->close();

        // Settings: every field changed, the autostart entry written.
        window.showSettings();
        auto* settingsDialog = waitForChild<ui::SettingsDialog>(window);
        child<QSpinBox>(*settingsDialog, "clipboardSecondsSpinBox")->setValue(45);
        child<QSpinBox>(*settingsDialog, "idleMinutesSpinBox")->setValue(7);
        child<QCheckBox>(*settingsDialog, "showNextCodeCheckBox")->setChecked(true);
        child<QCheckBox>(*settingsDialog, "startWithSessionCheckBox")->setChecked(true);
        auto* language = child<QComboBox>(*settingsDialog, "languageComboBox");
        language->setCurrentIndex(language->findData(QStringLiteral("en")));
        settingsDialog->accept();
        CHECK(settings.clipboardClearSeconds() == 45);

        // Lock with Ctrl+L while a code is on the clipboard: the code goes with the vault.
        window.copyCode(idOf(window, in.accounts.at(3).name));
        codes << QGuiApplication::clipboard()->text();
        QTest::keyClick(&window, Qt::Key_L, Qt::ControlModifier);
        REQUIRE_FALSE(window.isUnlocked());
        CHECK(QGuiApplication::clipboard()->text().isEmpty());

        // A mistyped password, then the right one.
        auto* password = child<QLineEdit>(window, "passwordLineEdit");
        QTest::keyClicks(password, in.wrongPassword);
        QTest::keyClick(password, Qt::Key_Return);
        // The key derivation runs off the UI thread: the error shows when it is done.
        REQUIRE(QTest::qWaitFor([&window] { return child<QLabel>(window, "unlockErrorLabel")->isVisible(); }, 20000));
        REQUIRE_FALSE(window.isUnlocked());
        password->selectAll();
        typeText(password, in.vaultPassword);
        QTest::keyClick(password, Qt::Key_Return);
        REQUIRE(QTest::qWaitFor([&window] { return window.isUnlocked(); }, 20000));
        CHECK(password->text().isEmpty());
        CHECK(window.vault()->entries().size() == 4);

        // Open the backup in the import dialog with its password: all four are already there.
        window.importAccounts();
        auto* import = waitForChild<ui::ImportDialog>(window);
        import->openFile(in.backupPath);
        QTest::keyClicks(child<QLineEdit>(*import, "importPasswordLineEdit"), in.exportPassword);
        QTest::mouseClick(child<QPushButton>(*import, "unlockFileButton"), Qt::LeftButton);
        REQUIRE(QTest::qWaitFor([&] { return !import->isBusy(); }, 60000)); // read on a worker thread
        CHECK(child<QLineEdit>(*import, "importPasswordLineEdit")->text().isEmpty());
        REQUIRE(QTest::qWaitFor([&] { return child<QPushButton>(*import, "unlockFileButton")->isEnabled(); }, 20000));
        CHECK(import->accounts().isEmpty());
        import->reject();

        window.lock();
        window.close();
    }
    qInstallMessageHandler(g_previousHandler);
    qApp->removeEventFilter(&titles);

    INFO("dialogs nobody expected: " << unexpectedDialogs.join(QStringLiteral(" | ")).toStdString());
    CHECK(unexpectedDialogs.isEmpty());
    INFO("window titles: " << titles.titles.join(QStringLiteral(" | ")).toStdString());
    CHECK(titles.titles.size() >= 8);
    for (const QString& title : std::as_const(titles.titles)) {
        CHECK(foundIn(title.toUtf8(), needles).isEmpty());
    }
    const QMutexLocker locker(&g_logMutex);
    CHECK(g_log.size() > 100); // every debug category is on: an empty capture would prove nothing
    for (const QString& message : std::as_const(g_log)) {
        const QStringList found = foundIn(message.toUtf8() + '\n' + utf16(message), needles);
        INFO("a Qt message holds " << found.join(QStringLiteral(", ")).toStdString());
        CHECK(found.isEmpty());
    }
    // The codes go to the parent on stdout, the last thing printed: they may be in no file.
    std::cout << "\ncodes: " << codes.join(QLatin1Char(' ')).toStdString() << std::endl;
}
