// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "VaultTestSupport.h"
#include "otp/Base32.h"
#include "ui/Settings.h"
#include "ui/SettingsDialog.h"
#include "ui/desktop/CodeServer.h"
#include "vault/Vault.h"

#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace twostep;
using CliCodes = ui::Settings::CliCodes;

namespace {

// RFC 6238's SHA-1 seed, "12345678901234567890".
const QString kSecret = QStringLiteral("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
const QString kAccount = QStringLiteral("root-account-mfa-device");

// oathtool's code for the step of `unixTime`.
QString oathtoolCode(qint64 unixTime)
{
    const test::ProcessResult result =
        test::runProcess(QStringLiteral("oathtool"), {QStringLiteral("--totp"), QStringLiteral("-b"),
                                                      QStringLiteral("--now=@%1").arg(unixTime), kSecret});
    REQUIRE(result.exitCode == 0);
    return QString::fromLatin1(result.out).trimmed();
}

// A window's code server on a real vault in a private runtime folder; `locked` drops the vault.
struct ServedVault
{
    QTemporaryDir dir;
    QString vaultPath = dir.filePath(QStringLiteral("vault.twostep"));
    ui::Settings settings{dir.filePath(QStringLiteral("settings.ini"))};
    std::optional<vault::Vault> vault;
    QWidget window;
    ui::CodeServer server{settings, [this]() -> const vault::Vault* { return vault ? &*vault : nullptr; }, &window};
    int dialogs = 0;

    explicit ServedVault(CliCodes policy)
    {
        REQUIRE(dir.isValid());
        const QString runtime = dir.filePath(QStringLiteral("run"));
        REQUIRE(QDir().mkpath(runtime));
        REQUIRE(QFile::setPermissions(runtime, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtime));
        vault = vault::Vault::create(vaultPath, test::password(), vault::fastKdfParametersForTests()).value();
        otp::Account account;
        account.issuer = QStringLiteral("Amazon Web Services");
        account.name = kAccount + QStringLiteral("@123456789012");
        account.secret = otp::decodeBase32(kSecret).value();
        REQUIRE(vault->addAccount(account));
        settings.setCodesForCommandLine(policy);
        REQUIRE(server.listen());
        QObject::connect(&server, &ui::CodeServer::askShown, &window, [this] { ++dialogs; });
    }
};

// twostep-cli code as aws-vault runs it: through sh, stdin from /dev/null, no controlling terminal.
struct CliRun
{
    QProcess process;
    qint64 startedAt = QDateTime::currentSecsSinceEpoch();

    CliRun(const ServedVault& served, const QStringList& options = {})
    {
        process.setChildProcessModifier([] { ::setsid(); });
        process.start(QStringLiteral("sh"),
                      QStringList{QStringLiteral("-c"), QStringLiteral("exec \"$0\" code \"$@\" </dev/null"),
                                  test::cliPath(), kAccount, QStringLiteral("--vault"), served.vaultPath} +
                          options);
        REQUIRE(process.waitForStarted());
    }
    // Runs the event loop (the server lives in this process) until the CLI exits.
    int finish()
    {
        REQUIRE(QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 90'000));
        return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    }
    QByteArray out() { return process.readAllStandardOutput(); }
    QByteArray err() { return process.readAllStandardError(); }
};

// Exactly one line of six digits, one of oathtool's codes for the steps the run spanned.
void checkCode(const QByteArray& out, qint64 from, qint64 to)
{
    const QString text = QString::fromLatin1(out);
    REQUIRE(QRegularExpression(QStringLiteral("\\A\\d{6}\\n\\z")).match(text).hasMatch());
    CHECK((text.trimmed() == oathtoolCode(from) || text.trimmed() == oathtoolCode(to)));
}

QPushButton* askDialogButton(const char* name)
{
    QPushButton* button = nullptr;
    REQUIRE(QTest::qWaitFor([&] {
        for (QWidget* widget : QApplication::topLevelWidgets()) {
            if (widget->objectName() == QLatin1String("codeRequestDialog") && widget->isVisible()) {
                button = widget->findChild<QPushButton*>(QString::fromLatin1(name));
            }
        }
        return button != nullptr;
    }));
    return button;
}

} // namespace

TEST_CASE("allow while unlocked gives the code through sh with stdin from dev null", "[codeserver]")
{
    ServedVault served(CliCodes::AllowWhileUnlocked);
    CliRun cli(served);
    REQUIRE(cli.finish() == 0);
    checkCode(cli.out(), cli.startedAt, QDateTime::currentSecsSinceEpoch());
    CHECK(served.dialogs == 0);
}

TEST_CASE("the socket is the user's alone: folder 0700, socket 0600", "[codeserver]")
{
    ServedVault served(CliCodes::AllowWhileUnlocked);
    struct stat info
    {};
    REQUIRE(::stat(QFile::encodeName(ui::CodeServer::socketPath()).constData(), &info) == 0);
    CHECK(S_ISSOCK(info.st_mode));
    CHECK((info.st_mode & 0777) == 0600);
    REQUIRE(::stat(QFile::encodeName(QFileInfo(ui::CodeServer::socketPath()).path()).constData(), &info) == 0);
    CHECK((info.st_mode & 0777) == 0700);
}

TEST_CASE("fresh codes from the window across two processes: the second waits for the next step", "[codeserver]")
{
    ServedVault served(CliCodes::AllowWhileUnlocked);
    CliRun first(served, {QStringLiteral("--fresh")});
    REQUIRE(first.finish() == 0);
    const QString code = QString::fromLatin1(first.out()).trimmed();
    const qint64 end = QDateTime::currentSecsSinceEpoch();
    const qint64 step = code == oathtoolCode(first.startedAt) ? first.startedAt / 30 : end / 30;
    REQUIRE(code == oathtoolCode(step * 30));
    CliRun second(served, {QStringLiteral("--fresh")});
    REQUIRE(second.finish() == 0);
    CHECK(second.out() == (oathtoolCode((step + 1) * 30) + QLatin1Char('\n')).toLatin1());
    CHECK(second.err().contains("already handed out in this time step; waiting"));
    CHECK(QDateTime::currentSecsSinceEpoch() >= (step + 1) * 30);
}

TEST_CASE("never refuses and the CLI falls through to the other sources", "[codeserver]")
{
    ServedVault served(CliCodes::Never);
    CliRun cli(served);
    CHECK(cli.finish() != 0);
    CHECK(cli.out().isEmpty());
    const QByteArray err = cli.err();
    CHECK(err.contains("tried the Twostep window (never)"));
    CHECK(err.contains("--password-stdin"));
    CHECK(err.contains("terminal"));
}

TEST_CASE("a locked window refuses and the CLI falls through", "[codeserver]")
{
    ServedVault served(CliCodes::AllowWhileUnlocked);
    served.vault.reset();
    CliRun cli(served);
    CHECK(cli.finish() != 0);
    CHECK(cli.out().isEmpty());
    CHECK(cli.err().contains(
        "tried the Twostep window (locked), the keyring (the vault has no keyring slot), then: no password"));
}

TEST_CASE("ask each time and Deny refuses the code", "[codeserver]")
{
    ServedVault served(CliCodes::Ask);
    CliRun cli(served);
    QTest::mouseClick(askDialogButton("denyButton"), Qt::LeftButton);
    CHECK(cli.finish() == 7); // twostep-cli(1), EXIT STATUS: refused in the window
    CHECK(cli.out().isEmpty());
    CHECK(cli.err().contains("denied"));
    CHECK(served.dialogs == 1);
}

TEST_CASE("the ask dialog names the program that ran the CLI through sh, from the kernel's process tree",
          "[codeserver]")
{
    ServedVault served(CliCodes::Ask);
    QProcess process;
    // No exec: sh stays between this test and the CLI, as with aws-vault's credential_process.
    process.start(QStringLiteral("sh"), {QStringLiteral("-c"), QStringLiteral("\"$0\" code \"$@\" </dev/null; exit $?"),
                                         test::cliPath(), kAccount, QStringLiteral("--vault"), served.vaultPath});
    REQUIRE(process.waitForStarted());
    QPushButton* deny = askDialogButton("denyButton");
    auto* dialog = qobject_cast<QMessageBox*>(deny->window());
    REQUIRE(dialog != nullptr);
    QFile comm(QStringLiteral("/proc/self/comm"));
    REQUIRE(comm.open(QIODevice::ReadOnly));
    const QString self = QString::fromUtf8(comm.readAll()).trimmed();
    CHECK(dialog->text().startsWith(QStringLiteral("sh (run by %1) asks for the code of").arg(self)));
    QTest::mouseClick(deny, Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 30'000));
    CHECK(process.exitCode() == 7);
}

TEST_CASE("a program on the socket itself is named itself; a name only the request gives is unverified", "[codeserver]")
{
    int pair[2] = {-1, -1};
    REQUIRE(::socketpair(AF_UNIX, SOCK_STREAM, 0, pair) == 0);
    QFile comm(QStringLiteral("/proc/self/comm"));
    REQUIRE(comm.open(QIODevice::ReadOnly));
    const QJsonObject claim{{QStringLiteral("program"), QStringLiteral("aws-vault")}};
    // The peer is this test, not twostep-cli: its own name, from the kernel.
    const ui::CodeServer::Asker self = ui::CodeServer::askerOf(pair[0], claim);
    CHECK(self.name == QString::fromUtf8(comm.readAll()).trimmed());
    CHECK(self.verified);
    ::close(pair[0]);
    ::close(pair[1]);
    // No credentials to ask: the request's name, unverified (no 10-minute grant for it).
    const ui::CodeServer::Asker claimed = ui::CodeServer::askerOf(-1, claim);
    CHECK(claimed.name == QStringLiteral("aws-vault"));
    CHECK_FALSE(claimed.verified);
}

TEST_CASE("ask each time and Allow for 10 minutes answers twice with one dialog", "[codeserver]")
{
    ServedVault served(CliCodes::Ask);
    CliRun first(served);
    QTest::mouseClick(askDialogButton("allowTenMinutesButton"), Qt::LeftButton);
    REQUIRE(first.finish() == 0);
    checkCode(first.out(), first.startedAt, QDateTime::currentSecsSinceEpoch());
    CliRun second(served);
    REQUIRE(second.finish() == 0);
    checkCode(second.out(), second.startedAt, QDateTime::currentSecsSinceEpoch());
    CHECK(served.dialogs == 1);
}

TEST_CASE("the peer uid check tells this user from another", "[codeserver]")
{
    int pair[2];
    REQUIRE(::socketpair(AF_UNIX, SOCK_STREAM, 0, pair) == 0);
    CHECK(ui::CodeServer::isPeerUid(pair[0], ::getuid()));
    CHECK_FALSE(ui::CodeServer::isPeerUid(pair[0], ::getuid() + 1));
    ::close(pair[0]);
    ::close(pair[1]);
    if (::getuid() != 0) {
        TWOSTEP_SKIP("a peer of another uid needs root to setuid(65534)");
    }
    // A real process of uid 65534 at the other end: an abstract socket it listens on.
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    const QByteArray name = "twostep-peer-test-" + QByteArray::number(::getpid());
    std::memcpy(address.sun_path + 1, name.constData(), static_cast<std::size_t>(name.size()));
    const auto length = static_cast<socklen_t>(offsetof(sockaddr_un, sun_path) + 1 + name.size());
    int ready[2];
    REQUIRE(::pipe(ready) == 0);
    const pid_t child = ::fork();
    if (child == 0) {
        const int listener = ::socket(AF_UNIX, SOCK_STREAM, 0);
        if (::setuid(65534) != 0 || ::bind(listener, reinterpret_cast<sockaddr*>(&address), length) != 0 ||
            ::listen(listener, 1) != 0) {
            ::_exit(1);
        }
        (void)!::write(ready[1], "r", 1);
        ::close(::accept(listener, nullptr, nullptr));
        ::_exit(0);
    }
    char signal = 0;
    REQUIRE(::read(ready[0], &signal, 1) == 1);
    const int client = ::socket(AF_UNIX, SOCK_STREAM, 0);
    REQUIRE(::connect(client, reinterpret_cast<sockaddr*>(&address), length) == 0);
    CHECK_FALSE(ui::CodeServer::isPeerUid(client, ::getuid()));
    CHECK(ui::CodeServer::isPeerUid(client, 65534));
    ::close(client);
    int status = 0;
    ::waitpid(child, &status, 0);
    ::close(ready[0]);
    ::close(ready[1]);
}

TEST_CASE("the settings dialog keeps the choice of codes for the command line, ask each time by default",
          "[codeserver]")
{
    QTemporaryDir dir;
    ui::Settings settings(dir.filePath(QStringLiteral("settings.ini")));
    CHECK(settings.codesForCommandLine() == CliCodes::Ask);
    {
        ui::SettingsDialog dialog(settings);
        dialog.show();
        auto* choice = dialog.findChild<QComboBox*>(QStringLiteral("cliCodesComboBox"));
        REQUIRE(choice != nullptr);
        CHECK(choice->currentText() == QStringLiteral("Ask each time"));
        choice->setFocus();
        QTest::keyClick(choice, Qt::Key_End);
        CHECK(choice->currentText() == QStringLiteral("Never"));
        QTest::mouseClick(dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    }
    CHECK(settings.codesForCommandLine() == CliCodes::Never);
    ui::Settings reread(dir.filePath(QStringLiteral("settings.ini")));
    CHECK(reread.codesForCommandLine() == CliCodes::Never);
    reread.setCodesForCommandLine(CliCodes::AllowWhileUnlocked);
    CHECK(ui::Settings(dir.filePath(QStringLiteral("settings.ini"))).codesForCommandLine() ==
          CliCodes::AllowWhileUnlocked);
}
