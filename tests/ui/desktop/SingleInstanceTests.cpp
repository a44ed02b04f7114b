// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "otp/OtpauthUri.h"
#include "qr/QrEncoder.h"
#include "ui/MainWindow.h"
#include "ui/Settings.h"
#include "ui/desktop/ClipboardService.h"
#include "ui/desktop/SingleInstance.h"
#include "ui/dialogs/AddAccountDialog.h"
#include "vault/Vault.h"

#include <QClipboard>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLineEdit>
#include <QListWidget>
#include <QLocalServer>
#include <QLocalSocket>
#include <QProcess>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

#include <cstring>
#include <poll.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace twostep;

namespace {

const QString kUri = QStringLiteral("otpauth://totp/Example:alice@example.com?secret=JBSWY3DPEHPK3PXP&issuer=Example");

QString writeQrScreenshot(const QString& dir)
{
    const QString path = dir + QStringLiteral("/qr shot.png");
    REQUIRE(qr::encodeQr(kUri, 4).value().save(path));
    return path;
}

// A twostep GUI process on the offscreen platform with its own runtime and config folders and
// the single-instance log switched on (stderr only; it names messages, never secrets).
class GuiProcess
{
public:
    GuiProcess(const QTemporaryDir& dir, const QStringList& arguments)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), dir.filePath(QStringLiteral("run")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("twostep.instance.info=true"));
        m_process.setProcessEnvironment(env);
        m_process.start(QStringLiteral(TWOSTEP_GUI_PATH),
                        QStringList{QStringLiteral("--vault"), dir.filePath(QStringLiteral("vault.twostep")),
                                    QStringLiteral("--config"), dir.filePath(QStringLiteral("settings.ini"))} +
                            arguments);
        REQUIRE(m_process.waitForStarted());
    }
    ~GuiProcess()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished();
        }
    }

    // Waits until stderr holds `text`; false if the process ends or 20 s pass first.
    bool waitForLog(const QString& text)
    {
        return QTest::qWaitFor(
                   [&] {
                       m_err += m_process.readAllStandardError();
                       return QString::fromUtf8(m_err).contains(text) || m_process.state() == QProcess::NotRunning;
                   },
                   20000) &&
               QString::fromUtf8(m_err).contains(text);
    }
    QString log() const { return QString::fromUtf8(m_err); }
    QProcess& process() { return m_process; }

private:
    QProcess m_process;
    QByteArray m_err;
};

test::ProcessResult startSecond(const QTemporaryDir& dir, const QStringList& arguments)
{
    return test::runProcess(QStringLiteral(TWOSTEP_GUI_PATH),
                            QStringList{QStringLiteral("--vault"), dir.filePath(QStringLiteral("vault.twostep")),
                                        QStringLiteral("--config"), dir.filePath(QStringLiteral("settings.ini"))} +
                                arguments,
                            {},
                            {QStringLiteral("QT_QPA_PLATFORM=offscreen"),
                             QStringLiteral("XDG_RUNTIME_DIR=") + dir.filePath(QStringLiteral("run")),
                             QStringLiteral("XDG_CONFIG_HOME=") + dir.filePath(QStringLiteral("config")),
                             QStringLiteral("XDG_DATA_HOME=") + dir.filePath(QStringLiteral("data"))},
                            30000);
}

QTemporaryDir makeRuntime()
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    REQUIRE(QDir(dir.path()).mkdir(QStringLiteral("run")));
    REQUIRE(QFile::setPermissions(dir.filePath(QStringLiteral("run")),
                                  QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    return dir;
}

} // namespace

TEST_CASE("A second twostep exits 0 and hands --scan-file to the running one", "[desktop][single-instance]")
{
    QTemporaryDir dir = makeRuntime();
    const QString shot = writeQrScreenshot(dir.path());
    GuiProcess first(dir, {});
    REQUIRE(first.waitForLog(QStringLiteral("listening on")));
    CHECK(first.log().contains(dir.filePath(QStringLiteral("run/twostep-"))));

    const test::ProcessResult second = startSecond(dir, {QStringLiteral("--scan-file"), shot});
    CHECK(second.exitCode == 0);
    REQUIRE(first.waitForLog(QStringLiteral("received: scan-file ") + shot));

    // A plain second start only raises the window.
    CHECK(startSecond(dir, {}).exitCode == 0);
    REQUIRE(first.waitForLog(QStringLiteral("received: raise")));
    CHECK(first.process().state() == QProcess::Running);
}

TEST_CASE("A second start hands on its launcher's activation token with raise and scan-file",
          "[desktop][single-instance]")
{
    QTemporaryDir dir = makeRuntime();
    const QString shot = writeQrScreenshot(dir.path());
    GuiProcess first(dir, {});
    REQUIRE(first.waitForLog(QStringLiteral("listening on")));
    const QStringList environment{QStringLiteral("QT_QPA_PLATFORM=offscreen"),
                                  QStringLiteral("XDG_RUNTIME_DIR=") + dir.filePath(QStringLiteral("run")),
                                  QStringLiteral("XDG_ACTIVATION_TOKEN=token-from-the-launcher")};
    const QStringList vault{QStringLiteral("--vault"), dir.filePath(QStringLiteral("vault.twostep"))};
    CHECK(test::runProcess(QStringLiteral(TWOSTEP_GUI_PATH), vault, {}, environment, 30000).exitCode == 0);
    REQUIRE(first.waitForLog(QStringLiteral("received: raise (with an activation token)")));
    CHECK(test::runProcess(QStringLiteral(TWOSTEP_GUI_PATH), vault + QStringList{QStringLiteral("--scan-file"), shot},
                           {}, environment, 30000)
              .exitCode == 0);
    REQUIRE(first.waitForLog(QStringLiteral("received: scan-file ") + shot +
                             QStringLiteral(" (with an activation token)")));
    // The token is not logged.
    CHECK_FALSE(first.log().contains(QStringLiteral("token-from-the-launcher")));
}

TEST_CASE("An otpauth link given to a second twostep reaches the running one, and the log keeps its secret out",
          "[desktop][single-instance]")
{
    QTemporaryDir dir = makeRuntime();
    GuiProcess first(dir, {});
    REQUIRE(first.waitForLog(QStringLiteral("listening on")));
    CHECK(startSecond(dir, {kUri}).exitCode == 0);
    REQUIRE(first.waitForLog(QStringLiteral("received: open-link otpauth:…")));
    CHECK_FALSE(first.log().contains(QStringLiteral("JBSWY3DPEHPK3PXP")));
    CHECK(first.process().state() == QProcess::Running);
}

TEST_CASE("A relative --scan-file path reaches the running instance as an absolute path", "[desktop][single-instance]")
{
    QTemporaryDir dir = makeRuntime();
    writeQrScreenshot(dir.path());
    GuiProcess first(dir, {});
    REQUIRE(first.waitForLog(QStringLiteral("listening on")));
    QProcess second;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), dir.filePath(QStringLiteral("run")));
    second.setProcessEnvironment(env);
    second.setWorkingDirectory(dir.path());
    second.start(QStringLiteral(TWOSTEP_GUI_PATH), {QStringLiteral("--vault"), QStringLiteral("vault.twostep"),
                                                    QStringLiteral("--scan-file"), QStringLiteral("qr shot.png")});
    REQUIRE(second.waitForFinished(30000));
    CHECK(second.exitCode() == 0);
    REQUIRE(first.waitForLog(QStringLiteral("received: scan-file ") + dir.filePath(QStringLiteral("qr shot.png"))));
}

TEST_CASE("A socket left by a killed instance is taken over by the next start", "[desktop][single-instance]")
{
    QTemporaryDir dir = makeRuntime();
    {
        GuiProcess crashed(dir, {});
        REQUIRE(crashed.waitForLog(QStringLiteral("listening on")));
        crashed.process().kill();
        REQUIRE(crashed.process().waitForFinished());
    }
    qputenv("XDG_RUNTIME_DIR", dir.filePath(QStringLiteral("run")).toUtf8());
    const QString socket = ui::SingleInstance(dir.filePath(QStringLiteral("vault.twostep"))).socketName();
    qunsetenv("XDG_RUNTIME_DIR");
    REQUIRE(QFileInfo::exists(socket)); // SIGKILL leaves the socket file behind

    GuiProcess next(dir, {});
    REQUIRE(next.waitForLog(QStringLiteral("listening on")));
    CHECK(startSecond(dir, {}).exitCode == 0);
    CHECK(next.waitForLog(QStringLiteral("received: raise")));
}

TEST_CASE("Different vaults and different runtime folders get their own instance", "[desktop][single-instance]")
{
    const ui::SingleInstance a(QStringLiteral("/tmp/a/vault.twostep"));
    const ui::SingleInstance b(QStringLiteral("/tmp/b/vault.twostep"));
    CHECK(a.socketName() != b.socketName());
    CHECK(a.socketName() == ui::SingleInstance(QStringLiteral("/tmp/a/../a/vault.twostep")).socketName());

    // In process: the first listens, a second object for the same vault delivers to it.
    QTemporaryDir dir = makeRuntime();
    qputenv("XDG_RUNTIME_DIR", dir.filePath(QStringLiteral("run")).toUtf8());
    ui::SingleInstance server(dir.filePath(QStringLiteral("v")));
    ui::SingleInstance client(dir.filePath(QStringLiteral("v")));
    qunsetenv("XDG_RUNTIME_DIR");
    CHECK_FALSE(client.sendToRunning({QStringLiteral("raise")}, 200));
    REQUIRE(server.listen());
    CHECK(QFileInfo(server.socketName()).permissions().testFlag(QFile::ReadOwner));
    CHECK_FALSE(QFileInfo(server.socketName()).permissions().testFlag(QFile::ReadOther));
}

TEST_CASE("scan-file opens the add-account flow with the screenshot, after the unlock when locked",
          "[desktop][single-instance]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString vaultPath = dir.filePath(QStringLiteral("vault.twostep"));
    const QString password = QStringLiteral("correct horse battery staple");
    REQUIRE(vault::Vault::create(vaultPath, SecretBytes::fromUtf8(password), vault::fastKdfParametersForTests()));
    const QString shot = writeQrScreenshot(dir.path());

    ui::Settings settings(dir.filePath(QStringLiteral("settings.ini")));
    ui::ClipboardService clipboard(QGuiApplication::clipboard());
    ui::MainWindow window(vaultPath, settings, clipboard);
    window.startInTray();
    CHECK_FALSE((window.isVisible() && !window.isMinimized()));

    // Locked: nothing opens yet, the window comes up for the password.
    CHECK(window.scanImageFile(shot) == nullptr);
    CHECK(window.isVisible());
    CHECK(window.findChild<ui::AddAccountDialog*>() == nullptr);

    auto* field = window.findChild<QLineEdit*>(QStringLiteral("passwordLineEdit"));
    REQUIRE(field != nullptr);
    QTest::keyClicks(field, password);
    QTest::mouseClick(window.findChild<QPushButton*>(QStringLiteral("unlockButton")), Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&window] { return window.isUnlocked(); }, 20000));
    auto* dialog = window.findChild<ui::AddAccountDialog*>();
    REQUIRE(dialog != nullptr);
    REQUIRE(QTest::qWaitFor([&] { return dialog->accounts().size() == 1; }, 10000));
    CHECK(dialog->accounts().first() == otp::parseOtpauthUri(kUri).value().account);
    dialog->accept();
    REQUIRE(window.vault()->entries().size() == 1);

    // Unlocked: the dialog opens at once and finds the account (already in the vault now).
    ui::AddAccountDialog* again = window.scanImageFile(shot);
    REQUIRE(again != nullptr);
    auto* list = again->findChild<QListWidget*>(QStringLiteral("candidateList"));
    REQUIRE(list != nullptr);
    REQUIRE(QTest::qWaitFor([&] { return list->count() == 1; }, 10000));
    CHECK(again->accounts().isEmpty()); // the duplicate cannot be checked
}

namespace {

// Sets (or with an empty value unsets) an environment variable until the end of the scope.
class ScopedEnvironment
{
public:
    ScopedEnvironment(const char* name, const QString& value)
        : m_name(name), m_saved(qgetenv(name)), m_had(qEnvironmentVariableIsSet(name))
    {
        value.isEmpty() ? qunsetenv(name) : qputenv(name, value.toUtf8());
    }
    ~ScopedEnvironment() { m_had ? qputenv(m_name, m_saved) : qunsetenv(m_name); }

private:
    const char* m_name;
    QByteArray m_saved;
    bool m_had;
};

int modeOf(const QString& path)
{
    struct stat info
    {};
    REQUIRE(::lstat(QFile::encodeName(path).constData(), &info) == 0);
    return static_cast<int>(info.st_mode & 07777);
}

} // namespace

TEST_CASE("Without XDG_RUNTIME_DIR the socket goes in a private TMPDIR/twostep-UID folder",
          "[desktop][single-instance]")
{
    QTemporaryDir tmp;
    const ScopedEnvironment noRuntime("XDG_RUNTIME_DIR", {});
    const ScopedEnvironment tmpdir("TMPDIR", tmp.path());
    const QString folder = tmp.filePath(QStringLiteral("twostep-%1").arg(::getuid()));

    Result<QString> created = ui::SingleInstance::privateRuntimeFolder();
    REQUIRE(created);
    CHECK(*created == folder);
    CHECK(modeOf(folder) == 0700);
    CHECK(ui::SingleInstance(tmp.filePath(QStringLiteral("v"))).socketName().startsWith(folder + QLatin1Char('/')));
}

TEST_CASE("A runtime folder another user made, or one open to others, is refused with a clear message",
          "[desktop][single-instance]")
{
    QTemporaryDir tmp;
    const ScopedEnvironment noRuntime("XDG_RUNTIME_DIR", {});
    const ScopedEnvironment tmpdir("TMPDIR", tmp.path());
    const QString folder = tmp.filePath(QStringLiteral("twostep-%1").arg(::getuid()));
    const auto refusedBecause = [&folder](const QString& why) {
        Result<QString> refused = ui::SingleInstance::privateRuntimeFolder();
        REQUIRE_FALSE(refused);
        CHECK(refused.error().detail ==
              QStringLiteral("Twostep will not use the runtime folder %1: %2").arg(folder, why));
        const ui::SingleInstance instance(QStringLiteral("/tmp/v.twostep"));
        CHECK(instance.socketName().isEmpty());
        CHECK(instance.error() == refused.error().detail);
        CHECK_FALSE(const_cast<ui::SingleInstance&>(instance).listen());
    };

    SECTION("open to everyone")
    {
        REQUIRE(QDir().mkdir(folder));
        REQUIRE(::chmod(QFile::encodeName(folder).constData(), 0777) == 0);
        refusedBecause(QStringLiteral("other users may use it (mode 0777, it must be 0700)"));
    }
    SECTION("a symlink to somewhere else")
    {
        REQUIRE(QFile::link(tmp.path(), folder));
        refusedBecause(QStringLiteral("it is a symbolic link"));
    }
    SECTION("another user's")
    {
        if (::geteuid() != 0) {
            TWOSTEP_SKIP("needs root to make a folder owned by another user");
        }
        REQUIRE(QDir().mkdir(folder));
        REQUIRE(::chmod(QFile::encodeName(folder).constData(), 0700) == 0);
        REQUIRE(::chown(QFile::encodeName(folder).constData(), 65534, 65534) == 0);
        refusedBecause(QStringLiteral("it belongs to another user (uid 65534)"));
    }
}

TEST_CASE("twostep with a refused runtime folder says why and still opens its window", "[desktop][single-instance]")
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("tmp/twostep-%1").arg(::getuid()));
    REQUIRE(QDir().mkpath(folder));
    REQUIRE(::chmod(QFile::encodeName(folder).constData(), 0777) == 0);
    QProcess gui;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("XDG_RUNTIME_DIR"));
    env.insert(QStringLiteral("TMPDIR"), dir.filePath(QStringLiteral("tmp")));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
    gui.setProcessEnvironment(env);
    gui.start(QStringLiteral(TWOSTEP_GUI_PATH), {QStringLiteral("--vault"), dir.filePath(QStringLiteral("v.twostep"))});
    REQUIRE(gui.waitForStarted());
    QByteArray err;
    const QByteArray expected = QStringLiteral("twostep: Twostep will not use the runtime folder %1: other users may "
                                               "use it (mode 0777, it must be 0700); running without the "
                                               "single-instance socket")
                                    .arg(folder)
                                    .toUtf8();
    CHECK(QTest::qWaitFor(
        [&] {
            err += gui.readAllStandardError();
            return err.contains(expected) || gui.state() == QProcess::NotRunning;
        },
        20000));
    INFO(err.toStdString());
    CHECK(err.contains(expected));
    QTest::qWait(300);
    CHECK(gui.state() == QProcess::Running); // the window is up, not an exit with status 0
    CHECK(QDir(folder).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).isEmpty());
    gui.kill();
    gui.waitForFinished();
}

TEST_CASE("The peer's uid comes from the socket's credentials", "[desktop][single-instance]")
{
    QTemporaryDir dir;
    QLocalServer server;
    REQUIRE(server.listen(dir.filePath(QStringLiteral("s"))));
    QLocalSocket client;
    client.connectToServer(server.serverName());
    REQUIRE(client.waitForConnected(2000));
    REQUIRE(server.waitForNewConnection(2000));
    QLocalSocket* accepted = server.nextPendingConnection();
    REQUIRE(accepted != nullptr);
    CHECK(ui::SingleInstance::peerUid(client.socketDescriptor()) == ::getuid());
    CHECK(ui::SingleInstance::peerUid(accepted->socketDescriptor()) == ::getuid());
    CHECK(ui::SingleInstance::isPeerThisUser(accepted->socketDescriptor()));
    CHECK_FALSE(ui::SingleInstance::peerUid(-1));

    if (::geteuid() != 0) {
        TWOSTEP_SKIP("needs root to connect as another user");
    }
    // Another user connects (a child that dropped to uid 65534): the check sees that uid.
    const QString open = dir.filePath(QStringLiteral("open"));
    REQUIRE(::chmod(QFile::encodeName(dir.path()).constData(), 0711) == 0); // the other user may pass through
    REQUIRE(QDir().mkdir(open));
    REQUIRE(::chmod(QFile::encodeName(open).constData(), 0777) == 0);
    const QByteArray address = QFile::encodeName(open + QStringLiteral("/s"));
    const int listener = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    REQUIRE(listener >= 0);
    sockaddr_un name{};
    name.sun_family = AF_UNIX;
    std::memcpy(name.sun_path, address.constData(), static_cast<std::size_t>(address.size()) + 1);
    REQUIRE(::bind(listener, reinterpret_cast<const sockaddr*>(&name), sizeof(name)) == 0);
    REQUIRE(::chmod(address.constData(), 0777) == 0);
    REQUIRE(::listen(listener, 1) == 0);
    const pid_t child = ::fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
        const bool ok = ::setgid(65534) == 0 && ::setuid(65534) == 0 &&
                        ::connect(fd, reinterpret_cast<const sockaddr*>(&name), sizeof(name)) == 0;
        char byte = 0;
        (void)::read(fd, &byte, 1); // until the parent has looked
        ::_exit(ok ? 0 : 1);
    }
    pollfd waiting{listener, POLLIN, 0};
    REQUIRE(::poll(&waiting, 1, 10000) == 1);
    const int peer = ::accept(listener, nullptr, nullptr);
    REQUIRE(peer >= 0);
    CHECK(ui::SingleInstance::peerUid(peer) == uid_t{65534});
    CHECK_FALSE(ui::SingleInstance::isPeerThisUser(peer));
    ::close(peer);
    int status = 0;
    REQUIRE(::waitpid(child, &status, 0) == child);
    CHECK(WEXITSTATUS(status) == 0);
    ::close(listener);
}

TEST_CASE("twostep --config naming a FIFO or a device says so and exits at once", "[desktop]")
{
    QTemporaryDir dir;
    const QString fifo = dir.filePath(QStringLiteral("settings.ini"));
    REQUIRE(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
    for (const QString& config : {fifo, QStringLiteral("/dev/zero")}) {
        const test::ProcessResult started = test::runProcess(
            QStringLiteral(TWOSTEP_GUI_PATH),
            {QStringLiteral("--vault"), dir.filePath(QStringLiteral("v.twostep")), QStringLiteral("--config"), config},
            {}, {QStringLiteral("QT_QPA_PLATFORM=offscreen")}, 20000);
        CHECK(started.exitCode == 2);
        CHECK(started.err.contains(QStringLiteral("twostep: --config %1: not a regular file\n").arg(config).toUtf8()));
    }
}
