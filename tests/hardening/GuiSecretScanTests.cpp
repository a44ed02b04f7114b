// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AccountListModel.h"
#include "AddAccountDialog.h"
#include "ClipboardService.h"
#include "EditAccountDialog.h"
#include "EnrollmentDialog.h"
#include "ExportDialog.h"
#include "ImportDialog.h"
#include "MainWindow.h"
#include "QrDialog.h"
#include "Settings.h"
#include "SettingsDialog.h"
#include "TestSupport.h"
#include "otp/Base32.h"
#include "otp/OtpauthUri.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QMutex>
#include <QProcess>
#include <QPushButton>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <csignal>
#include <cstring>
#include <deque>
#include <fcntl.h>
#include <functional>
#include <iostream>
#include <iterator>
#include <sys/resource.h>
#include <unistd.h>

using namespace twostep;

namespace {

const QString kDriverName = QStringLiteral("GUI secret scan: the session itself");

QByteArray randomBytes(int size)
{
    QByteArray bytes(size, '\0');
    for (char& byte : bytes) {
        byte = static_cast<char>(QRandomGenerator::system()->bounded(256));
    }
    return bytes;
}

// A random word, so a hit can only come from this session.
QString token(const char* prefix)
{
    return QLatin1String(prefix) + QString::fromLatin1(randomBytes(6).toHex());
}

QByteArray utf16(const QString& text)
{
    return QByteArray(reinterpret_cast<const char*>(text.utf16()), text.size() * 2);
}

// What the parent makes up and hands to the session on stdin (never through a file).
struct SessionInput
{
    QString root;       // HOME, XDG_* and TMPDIR all live under it
    QString aegisPath;  // the one deliberately plaintext export
    QString backupPath; // the encrypted backup
    QString vaultPassword;
    QString wrongPassword;
    QString exportPassword;
    QString renamedTo;
    QList<otp::Account> accounts; // 0: AWS, 1-2: added together (1 renamed), 3: typed in by hand

    QByteArray toJson() const
    {
        QJsonArray list;
        for (const otp::Account& account : accounts) {
            list.append(QJsonObject{{QStringLiteral("uri"), otp::formatOtpauthUri(account)}});
        }
        return QJsonDocument(QJsonObject{{QStringLiteral("root"), root},
                                         {QStringLiteral("aegisPath"), aegisPath},
                                         {QStringLiteral("backupPath"), backupPath},
                                         {QStringLiteral("vaultPassword"), vaultPassword},
                                         {QStringLiteral("wrongPassword"), wrongPassword},
                                         {QStringLiteral("exportPassword"), exportPassword},
                                         {QStringLiteral("renamedTo"), renamedTo},
                                         {QStringLiteral("accounts"), list}})
            .toJson(QJsonDocument::Compact);
    }

    static SessionInput fromJson(const QByteArray& json)
    {
        const QJsonObject object = QJsonDocument::fromJson(json).object();
        SessionInput input;
        input.root = object.value(QStringLiteral("root")).toString();
        input.aegisPath = object.value(QStringLiteral("aegisPath")).toString();
        input.backupPath = object.value(QStringLiteral("backupPath")).toString();
        input.vaultPassword = object.value(QStringLiteral("vaultPassword")).toString();
        input.wrongPassword = object.value(QStringLiteral("wrongPassword")).toString();
        input.exportPassword = object.value(QStringLiteral("exportPassword")).toString();
        input.renamedTo = object.value(QStringLiteral("renamedTo")).toString();
        for (const QJsonValue& value : object.value(QStringLiteral("accounts")).toArray()) {
            auto parsed = otp::parseOtpauthUri(value.toObject().value(QStringLiteral("uri")).toString());
            REQUIRE(parsed);
            input.accounts.append(std::move(parsed).value().account);
        }
        return input;
    }
};

struct Needle
{
    QByteArray bytes;
    std::string what; // printed instead of the bytes, so a failure report leaks nothing itself
};

QString base32Of(const otp::Account& account, bool pad)
{
    return otp::encodeBase32(account.secret.bytes(), pad);
}

// Every form in which a secret or a password could land in a file or a log by mistake.
QList<Needle> secretNeedles(const SessionInput& input)
{
    QList<Needle> needles;
    for (int i = 0; i < input.accounts.size(); ++i) {
        const otp::Account& account = input.accounts.at(i);
        const std::string n = "account " + std::to_string(i) + ' ';
        const QByteArray raw(reinterpret_cast<const char*>(account.secret.data()),
                             static_cast<qsizetype>(account.secret.size()));
        const QString unpadded = base32Of(account, false);
        needles += {{base32Of(account, true).toLatin1(), n + "base32"},
                    {unpadded.toLatin1(), n + "base32 unpadded"},
                    {unpadded.toLower().toLatin1(), n + "base32 lower case"},
                    {utf16(unpadded), n + "base32 as UTF-16"},
                    {raw, n + "raw secret bytes"},
                    {raw.toHex(), n + "hex"},
                    {raw.toHex().toUpper(), n + "hex upper case"},
                    {raw.toBase64(), n + "base64"},
                    {raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals), n + "base64url"},
                    {otp::formatOtpauthUri(account).toUtf8(), n + "otpauth URI"}};
    }
    const QList<std::pair<QString, std::string>> passwords{{input.vaultPassword, "vault password"},
                                                           {input.wrongPassword, "mistyped vault password"},
                                                           {input.exportPassword, "backup password"}};
    for (const auto& [password, what] : passwords) {
        needles += {{password.toUtf8(), what}, {utf16(password), what + " as UTF-16"}};
    }
    return needles;
}

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

QStringList foundIn(const QByteArray& haystack, const QList<Needle>& needles)
{
    QStringList found;
    for (const Needle& needle : needles) {
        if (!needle.bytes.isEmpty() && haystack.contains(needle.bytes)) {
            found << QString::fromStdString(needle.what);
        }
    }
    return found;
}

QByteArray masked(QByteArray text, const QList<Needle>& needles)
{
    for (const Needle& needle : needles) {
        text.replace(needle.bytes, QByteArray::fromStdString("<" + needle.what + ">"));
    }
    return text;
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

// QTest::keyClicks takes Latin-1 only; other characters arrive as an input method would send them.
void typeText(QWidget* widget, const QString& text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x80) {
            QTest::keyClick(widget, c.toLatin1());
        } else {
            QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
        }
    }
}

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

template <typename T> T* child(const QObject& parent, const char* name)
{
    auto* found = parent.findChild<T*>(QString::fromLatin1(name));
    REQUIRE(found != nullptr);
    return found;
}

template <typename T> T* waitForChild(const QObject& parent)
{
    T* found = nullptr;
    REQUIRE(QTest::qWaitFor([&] { return (found = parent.findChild<T*>()) != nullptr; }, 2000));
    return found;
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

// Files below `dir` (at most `depth` levels) changed since `since`, leaving out `skip` and below.
QStringList changedFiles(const QString& dir, const QDateTime& since, int depth, const QStringList& skip)
{
    QStringList files;
    const QFileInfoList entries =
        QDir(dir).entryInfoList(QDir::Files | QDir::Dirs | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    for (const QFileInfo& entry : entries) {
        const QString path = entry.absoluteFilePath();
        if (entry.isSymLink() ||
            std::any_of(skip.cbegin(), skip.cend(), [&path](const QString& s) { return path.startsWith(s); })) {
            continue;
        }
        if (entry.isDir() && depth > 0) {
            files += changedFiles(path, since, depth - 1, skip);
        } else if (entry.isFile() && entry.lastModified() >= since && entry.size() < 16 * 1024 * 1024) {
            files << path;
        }
    }
    return files;
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
        REQUIRE(window.isUnlocked());
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
        closeEnrollment(window, codes);
        REQUIRE(window.vault()->entries().size() == 4);
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
        window.exportAccounts();
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
        REQUIRE_FALSE(window.isUnlocked());
        password->selectAll();
        typeText(password, in.vaultPassword);
        QTest::keyClick(password, Qt::Key_Return);
        REQUIRE(window.isUnlocked());
        CHECK(password->text().isEmpty());
        CHECK(window.vault()->entries().size() == 4);

        // Open the backup in the import dialog with its password: all four are already there.
        window.importAccounts();
        auto* import = waitForChild<ui::ImportDialog>(window);
        import->openFile(in.backupPath);
        QTest::keyClicks(child<QLineEdit>(*import, "importPasswordLineEdit"), in.exportPassword);
        QTest::mouseClick(child<QPushButton>(*import, "unlockFileButton"), Qt::LeftButton);
        CHECK(child<QLineEdit>(*import, "importPasswordLineEdit")->text().isEmpty());
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
    for (const QString& message : std::as_const(g_log)) {
        const QStringList found = foundIn(message.toUtf8() + '\n' + utf16(message), needles);
        INFO("a Qt message holds " << found.join(QStringLiteral(", ")).toStdString());
        CHECK(found.isEmpty());
    }
    // The codes go to the parent on stdout, the last thing printed: they may be in no file.
    std::cout << "\ncodes: " << codes.join(QLatin1Char(' ')).toStdString() << std::endl;
}

TEST_CASE("no file, log line or window title of a full GUI session holds a secret or a password",
          "[hardening][secrets][gui]")
{
    QTemporaryDir root;
    REQUIRE(root.isValid());
    const QStringList dirs{QStringLiteral("home"),  QStringLiteral("config"), QStringLiteral("data"),
                           QStringLiteral("cache"), QStringLiteral("state"),  QStringLiteral("runtime"),
                           QStringLiteral("tmp")};
    for (const QString& dir : dirs) {
        REQUIRE(QDir().mkpath(root.filePath(dir)));
    }
    QFile::setPermissions(root.filePath(QStringLiteral("runtime")),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);

    SessionInput in;
    in.root = root.path();
    in.aegisPath = root.filePath(QStringLiteral("home/aegis-export.json"));
    in.backupPath = root.filePath(QStringLiteral("home/backup.twostep"));
    in.vaultPassword = token("vault-") + QStringLiteral("-비밀");
    in.wrongPassword = token("wrong-");
    in.exportPassword = token("export-");
    in.renamedTo = token("renamed-");
    const auto makeAccount = [](int bytes, const QString& issuer, const QString& name, otp::OtpParameters parameters) {
        QByteArray secret = randomBytes(bytes);
        return otp::Account{issuer, name, SecretBytes::takeFrom(secret), parameters};
    };
    const auto totp = otp::OtpParameters::totpDefaults();
    in.accounts = {
        makeAccount(40, QStringLiteral("Amazon Web Services"), token("root-") + QStringLiteral("@123456789012"), totp),
        makeAccount(32, token("Issuer"), token("bob-"),
                    otp::OtpParameters::create(otp::OtpType::Totp, otp::Algorithm::Sha512, 8, 30).value()),
        makeAccount(20, token("Issuer"), token("carol-"),
                    otp::OtpParameters::create(otp::OtpType::Hotp, otp::Algorithm::Sha1, 6, 30, 5).value()),
        makeAccount(20, token("Issuer"), token("dave-"), totp),
    };

    const QDateTime started = QDateTime::currentDateTime().addSecs(-2);
    const test::ProcessResult session = test::runProcess(
        QCoreApplication::applicationFilePath(), {kDriverName}, in.toJson(),
        {QStringLiteral("HOME=") + root.filePath(QStringLiteral("home")),
         QStringLiteral("XDG_CONFIG_HOME=") + root.filePath(QStringLiteral("config")),
         QStringLiteral("XDG_DATA_HOME=") + root.filePath(QStringLiteral("data")),
         QStringLiteral("XDG_CACHE_HOME=") + root.filePath(QStringLiteral("cache")),
         QStringLiteral("XDG_STATE_HOME=") + root.filePath(QStringLiteral("state")),
         QStringLiteral("XDG_RUNTIME_DIR=") + root.filePath(QStringLiteral("runtime")),
         QStringLiteral("TMPDIR=") + root.filePath(QStringLiteral("tmp")), QStringLiteral("TWOSTEP_VAULT="),
         QStringLiteral("QT_QPA_PLATFORM=offscreen"), QStringLiteral("QT_LOGGING_RULES=*.debug=true")},
        90000);
    const QList<Needle> needles = secretNeedles(in);
    {
        // The session's report is shown with every secret replaced by its description.
        const QStringList leaked = foundIn(session.out + session.err, needles);
        INFO("the session's stdout/stderr hold " << leaked.join(QStringLiteral(", ")).toStdString());
        INFO("session stdout:\n" << masked(session.out, needles).toStdString());
        INFO("session stderr (end):\n" << masked(session.err.right(3000), needles).toStdString());
        CHECK(session.exitCode == 0);
        CHECK(leaked.isEmpty());
    }

    // Names and the codes seen may be in no file either (a code on the clipboard is fine).
    QList<Needle> fileNeedles = needles;
    for (const otp::Account& account : std::as_const(in.accounts)) {
        fileNeedles += {{account.name.toUtf8(), "an account name"}, {utf16(account.name), "an account name (UTF-16)"}};
        if (account.issuer != QLatin1String("Amazon Web Services")) {
            fileNeedles += {{account.issuer.toUtf8(), "an issuer"}};
        }
    }
    fileNeedles += {{in.renamedTo.toUtf8(), "the new account name"}};
    const qsizetype codesAt = session.out.lastIndexOf("\ncodes: ") + 8;
    const QList<QByteArray> codes = session.out.mid(codesAt, session.out.indexOf('\n', codesAt) - codesAt).split(' ');
    CHECK(codes.size() == 7);
    for (const QByteArray& code : codes) {
        CHECK(code.size() >= 6);
        fileNeedles += {{code, "a code shown in the session"}};
    }

    // The Aegis file is plaintext on purpose; it proves the needles would be found.
    QFile aegis(in.aegisPath);
    REQUIRE(aegis.open(QIODevice::ReadOnly));
    const QByteArray aegisJson = aegis.readAll();
    for (const otp::Account& account : std::as_const(in.accounts)) {
        CHECK(aegisJson.contains(base32Of(account, false).toLatin1()));
    }

    QStringList scanned;
    QDirIterator it(root.path(), QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (path == in.aegisPath) {
            continue;
        }
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        scanned << QDir(root.path()).relativeFilePath(path);
        const QStringList found = foundIn(file.readAll(), fileNeedles);
        INFO("file " << scanned.last().toStdString() << " holds " << found.join(QStringLiteral(", ")).toStdString());
        CHECK(found.isEmpty());
    }
    INFO("scanned: " << scanned.join(QStringLiteral(", ")).toStdString());
    CHECK(scanned.contains(QStringLiteral("data/twostep/twostep/vault.twostep")));
    CHECK(scanned.contains(QStringLiteral("config/twostep/twostep.conf")));
    CHECK(scanned.contains(QStringLiteral("home/backup.twostep")));
    CHECK(std::count_if(scanned.cbegin(), scanned.cend(),
                        [](const QString& path) { return path.startsWith(QStringLiteral("config/autostart/")); }) == 1);
    CHECK(std::count_if(scanned.cbegin(), scanned.cend(),
                        [](const QString& path) { return path.contains(QStringLiteral("/backups/")); }) >= 5);

    // Nothing may have gone around the redirected folders: files changed meanwhile in the usual
    // shared places (other processes' files too; none can hold this session's random needles).
    QStringList outside;
    const QString realHome = QDir::homePath();
    // This test's own output may be redirected to a file there: it holds the codes by design.
    QStringList skip{root.path(), QFileInfo(QStringLiteral("/proc/self/fd/1")).symLinkTarget(),
                     QFileInfo(QStringLiteral("/proc/self/fd/2")).symLinkTarget()};
    skip.removeAll(QString());
    const QList<std::pair<QString, int>> shared{{QStringLiteral("/tmp"), 2},
                                                {QStringLiteral("/var/tmp"), 2},
                                                {QStringLiteral("/dev/shm"), 1},
                                                {realHome + QStringLiteral("/.config"), 3},
                                                {realHome + QStringLiteral("/.local/share"), 3},
                                                {realHome + QStringLiteral("/.cache"), 2}};
    for (const auto& [dir, depth] : shared) {
        outside += changedFiles(dir, started, depth, skip);
    }
    for (const QString& path : std::as_const(outside)) {
        QFile file(path);
        if (file.open(QIODevice::ReadOnly)) {
            const QStringList found = foundIn(file.readAll(), fileNeedles);
            INFO("file " << path.toStdString() << " holds " << found.join(QStringLiteral(", ")).toStdString());
            CHECK(found.isEmpty());
        }
    }
}

// QLineEdit::clear() records what it removes in the field's undo history, even in password mode:
// switching the echo mode to Normal and calling undo() brings the password back. setText({})
// drops the history. Each field is checked after the step that is meant to forget it.
TEST_CASE("password fields keep no undo history of the password once used", "[hardening][secrets][gui][!mayfail]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString password = token("pw-");
    const auto recoverable = [](QLineEdit* field) {
        field->setEchoMode(QLineEdit::Normal);
        field->undo();
        const QString text = field->text();
        field->setText(QString());
        field->setEchoMode(QLineEdit::Password);
        return text;
    };
    ui::Settings settings(dir.filePath(QStringLiteral("settings.ini")));
    ui::ClipboardService clipboard(QGuiApplication::clipboard());
    ui::MainWindow window(dir.filePath(QStringLiteral("vault.twostep")), settings, clipboard);
    window.setKdfParameters(vault::fastKdfParametersForTests());
    window.show();

    auto* newPassword = child<QLineEdit>(window, "newPasswordLineEdit");
    auto* confirm = child<QLineEdit>(window, "confirmPasswordLineEdit");
    QTest::keyClicks(newPassword, password);
    QTest::keyClicks(confirm, password);
    QTest::mouseClick(child<QPushButton>(window, "createVaultButton"), Qt::LeftButton);
    REQUIRE(window.isUnlocked());
    CHECK(recoverable(newPassword).isEmpty());
    CHECK(recoverable(confirm).isEmpty());

    QByteArray secret = randomBytes(20);
    otp::Account account{QStringLiteral("Example"), QStringLiteral("alice"), SecretBytes::takeFrom(secret),
                         otp::OtpParameters::totpDefaults()};
    window.addAccounts({account}, false);
    window.lock();
    auto* unlock = child<QLineEdit>(window, "passwordLineEdit");
    QTest::keyClicks(unlock, password);
    QTest::keyClick(unlock, Qt::Key_Return);
    REQUIRE(window.isUnlocked());
    CHECK(recoverable(unlock).isEmpty());

    const QString backup = dir.filePath(QStringLiteral("backup.twostep"));
    REQUIRE(vault::writeVaultCopy(backup, window.vault()->entries(), SecretBytes::fromUtf8(password),
                                  vault::fastKdfParametersForTests()));
    window.importAccounts();
    auto* import = waitForChild<ui::ImportDialog>(window);
    import->openFile(backup);
    auto* importPassword = child<QLineEdit>(*import, "importPasswordLineEdit");
    QTest::keyClicks(importPassword, password);
    QTest::mouseClick(child<QPushButton>(*import, "unlockFileButton"), Qt::LeftButton);
    REQUIRE(importPassword->text().isEmpty());
    CHECK(recoverable(importPassword).isEmpty());
    import->reject();
    window.close();
}

namespace {

// Copies of `needle` in this process's writable memory, by where they are: [heap], [stack] and
// the other writable mappings (malloc arenas, thread stacks, libraries' data).
struct MemoryCopies
{
    int heap = 0;
    int stack = 0;
    int other = 0;
    int total() const { return heap + stack + other; }
};

MemoryCopies copiesInMemory(const QByteArray& needle)
{
    QFile maps(QStringLiteral("/proc/self/maps"));
    REQUIRE(maps.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = maps.readAll().split('\n');
    const int mem = ::open("/proc/self/mem", O_RDONLY);
    REQUIRE(mem >= 0);
    MemoryCopies copies;
    QByteArray buffer;
    for (const QByteArray& line : lines) {
        const QList<QByteArray> fields = line.simplified().split(' ');
        if (fields.size() < 2 || !fields.at(1).startsWith("rw") || line.contains("[vvar")) {
            continue;
        }
        const QList<QByteArray> range = fields.at(0).split('-');
        const quint64 begin = range.at(0).toULongLong(nullptr, 16);
        const quint64 end = range.at(1).toULongLong(nullptr, 16);
        buffer.resize(static_cast<qsizetype>(end - begin));
        const ssize_t read = ::pread(mem, buffer.data(), static_cast<size_t>(buffer.size()), static_cast<off_t>(begin));
        int& count = line.contains("[heap]") ? copies.heap : line.contains("[stack]") ? copies.stack : copies.other;
        for (qsizetype at = 0; read > 0 && (at = buffer.indexOf(needle, at)) >= 0 && at < read; at += needle.size()) {
            ++count;
        }
    }
    ::close(mem);
    buffer.fill('\0');
    return copies;
}

} // namespace

// Not a test: how many copies of a typed vault password stay in memory after each step (the
// probe's own copies subtracted). Run by hand: twostep_hardening_gui_tests "[.memory-probe]"
TEST_CASE("GUI memory probe: copies of the vault password left in memory", "[.memory-probe]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString password = token("probe-");
    const QByteArray utf8 = password.toUtf8();
    const QByteArray wide = utf16(password);
    const MemoryCopies baseUtf8 = copiesInMemory(utf8);
    const MemoryCopies baseWide = copiesInMemory(wide);
    const auto report = [&](const char* step) {
        const auto line = [](const MemoryCopies& now, const MemoryCopies& base) {
            return std::to_string(now.total() - base.total()) + " (heap " + std::to_string(now.heap - base.heap) +
                   ", stack " + std::to_string(now.stack - base.stack) + ", other " +
                   std::to_string(now.other - base.other) + ")";
        };
        WARN(step << ": UTF-8 copies " << line(copiesInMemory(utf8), baseUtf8) << "; UTF-16 copies "
                  << line(copiesInMemory(wide), baseWide));
    };
    {
        ui::Settings settings(dir.filePath(QStringLiteral("settings.ini")));
        ui::ClipboardService clipboard(QGuiApplication::clipboard());
        ui::MainWindow window(dir.filePath(QStringLiteral("vault.twostep")), settings, clipboard);
        window.setKdfParameters(vault::fastKdfParametersForTests());
        window.show();
        QTest::keyClicks(child<QLineEdit>(window, "newPasswordLineEdit"), password);
        QTest::keyClicks(child<QLineEdit>(window, "confirmPasswordLineEdit"), password);
        report("typed twice on the create page");
        QTest::mouseClick(child<QPushButton>(window, "createVaultButton"), Qt::LeftButton);
        REQUIRE(window.isUnlocked());
        report("vault created");
        window.lock();
        auto* unlock = child<QLineEdit>(window, "passwordLineEdit");
        QTest::keyClicks(unlock, password);
        QTest::keyClick(unlock, Qt::Key_Return);
        REQUIRE(window.isUnlocked());
        report("locked and unlocked");
        window.lock();
        report("locked again");
    }
    report("window destroyed");
}

namespace {

// Starts `program` in `dir` with core dumps allowed as far as the hard limit goes, sends it
// SIGSEGV once it runs, and returns the files named core* left in `dir`.
QStringList coresAfterCrash(const QString& program, const QStringList& arguments, const QString& dir,
                            const std::function<bool(qint64 pid)>& ready)
{
    QProcess process;
    process.setWorkingDirectory(dir);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), dir);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir + QStringLiteral("/config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), dir + QStringLiteral("/data"));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), dir);
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(env);
    process.setChildProcessModifier([] {
        rlimit limit{};
        getrlimit(RLIMIT_CORE, &limit);
        limit.rlim_cur = limit.rlim_max;
        setrlimit(RLIMIT_CORE, &limit);
    });
    process.start(program, arguments);
    REQUIRE(process.waitForStarted());
    CHECK(QTest::qWaitFor([&] { return ready(process.processId()); }, 10000));
    ::kill(static_cast<pid_t>(process.processId()), SIGSEGV);
    REQUIRE(process.waitForFinished(10000));
    CHECK(process.exitStatus() == QProcess::CrashExit);
    return QDir(dir).entryList({QStringLiteral("core*")}, QDir::Files);
}

QString limitsOf(qint64 pid)
{
    QFile limits(QStringLiteral("/proc/%1/limits").arg(pid));
    return limits.open(QIODevice::ReadOnly) ? QString::fromLatin1(limits.readAll()) : QString();
}

} // namespace

// Crash output: the GUI turns core dumps off first thing (twostep::hardenProcess), so a crash with
// an unlocked vault cannot leave the secrets in a core file. An unhardened process in the same
// place does leave one, which proves the check would see it.
TEST_CASE("the twostep GUI leaves no core file when it crashes", "[hardening][secrets][gui]")
{
    QFile pattern(QStringLiteral("/proc/sys/kernel/core_pattern"));
    REQUIRE(pattern.open(QIODevice::ReadOnly));
    const QByteArray corePattern = pattern.readAll().trimmed();
    rlimit limit{};
    REQUIRE(getrlimit(RLIMIT_CORE, &limit) == 0);
    if (corePattern.startsWith('|') || corePattern.contains('/') || limit.rlim_max == 0) {
        WARN("core files go elsewhere here (core_pattern " << corePattern.toStdString() << ", hard limit "
                                                           << limit.rlim_max << "): only the limit is checked");
    }
    const bool filesHere = !corePattern.startsWith('|') && !corePattern.contains('/') && limit.rlim_max != 0;

    QTemporaryDir gui;
    REQUIRE(gui.isValid());
    const QStringList guiCores = coresAfterCrash(
        QStringLiteral(TWOSTEP_GUI_PATH), {QStringLiteral("--vault"), gui.filePath(QStringLiteral("vault.twostep"))},
        gui.path(), [](qint64 pid) {
            const QString limits = limitsOf(pid);
            // hardenProcess() has run once the limit reads 0 (the parent allowed more).
            return limits.contains(QRegularExpression(QStringLiteral("Max core file size\\s+0\\s+0\\s")));
        });
    CHECK(guiCores.isEmpty());

    if (filesHere) {
        QTemporaryDir plain;
        REQUIRE(plain.isValid());
        const QStringList plainCores = coresAfterCrash(QStringLiteral("sleep"), {QStringLiteral("30")}, plain.path(),
                                                       [](qint64 pid) { return !limitsOf(pid).isEmpty(); });
        CHECK_FALSE(plainCores.isEmpty());
    }
}
