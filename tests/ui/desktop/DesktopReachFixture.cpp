// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DesktopReachFixture.h"

#include "TestSupport.h"
#include "otp/Base32.h"
#include "ui/StepEndChoice.h"
#include "vault/Vault.h"

#include <QClipboard>
#include <QDateTime>
#include <QDir>
#include <QGuiApplication>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

namespace twostep::test {

namespace {
const char* const kPassword = "correct horse battery staple";

struct BusDaemon
{
    QProcess daemon;
    QString address;
    BusDaemon()
    {
        daemon.start(QStringLiteral("dbus-daemon"),
                     {QStringLiteral("--session"), QStringLiteral("--nofork"), QStringLiteral("--print-address")});
        REQUIRE(daemon.waitForStarted());
        REQUIRE(daemon.waitForReadyRead(5000));
        address = QString::fromUtf8(daemon.readLine().trimmed());
        REQUIRE_FALSE(address.isEmpty());
        qputenv("DBUS_SESSION_BUS_ADDRESS", address.toUtf8());
    }
    ~BusDaemon()
    {
        daemon.kill();
        daemon.waitForFinished();
    }
};
} // namespace

QString privateSessionBus()
{
    static BusDaemon bus;
    return bus.address;
}

NotificationListener::NotificationListener()
    : m_bus(QDBusConnection::connectToBus(QDBusConnection::SessionBus, QStringLiteral("notification-server")))
{
    REQUIRE(m_bus.isConnected());
    REQUIRE(
        m_bus.registerObject(QStringLiteral("/org/freedesktop/Notifications"), this, QDBusConnection::ExportAllSlots));
    REQUIRE(m_bus.registerService(QStringLiteral("org.freedesktop.Notifications")));
}

NotificationListener::~NotificationListener()
{
    m_bus.unregisterService(QStringLiteral("org.freedesktop.Notifications"));
    m_bus.unregisterObject(QStringLiteral("/org/freedesktop/Notifications"));
    QDBusConnection::disconnectFromBus(QStringLiteral("notification-server"));
}

uint NotificationListener::Notify(const QString& appName, uint replacesId, const QString& /*appIcon*/,
                                  const QString& summary, const QString& body, const QStringList& /*actions*/,
                                  const QVariantMap& hints, int /*expireTimeout*/)
{
    shown.append({appName, replacesId, summary, body, hints});
    return static_cast<uint>(shown.size());
}

namespace {
otp::Account totpAccount(const QString& issuer, const QString& name, const QString& base32)
{
    otp::Account account;
    account.issuer = issuer;
    account.name = name;
    account.secret = otp::decodeBase32(base32).value();
    return account;
}
} // namespace

otp::Account rfcAccount()
{
    return totpAccount(QStringLiteral("Amazon Web Services"), QStringLiteral("alice@123456789012"),
                       QStringLiteral("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"));
}

otp::Account otherAccount()
{
    return totpAccount(QStringLiteral("Example"), QStringLiteral("bob@example.com"),
                       QStringLiteral("JBSWY3DPEHPK3PXP"));
}

bool isCopiedCode(const QString& copied, qint64 before)
{
    return isTotpBetween(copied, QStringLiteral("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"), before,
                         QDateTime::currentSecsSinceEpoch() + ui::StepEndChoice::kNearEndSeconds);
}

QString clipboardText()
{
    return QGuiApplication::clipboard()->text();
}

RunningWindow::RunningWindow(const QList<otp::Account>& accounts)
{
    REQUIRE(dir.isValid());
    vaultPath = dir.filePath(QStringLiteral("vault.twostep"));
    runtimeDir = dir.filePath(QStringLiteral("run"));
    REQUIRE(QDir().mkpath(runtimeDir));
    REQUIRE(QFile::setPermissions(runtimeDir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    {
        Result<vault::Vault> created = vault::Vault::create(
            vaultPath, SecretBytes::fromUtf8(QString::fromLatin1(kPassword)), vault::fastKdfParametersForTests());
        REQUIRE(created);
        REQUIRE(created->addAccounts(accounts).ok());
    }
    settings = std::make_unique<ui::Settings>(dir.filePath(QStringLiteral("settings.ini")));
    clipboard = std::make_unique<ui::ClipboardService>(QGuiApplication::clipboard());
    window = std::make_unique<ui::MainWindow>(vaultPath, *settings, *clipboard);
    const QByteArray savedRuntime = qgetenv("XDG_RUNTIME_DIR");
    qputenv("XDG_RUNTIME_DIR", runtimeDir.toUtf8());
    instance = std::make_unique<ui::SingleInstance>(vaultPath);
    qputenv("XDG_RUNTIME_DIR", savedRuntime);
    REQUIRE(instance->listen());
    notifier = std::make_unique<ui::DesktopNotifier>(
        [this](const QString& summary, const QString&) { fallbackShown.append(summary); });
    remoteCopy = std::make_unique<ui::RemoteCopy>(*instance, *window, *clipboard, *notifier);
    links = std::make_unique<ui::OtpauthLinks>(*instance, *window);
    window->show();
}

RunningWindow::~RunningWindow()
{
    links.reset();
    remoteCopy.reset();
    window.reset();
}

void RunningWindow::unlock()
{
    auto* field = window->findChild<QLineEdit*>(QStringLiteral("passwordLineEdit"));
    REQUIRE(field != nullptr);
    field->clear();
    QTest::keyClicks(field, QString::fromLatin1(kPassword));
    QTest::mouseClick(window->findChild<QPushButton*>(QStringLiteral("unlockButton")), Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([this] { return window->isUnlocked(); }, 20000));
}

std::unique_ptr<QProcess> RunningWindow::startTwostep(const QStringList& arguments,
                                                      const QStringList& environment) const
{
    auto process = std::make_unique<QProcess>();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtimeDir);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
    for (const QString& entry : environment) {
        env.insert(entry.section(QLatin1Char('='), 0, 0), entry.section(QLatin1Char('='), 1));
    }
    process->setProcessEnvironment(env);
    process->start(QStringLiteral(TWOSTEP_GUI_PATH), QStringList{QStringLiteral("--vault"), vaultPath} + arguments);
    REQUIRE(process->waitForStarted());
    return process;
}

ProcessResult RunningWindow::waitForExit(QProcess& process, int timeoutMs)
{
    REQUIRE(QTest::qWaitFor([&process] { return process.state() == QProcess::NotRunning; }, timeoutMs));
    return resultOf(process);
}

} // namespace twostep::test
