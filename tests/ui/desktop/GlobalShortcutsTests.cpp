// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
// A stand-in xdg-desktop-portal on the private bus, on a connection of its own, answering
// CreateSession and BindShortcuts through Request objects the way the real portal does.
#include "DesktopReachFixture.h"
#include "TestSupport.h"
#include "ui/AccountListModel.h"
#include "ui/SettingsDialog.h"
#include "ui/ShortcutSettings.h"
#include "ui/desktop/GlobalShortcuts.h"
#include "vault/AccountDetailsEdit.h"

#include <QClipboard>
#include <QComboBox>
#include <QDBusMessage>
#include <QDBusMetaType>
#include <QDBusObjectPath>
#include <QDateTime>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QTest>
#include <QTimer>

using namespace twostep;

namespace {

class GlobalShortcutsPortal final : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.portal.GlobalShortcuts")
public:
    GlobalShortcutsPortal()
        : m_bus(QDBusConnection::connectToBus(QDBusConnection::SessionBus, QStringLiteral("portal")))
    {
        qDBusRegisterMetaType<ui::PortalShortcut>();
        qDBusRegisterMetaType<QList<ui::PortalShortcut>>();
        REQUIRE(m_bus.registerObject(QStringLiteral("/org/freedesktop/portal/desktop"), this,
                                     QDBusConnection::ExportAllSlots));
        REQUIRE(m_bus.registerService(QStringLiteral("org.freedesktop.portal.Desktop")));
    }
    ~GlobalShortcutsPortal() override { QDBusConnection::disconnectFromBus(QStringLiteral("portal")); }

    uint bindResponse = 0;
    QString session;
    QList<ui::PortalShortcut> bound;

    void activate(const QString& id, const QString& sessionPath = {})
    {
        QDBusMessage signal = QDBusMessage::createSignal(QStringLiteral("/org/freedesktop/portal/desktop"),
                                                         QStringLiteral("org.freedesktop.portal.GlobalShortcuts"),
                                                         QStringLiteral("Activated"));
        signal << QVariant::fromValue(QDBusObjectPath(sessionPath.isEmpty() ? session : sessionPath)) << id
               << qulonglong(1234) << QVariantMap();
        REQUIRE(m_bus.send(signal));
    }

public Q_SLOTS:
    QDBusObjectPath CreateSession(const QVariantMap& options, const QDBusMessage& message)
    {
        session = QStringLiteral("/org/freedesktop/portal/desktop/session/%1/%2")
                      .arg(senderPart(message), options.value(QStringLiteral("session_handle_token")).toString());
        return respond(message, options, 0, {{QStringLiteral("session_handle"), session}});
    }

    QDBusObjectPath BindShortcuts(const QDBusObjectPath& sessionHandle,
                                  const QList<twostep::ui::PortalShortcut>& shortcuts, const QString& /*parentWindow*/,
                                  const QVariantMap& options, const QDBusMessage& message)
    {
        REQUIRE(sessionHandle.path() == session);
        bound = shortcuts;
        QList<ui::PortalShortcut> chosen = shortcuts;
        for (ui::PortalShortcut& shortcut : chosen) {
            shortcut.properties.insert(QStringLiteral("trigger_description"), QStringLiteral("Press Ctrl+Alt+Y"));
        }
        return respond(message, options, bindResponse, {{QStringLiteral("shortcuts"), QVariant::fromValue(chosen)}});
    }

private:
    static QString senderPart(const QDBusMessage& message)
    {
        QString sender = message.service().mid(1);
        return sender.replace(QLatin1Char('.'), QLatin1Char('_'));
    }

    // The real portal answers later, once the user has chosen.
    QDBusObjectPath respond(const QDBusMessage& message, const QVariantMap& options, uint response,
                            const QVariantMap& results)
    {
        const QString path = QStringLiteral("/org/freedesktop/portal/desktop/request/%1/%2")
                                 .arg(senderPart(message), options.value(QStringLiteral("handle_token")).toString());
        QTimer::singleShot(20, this, [this, path, response, results] {
            QDBusMessage signal = QDBusMessage::createSignal(path, QStringLiteral("org.freedesktop.portal.Request"),
                                                             QStringLiteral("Response"));
            signal << response << results;
            m_bus.send(signal);
        });
        return QDBusObjectPath(path);
    }

    QDBusConnection m_bus;
};

// As app/gui/main.cpp wires them.
void wireShortcuts(ui::GlobalShortcuts& shortcuts, test::RunningWindow& running)
{
    QObject::connect(&shortcuts, &ui::GlobalShortcuts::copyRequested, running.remoteCopy.get(),
                     [&running] { running.remoteCopy->copy(ui::shortcutAccount(*running.settings)); });
    QObject::connect(&shortcuts, &ui::GlobalShortcuts::showRequested, running.window.get(),
                     &ui::MainWindow::raiseFromOutside);
}

} // namespace

TEST_CASE("The GlobalShortcuts portal binds both shortcuts and Activated copies the chosen account or shows Twostep",
          "[desktop][shortcuts]")
{
    test::privateSessionBus();
    test::NotificationListener notifications;
    GlobalShortcutsPortal portal;
    test::RunningWindow running;
    running.unlock();
    const QString id = running.window->vault()->find(QStringLiteral("aws"))->id;
    running.settings->setShortcutAccountId(id);

    ui::GlobalShortcuts shortcuts;
    wireShortcuts(shortcuts, running);
    shortcuts.start();
    REQUIRE(QTest::qWaitFor([&] { return shortcuts.state() == ui::GlobalShortcuts::State::Bound; }, 5000));
    REQUIRE(portal.bound.size() == 2);
    CHECK(portal.bound.at(0).id == QStringLiteral("copy-favourite-code"));
    CHECK(portal.bound.at(1).id == QStringLiteral("show-window"));
    CHECK_FALSE(portal.bound.at(0).properties.value(QStringLiteral("description")).toString().isEmpty());
    CHECK(shortcuts.triggers().value(QStringLiteral("show-window")).toString() == QStringLiteral("Press Ctrl+Alt+Y"));

    running.window->hide();
    portal.activate(QStringLiteral("show-window"));
    REQUIRE(QTest::qWaitFor([&] { return running.window->isVisible(); }, 5000));

    QGuiApplication::clipboard()->setText(QStringLiteral("before"));
    const qint64 before = QDateTime::currentSecsSinceEpoch();
    // Another session's activation is not ours.
    portal.activate(QStringLiteral("copy-favourite-code"),
                    QStringLiteral("/org/freedesktop/portal/desktop/session/x/y"));
    QTest::qWait(200);
    CHECK(test::clipboardText() == QStringLiteral("before"));
    portal.activate(QStringLiteral("copy-favourite-code"));
    REQUIRE(QTest::qWaitFor([] { return test::clipboardText() != QStringLiteral("before"); }, 5000));
    CHECK(test::isCopiedCode(test::clipboardText(), before));
    REQUIRE(QTest::qWaitFor([&] { return notifications.shown.size() == 1; }, 5000));
    CHECK(notifications.shown.constFirst().body.contains(QStringLiteral("alice@123456789012")));

    // No account chosen and no favourite: nothing is copied and the notification says what to do.
    running.settings->setShortcutAccountId({});
    portal.activate(QStringLiteral("copy-favourite-code"));
    REQUIRE(QTest::qWaitFor([&] { return notifications.shown.size() == 2; }, 5000));
    CHECK(notifications.shown.at(1).summary == QStringLiteral("No code copied"));
    CHECK(notifications.shown.at(1).body.contains(QStringLiteral("favourite")));
    CHECK(notifications.shown.at(1).body.contains(QStringLiteral("Settings")));

    // No account chosen: the first favourite's code.
    otp::AccountDetails details = running.window->vault()->find(QStringLiteral("aws"))->account.details;
    details.favorite = true;
    REQUIRE(vault::setAccountDetails(*running.window->vault(), id, details));
    QGuiApplication::clipboard()->setText(QStringLiteral("before"));
    portal.activate(QStringLiteral("copy-favourite-code"));
    REQUIRE(QTest::qWaitFor([] { return test::clipboardText() != QStringLiteral("before"); }, 5000));
    CHECK(test::clipboardText().size() == 6);
    REQUIRE(QTest::qWaitFor([&] { return notifications.shown.size() == 3; }, 5000));
    CHECK(notifications.shown.at(2).body.contains(QStringLiteral("alice@123456789012")));
}

TEST_CASE("A portal that refuses the shortcuts leaves them unbound", "[desktop][shortcuts]")
{
    test::privateSessionBus();
    GlobalShortcutsPortal portal;
    portal.bindResponse = 1;
    ui::GlobalShortcuts shortcuts;
    shortcuts.start();
    REQUIRE(QTest::qWaitFor([&] { return shortcuts.state() == ui::GlobalShortcuts::State::Refused; }, 5000));
    CHECK(portal.bound.size() == 2);
}

TEST_CASE("Without a GlobalShortcuts portal, Settings says so and gives the --copy command to bind",
          "[desktop][shortcuts]")
{
    test::privateSessionBus();
    test::RunningWindow running;
    running.unlock();
    ui::GlobalShortcuts shortcuts;
    shortcuts.start();
    REQUIRE(QTest::qWaitFor([&] { return shortcuts.state() == ui::GlobalShortcuts::State::Unavailable; }, 5000));

    ui::SettingsDialog dialog(*running.settings, running.window.get());
    auto* section = new ui::ShortcutSettings(*running.settings, *running.window->model(), shortcuts,
                                             QStringLiteral("twostep --copy"), &dialog);
    dialog.addSection(section);
    QObject::connect(&dialog, &QDialog::accepted, section, &ui::ShortcutSettings::save);
    dialog.show();
    CHECK(section->findChild<QLabel*>(QStringLiteral("shortcutStatusLabel"))
              ->text()
              .contains(QStringLiteral("no GlobalShortcuts portal")));
    auto* account = section->findChild<QComboBox*>(QStringLiteral("shortcutAccountComboBox"));
    const QString id = running.window->vault()->find(QStringLiteral("Example"))->id;
    const int index = account->findData(id);
    REQUIRE(index > 0);
    account->setCurrentIndex(index);
    CHECK(section->findChild<QLineEdit*>(QStringLiteral("shortcutCommandLineEdit"))->text() ==
          QStringLiteral("twostep --copy ") + id);
    dialog.accept();
    CHECK(running.settings->shortcutAccountId() == id);
    CHECK(ui::shortcutAccount(*running.settings) == id);
}

#include "GlobalShortcutsTests.moc"
