// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PrivateBus.h"
#include "TestSupport.h"
#include "VaultTestSupport.h"
#include "WidgetTestSupport.h"
#include "otp/Base32.h"
#include "ui/AccountListModel.h"
#include "ui/MainWindow.h"
#include "ui/Settings.h"
#include "ui/StepEndChoice.h"
#include "ui/desktop/ClipboardService.h"
#include "ui/desktop/DesktopSearch.h"
#include "ui/desktop/DesktopSearchAdaptors.h"
#include "vault/Vault.h"

#include <QClipboard>
#include <QDBusArgument>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusMetaType>
#include <QDBusPendingCall>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QTemporaryDir>

#include <csignal>
#include <sys/types.h>

using namespace twostep;
using test::child;

namespace {

// RFC 6238's SHA-1 seed, "12345678901234567890".
const QString kSecret = QStringLiteral("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
const QString kGnome = QStringLiteral("org.gnome.Shell.SearchProvider2");
const QString kKRunner = QStringLiteral("org.kde.krunner1");

// One private session bus for the whole process: QtDBus keeps its first session connection.
test::PrivateBus& sessionBus()
{
    static test::PrivateBus bus;
    static const bool pointed = qputenv("DBUS_SESSION_BUS_ADDRESS", bus.address.toUtf8());
    REQUIRE(pointed);
    return bus;
}

// The desktop shell's own connection: calls go over the bus, as GNOME Shell's and KRunner's do.
QDBusMessage callAsShell(const QString& path, const QString& interface, const QString& method,
                         const QVariantList& arguments)
{
    static QDBusConnection shell = QDBusConnection::connectToBus(sessionBus().address, QStringLiteral("shell"));
    REQUIRE(shell.isConnected());
    QDBusMessage message = QDBusMessage::createMethodCall(ui::DesktopSearch::busName(), path, interface, method);
    message.setArguments(arguments);
    const QDBusPendingCall pending = shell.asyncCall(message, 5000);
    REQUIRE(QTest::qWaitFor([&pending] { return pending.isFinished(); }, 6000));
    const QDBusMessage reply = pending.reply();
    INFO(reply.errorMessage().toStdString());
    REQUIRE(reply.type() == QDBusMessage::ReplyMessage);
    return reply;
}

QStringList gnomeResults(const QStringList& terms)
{
    const QDBusMessage reply =
        callAsShell(ui::DesktopSearch::gnomeObjectPath(), kGnome, QStringLiteral("GetInitialResultSet"), {terms});
    CHECK(reply.signature() == QStringLiteral("as"));
    return reply.arguments().value(0).toStringList();
}

QList<QVariantMap> gnomeMetas(const QStringList& ids)
{
    const QDBusMessage reply =
        callAsShell(ui::DesktopSearch::gnomeObjectPath(), kGnome, QStringLiteral("GetResultMetas"), {ids});
    CHECK(reply.signature() == QStringLiteral("aa{sv}"));
    QList<QVariantMap> metas;
    reply.arguments().value(0).value<QDBusArgument>() >> metas;
    return metas;
}

void gnomeActivate(const QString& id, const QStringList& terms)
{
    callAsShell(ui::DesktopSearch::gnomeObjectPath(), kGnome, QStringLiteral("ActivateResult"),
                {id, terms, QVariant::fromValue(uint{0})});
}

ui::RemoteMatches krunnerMatches(const QString& query)
{
    const QDBusMessage reply =
        callAsShell(ui::DesktopSearch::krunnerObjectPath(), kKRunner, QStringLiteral("Match"), {query});
    CHECK(reply.signature() == QStringLiteral("a(sssida{sv})"));
    ui::RemoteMatches matches;
    reply.arguments().value(0).value<QDBusArgument>() >> matches;
    return matches;
}

// Runs `activate`, then checks the clipboard holds the RFC 6238 account's code of a step the call
// spanned (or the next one, copied in a step's last seconds), marked secret for clipboard managers.
void requireCodeCopied(const std::function<void()>& activate)
{
    QGuiApplication::clipboard()->clear();
    const qint64 before = QDateTime::currentSecsSinceEpoch();
    activate();
    REQUIRE(QTest::qWaitFor([] { return !QGuiApplication::clipboard()->text().isEmpty(); }, 3000));
    const QString copied = QGuiApplication::clipboard()->text();
    CHECK(test::isTotpBetween(copied, kSecret, before,
                              QDateTime::currentSecsSinceEpoch() + ui::StepEndChoice::kNearEndSeconds));
    const QMimeData* mime = QGuiApplication::clipboard()->mimeData();
    REQUIRE(mime != nullptr);
    CHECK(mime->data(QStringLiteral("x-kde-passwordManagerHint")) == QByteArrayLiteral("secret"));
}

// A locked window on a vault of the RFC 6238 account, a GitHub account and 22 "Issuer i" ones,
// with desktop search registered on the private session bus.
struct SearchedWindow
{
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("vault.twostep"));
    QString awsId;
    ui::Settings settings{dir.filePath(QStringLiteral("settings.ini"))};
    ui::ClipboardService clipboard{QGuiApplication::clipboard()};
    std::unique_ptr<ui::MainWindow> window;
    std::unique_ptr<ui::DesktopSearch> search;

    SearchedWindow()
    {
        sessionBus();
        {
            vault::Vault vault =
                vault::Vault::create(path, test::password(), vault::fastKdfParametersForTests()).value();
            otp::Account aws;
            aws.issuer = QStringLiteral("Amazon Web Services");
            aws.name = QStringLiteral("root@123456789012");
            aws.secret = otp::decodeBase32(kSecret).value();
            awsId = vault.addAccount(aws).value().id;
            otp::Account github;
            github.issuer = QStringLiteral("GitHub");
            github.name = QStringLiteral("octocat");
            github.secret = otp::decodeBase32(QStringLiteral("JBSWY3DPEHPK3PXP")).value();
            REQUIRE(vault.addAccount(github));
            REQUIRE(vault.addAccounts(test::makeAccounts(22)));
        }
        window = std::make_unique<ui::MainWindow>(path, settings, clipboard);
        search = std::make_unique<ui::DesktopSearch>(window->model(), settings);
        search->followWindow(*window);
        REQUIRE(search->registerOn(QDBusConnection::sessionBus()));
    }
    ~SearchedWindow()
    {
        search.reset();
        window.reset();
    }

    void unlock()
    {
        window->show();
        QTest::keyClicks(child<QLineEdit>(*window, "passwordLineEdit"), QStringLiteral("correct horse battery staple"));
        QTest::mouseClick(child<QPushButton>(*window, "unlockButton"), Qt::LeftButton);
        REQUIRE(QTest::qWaitFor([this] { return window->isUnlocked(); }, 20000));
    }
};

} // namespace

TEST_CASE("A locked vault answers GNOME Shell and KRunner with one Unlock Twostep result that shows the window",
          "[ui][search]")
{
    SearchedWindow fixture;
    REQUIRE_FALSE(fixture.window->isVisible());

    const QStringList ids = gnomeResults({QStringLiteral("aws")});
    REQUIRE(ids == QStringList{ui::DesktopSearch::unlockResultId()});
    const QList<QVariantMap> metas = gnomeMetas(ids);
    REQUIRE(metas.size() == 1);
    CHECK(metas[0].value(QStringLiteral("id")).toString() == ui::DesktopSearch::unlockResultId());
    CHECK(metas[0].value(QStringLiteral("name")).toString() == QStringLiteral("Unlock Twostep"));

    gnomeActivate(ids[0], {QStringLiteral("aws")});
    REQUIRE(QTest::qWaitFor([&fixture] { return fixture.window->isVisible(); }, 3000));
    CHECK(child<QLineEdit>(*fixture.window, "passwordLineEdit")->isVisible());
    CHECK(QGuiApplication::clipboard()->text().isEmpty());

    const ui::RemoteMatches matches = krunnerMatches(QStringLiteral("github"));
    REQUIRE(matches.size() == 1);
    CHECK(matches[0].id == ui::DesktopSearch::unlockResultId());
    CHECK(matches[0].text == QStringLiteral("Unlock Twostep"));

    // A single letter is no query yet.
    CHECK(gnomeResults({QStringLiteral("a")}).isEmpty());
}

TEST_CASE("GNOME Shell's search lists matching accounts by issuer and name and copies the activated one's code",
          "[ui][search]")
{
    SearchedWindow fixture;
    fixture.unlock();

    const QStringList aws = gnomeResults({QStringLiteral("amazon")});
    REQUIRE(aws == QStringList{fixture.awsId});
    // "aws", the issuer's initials, as twostep-cli code and twostep --copy take it.
    CHECK(gnomeResults({QStringLiteral("aws")}) == QStringList{fixture.awsId});
    // GNOME narrows the last results as the user types on.
    const QDBusMessage narrowed =
        callAsShell(ui::DesktopSearch::gnomeObjectPath(), kGnome, QStringLiteral("GetSubsearchResultSet"),
                    {QStringList{fixture.awsId}, QStringList{QStringLiteral("amazon"), QStringLiteral("root")}});
    CHECK(narrowed.arguments().value(0).toStringList() == QStringList{fixture.awsId});
    CHECK(gnomeResults({QStringLiteral("amazon"), QStringLiteral("octocat")}).isEmpty());

    const QList<QVariantMap> metas = gnomeMetas(aws);
    REQUIRE(metas.size() == 1);
    CHECK(metas[0].value(QStringLiteral("name")).toString() == QStringLiteral("Amazon Web Services"));
    CHECK(metas[0].value(QStringLiteral("description")).toString() == QStringLiteral("root@123456789012"));

    requireCodeCopied([&] { gnomeActivate(fixture.awsId, {QStringLiteral("amazon")}); });

    // Every account matches "issuer": the list stops at the bound.
    CHECK(gnomeResults({QStringLiteral("issuer")}).size() == ui::DesktopSearch::kMaxResults);
}

TEST_CASE("KRunner's Match lists accounts and Run copies the code", "[ui][search]")
{
    SearchedWindow fixture;
    fixture.unlock();

    const QDBusMessage actions =
        callAsShell(ui::DesktopSearch::krunnerObjectPath(), kKRunner, QStringLiteral("Actions"), {});
    CHECK(actions.signature() == QStringLiteral("a(sss)"));

    CHECK(krunnerMatches(QStringLiteral("AWS")).size() == 1);
    const ui::RemoteMatches matches = krunnerMatches(QStringLiteral("web serv"));
    REQUIRE(matches.size() == 1);
    CHECK(matches[0].id == fixture.awsId);
    CHECK(matches[0].text == QStringLiteral("Amazon Web Services"));
    CHECK(matches[0].properties.value(QStringLiteral("subtext")).toString() == QStringLiteral("root@123456789012"));
    CHECK(matches[0].iconName == QStringLiteral("io.github.twostep.Twostep"));

    requireCodeCopied([&] {
        callAsShell(ui::DesktopSearch::krunnerObjectPath(), kKRunner, QStringLiteral("Run"),
                    {fixture.awsId, QString()});
    });

    // Locking ends the listing at once.
    fixture.window->lock();
    REQUIRE_FALSE(fixture.window->isUnlocked());
    CHECK(krunnerMatches(QStringLiteral("amazon"))[0].id == ui::DesktopSearch::unlockResultId());
    QGuiApplication::clipboard()->clear();
    callAsShell(ui::DesktopSearch::krunnerObjectPath(), kKRunner, QStringLiteral("Run"), {fixture.awsId, QString()});
    CHECK(QGuiApplication::clipboard()->text().isEmpty());
}

TEST_CASE("With a search keyword only queries that start with it list accounts", "[ui][search]")
{
    SearchedWindow fixture;
    fixture.unlock();
    fixture.settings.setSearchKeyword(QStringLiteral("2fa"));

    CHECK(gnomeResults({QStringLiteral("amazon")}).isEmpty());
    CHECK(krunnerMatches(QStringLiteral("github")).isEmpty());
    CHECK(gnomeResults({QStringLiteral("2FA"), QStringLiteral("amazon")}) == QStringList{fixture.awsId});
    CHECK(krunnerMatches(QStringLiteral("2fa octocat")).size() == 1);
    // The keyword alone lists the first accounts.
    CHECK(gnomeResults({QStringLiteral("2fa")}).size() == ui::DesktopSearch::kMaxResults);
}

TEST_CASE("No search result field holds a code or a secret", "[ui][search]")
{
    SearchedWindow fixture;
    fixture.unlock();
    fixture.settings.setSearchKeyword(QStringLiteral("2fa"));
    const ui::AccountListModel* model = fixture.window->model();
    QStringList forbidden{kSecret, QStringLiteral("JBSWY3DPEHPK3PXP")};
    for (int row = 0; row < model->rowCount(); ++row) {
        forbidden << model->index(row).data(ui::AccountListModel::CodeRole).toString()
                  << model->index(row).data(ui::AccountListModel::NextCodeRole).toString();
    }
    forbidden.removeAll(QString());
    REQUIRE(forbidden.size() >= 2 + 24);

    QStringList fields;
    for (const QString& query : {QStringLiteral("2fa"), QStringLiteral("2fa amazon"), QStringLiteral("2fa github")}) {
        // Ids are the vault's random account ids (hex, so never compared by substring with digits).
        const QStringList ids = gnomeResults(query.split(QLatin1Char(' ')));
        for (const QString& id : ids) {
            CHECK(model->rowOf(id) >= 0);
        }
        for (const QVariantMap& meta : gnomeMetas(ids)) {
            for (auto value = meta.begin(); value != meta.end(); ++value) {
                if (value.key() != QStringLiteral("id")) {
                    fields << value->toString();
                }
            }
        }
        for (const ui::RemoteMatch& match : krunnerMatches(query)) {
            CHECK(model->rowOf(match.id) >= 0);
            fields << match.text << match.iconName;
            for (const QVariant& value : match.properties) {
                fields << value.toString();
            }
        }
    }
    REQUIRE(fields.size() > 30);
    for (const QString& field : fields) {
        for (const QString& secretOrCode : forbidden) {
            INFO(field.toStdString());
            CHECK_FALSE(field.contains(secretOrCode));
        }
    }
}

TEST_CASE("GNOME Shell's first search starts Twostep in the tray through D-Bus activation", "[ui][search]")
{
    // The installed .service file, its Exec pointed at this build's twostep. The bus and the
    // connection live as long as the process: libdbus aborts when a closed private connection is dropped.
    static QTemporaryDir root;
    const QString services = root.filePath(QStringLiteral("services"));
    REQUIRE(QDir().mkpath(services));
    QFile in(QStringLiteral(TWOSTEP_RESOURCES_DIR "/desktop/io.github.twostep.Twostep.SearchProvider.service.in"));
    REQUIRE(in.open(QIODevice::ReadOnly));
    QByteArray service = in.readAll();
    service.replace("@TWOSTEP_SEARCH_EXEC@", QFile::encodeName(QStringLiteral(TWOSTEP_GUI_PATH)));
    REQUIRE(service.contains(" --minimized"));
    test::writeAll(services + QStringLiteral("/io.github.twostep.Twostep.SearchProvider.service"), service);
    static test::PrivateBus bus(services, test::privateUserFolders(root.filePath(QStringLiteral("user"))) +
                                              QStringList{QStringLiteral("QT_QPA_PLATFORM=offscreen")});
    QDBusConnection shell = QDBusConnection::connectToBus(bus.address, QStringLiteral("activation"));
    REQUIRE(shell.isConnected());

    QDBusMessage call =
        QDBusMessage::createMethodCall(ui::DesktopSearch::busName(), ui::DesktopSearch::gnomeObjectPath(), kGnome,
                                       QStringLiteral("GetInitialResultSet"));
    call.setArguments({QStringList{QStringLiteral("aws")}});
    const QDBusPendingCall pending = shell.asyncCall(call, 30000);
    REQUIRE(QTest::qWaitFor([&pending] { return pending.isFinished(); }, 31000));
    const QDBusMessage reply = pending.reply();
    INFO(reply.errorMessage().toStdString());
    REQUIRE(reply.type() == QDBusMessage::ReplyMessage);
    // A new vault is not unlocked: the one result shows the window.
    CHECK(reply.arguments().value(0).toStringList() == QStringList{ui::DesktopSearch::unlockResultId()});

    const QDBusMessage pid = shell.call(QDBusMessage::createMethodCall(QStringLiteral("org.freedesktop.DBus"),
                                                                       QStringLiteral("/org/freedesktop/DBus"),
                                                                       QStringLiteral("org.freedesktop.DBus"),
                                                                       QStringLiteral("GetConnectionUnixProcessID"))
                                        << ui::DesktopSearch::busName());
    REQUIRE(pid.type() == QDBusMessage::ReplyMessage);
    const auto started = static_cast<pid_t>(pid.arguments().value(0).toUInt());
    REQUIRE(started > 0);
    ::kill(started, SIGTERM);
}

TEST_CASE("The search provider and runner files name the bus name and paths the window serves", "[ui][search]")
{
    const QString desktop = QStringLiteral(TWOSTEP_RESOURCES_DIR "/desktop/");
    const QString runner = desktop + QStringLiteral("io.github.twostep.Twostep.krunner.desktop");
    const test::ProcessResult validated = test::runProcess(QStringLiteral("desktop-file-validate"), {runner});
    INFO(validated.out.toStdString() << validated.err.toStdString());
    CHECK(validated.exitCode == 0);
    const QStringList runnerLines = QString::fromUtf8(test::readAll(runner)).split(QLatin1Char('\n'));
    CHECK(runnerLines.contains(QStringLiteral("X-Plasma-API=DBus")));
    CHECK(runnerLines.contains(QStringLiteral("X-Plasma-DBusRunner-Service=") + ui::DesktopSearch::busName()));
    CHECK(runnerLines.contains(QStringLiteral("X-Plasma-DBusRunner-Path=") + ui::DesktopSearch::krunnerObjectPath()));

    const QStringList ini =
        QString::fromUtf8(test::readAll(desktop + QStringLiteral("io.github.twostep.Twostep.search-provider.ini")))
            .split(QLatin1Char('\n'));
    CHECK(ini.contains(QStringLiteral("DesktopId=io.github.twostep.Twostep.desktop")));
    CHECK(ini.contains(QStringLiteral("BusName=") + ui::DesktopSearch::busName()));
    CHECK(ini.contains(QStringLiteral("ObjectPath=") + ui::DesktopSearch::gnomeObjectPath()));
    CHECK(ini.contains(QStringLiteral("Version=2")));
    CHECK(QString::fromUtf8(
              test::readAll(desktop + QStringLiteral("io.github.twostep.Twostep.SearchProvider.service.in")))
              .contains(QStringLiteral("Name=") + ui::DesktopSearch::busName()));
}
