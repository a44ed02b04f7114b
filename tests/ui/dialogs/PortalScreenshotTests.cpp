// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Runs on a private session bus (dbus-run-session) as if under Wayland: this process also plays
// xdg-desktop-portal, answering Screenshot with a PNG file the way the real portal does.
#include "TestSupport.h"
#include "otp/Base32.h"
#include "otp/OtpauthUri.h"
#include "qr/QrEncoder.h"
#include "ui/dialogs/AddAccountDialog.h"
#include "ui/dialogs/ScreenCapture.h"

#include <QApplication>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QFile>
#include <QLabel>
#include <QPainter>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUrl>

using namespace twostep;

namespace {

class FakeScreenshotPortal final : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.portal.Screenshot")
public:
    QString filePath;
    uint response = 0;
    QVariantMap lastOptions;
    int calls = 0;
    // A stalled portal never answers; a slow one answers after answerAfterMs.
    bool answers = true;
    int answerAfterMs = 20;

public Q_SLOTS:
    QDBusObjectPath Screenshot(const QString& parentWindow, const QVariantMap& options, const QDBusMessage& message)
    {
        Q_UNUSED(parentWindow);
        ++calls;
        lastOptions = options;
        QString sender = message.service().mid(1);
        sender.replace(QLatin1Char('.'), QLatin1Char('_'));
        const QString path = QStringLiteral("/org/freedesktop/portal/desktop/request/%1/%2")
                                 .arg(sender, options.value(QStringLiteral("handle_token")).toString());
        if (!answers) {
            return QDBusObjectPath(path);
        }
        // The real portal answers later, once the compositor has the picture.
        QTimer::singleShot(answerAfterMs, this, [this, path] {
            QDBusMessage signal = QDBusMessage::createSignal(path, QStringLiteral("org.freedesktop.portal.Request"),
                                                             QStringLiteral("Response"));
            QVariantMap results;
            if (response == 0) {
                results.insert(QStringLiteral("uri"), QUrl::fromLocalFile(filePath).toString());
            }
            signal << response << results;
            QDBusConnection::sessionBus().send(signal);
        });
        return QDBusObjectPath(path);
    }
};

struct PortalFixture
{
    PortalFixture()
    {
        QDBusConnection bus = QDBusConnection::sessionBus();
        REQUIRE(bus.isConnected());
        REQUIRE(bus.registerObject(QStringLiteral("/org/freedesktop/portal/desktop"), &portal,
                                   QDBusConnection::ExportAllSlots));
        REQUIRE(bus.registerService(QStringLiteral("org.freedesktop.portal.Desktop")));
    }
    ~PortalFixture()
    {
        QDBusConnection bus = QDBusConnection::sessionBus();
        bus.unregisterService(QStringLiteral("org.freedesktop.portal.Desktop"));
        bus.unregisterObject(QStringLiteral("/org/freedesktop/portal/desktop"));
    }
    FakeScreenshotPortal portal;
};

// Writes a screen with one account's QR where the portal hands it over; returns the account.
otp::Account writeScreen(const QString& path)
{
    otp::Account account;
    account.issuer = QStringLiteral("Amazon Web Services");
    account.name = QStringLiteral("portal@123456789012");
    account.secret = otp::decodeBase32(QStringLiteral("JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP")).value();
    QImage screen(1200, 800, QImage::Format_RGB32);
    screen.fill(Qt::white);
    QPainter(&screen).drawImage(600, 200, qr::encodeQr(otp::formatOtpauthUri(account), 4).value());
    REQUIRE(screen.save(path));
    return account;
}

QProgressDialog* waitBox()
{
    for (QWidget* widget : QApplication::topLevelWidgets()) {
        if (widget->objectName() == QStringLiteral("screenCaptureWaitBox") && widget->isVisible()) {
            return qobject_cast<QProgressDialog*>(widget);
        }
    }
    return nullptr;
}

QString scanStatus(const ui::AddAccountDialog& dialog)
{
    return dialog.findChild<QLabel*>(QStringLiteral("scanStatusLabel"))->text();
}

} // namespace

TEST_CASE("Under Wayland, scan screen asks the portal and deletes the file it hands over", "[dialogs][portal]")
{
    REQUIRE(qEnvironmentVariable("XDG_SESSION_TYPE") == QStringLiteral("wayland"));
    otp::Account account;
    account.issuer = QStringLiteral("Amazon Web Services");
    account.name = QStringLiteral("portal@123456789012");
    account.secret = otp::decodeBase32(QStringLiteral("JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP")).value();

    QTemporaryDir dir;
    PortalFixture fixture;
    fixture.portal.filePath = dir.filePath(QStringLiteral("Screenshot from the portal.png"));
    QImage screen(1200, 800, QImage::Format_RGB32);
    screen.fill(Qt::white);
    QPainter(&screen).drawImage(600, 200, qr::encodeQr(otp::formatOtpauthUri(account), 4).value());
    REQUIRE(screen.save(fixture.portal.filePath));

    ui::AddAccountDialog dialog({});
    dialog.show();
    QSignalSpy finished(&dialog, &ui::AddAccountDialog::scanFinished);
    dialog.scanScreen();
    REQUIRE(finished.wait(10000));
    INFO(dialog.findChild<QLabel*>(QStringLiteral("scanStatusLabel"))->text().toStdString());
    CHECK(fixture.portal.calls == 1);
    CHECK(fixture.portal.lastOptions.value(QStringLiteral("interactive")).toBool() == false);
    const QList<otp::Account> found = dialog.accounts();
    REQUIRE(found.size() == 1);
    CHECK(found.constFirst() == account);
    // The picture shows the secret; the portal's copy must be gone.
    CHECK_FALSE(QFile::exists(fixture.portal.filePath));
    CHECK(dialog.isVisible());
}

TEST_CASE("A cancelled portal screenshot says so and adds nothing", "[dialogs][portal]")
{
    PortalFixture fixture;
    fixture.portal.response = 1;
    ui::AddAccountDialog dialog({});
    dialog.show();
    QSignalSpy finished(&dialog, &ui::AddAccountDialog::scanFinished);
    dialog.scanScreen();
    REQUIRE(finished.wait(10000));
    CHECK(finished.at(0).at(0).toInt() == 0);
    CHECK(dialog.accounts().isEmpty());
    CHECK(dialog.findChild<QLabel*>(QStringLiteral("scanStatusLabel"))->text().contains(QStringLiteral("cancelled")));
}

TEST_CASE("A portal that never answers shows a wait box with Cancel and is given up on after the timeout",
          "[dialogs][portal]")
{
    PortalFixture fixture;
    fixture.portal.answers = false;
    ui::AddAccountDialog dialog({});
    auto* capture = dialog.findChild<ui::ScreenCapture*>(QStringLiteral("screenCapture"));
    REQUIRE(capture != nullptr);
    CHECK(capture->portalTimeout() == ui::ScreenCapture::kDefaultPortalTimeout);
    capture->setPortalTimeout(std::chrono::milliseconds(4000));
    dialog.show();
    QSignalSpy finished(&dialog, &ui::AddAccountDialog::scanFinished);
    dialog.scanScreen();
    CHECK_FALSE(dialog.isVisible());
    // Twostep's own windows are hidden, but the user sees it waiting and can cancel.
    REQUIRE(QTest::qWaitFor([] { return waitBox() != nullptr; }, 3000));
    CHECK(waitBox()->labelText().contains(QStringLiteral("Waiting for the desktop")));
    CHECK(waitBox()->findChild<QPushButton*>() != nullptr);
    REQUIRE(finished.wait(6000));
    CHECK(finished.at(0).at(0).toInt() == 0);
    CHECK(fixture.portal.calls == 1);
    CHECK(scanStatus(dialog).contains(QStringLiteral("did not take the screenshot within 4 seconds")));
    CHECK(dialog.isVisible());
    REQUIRE(QTest::qWaitFor([] { return waitBox() == nullptr; }, 2000));
}

TEST_CASE("Cancel in the wait box gives up at once and a late answer is ignored, its file deleted", "[dialogs][portal]")
{
    QTemporaryDir dir;
    PortalFixture fixture;
    fixture.portal.filePath = dir.filePath(QStringLiteral("late.png"));
    writeScreen(fixture.portal.filePath);
    fixture.portal.answerAfterMs = 3500;
    ui::AddAccountDialog dialog({});
    dialog.show();
    QSignalSpy finished(&dialog, &ui::AddAccountDialog::scanFinished);
    dialog.scanScreen();
    REQUIRE(QTest::qWaitFor([] { return waitBox() != nullptr; }, 3000));
    QTest::mouseClick(waitBox()->findChild<QPushButton*>(), Qt::LeftButton);
    REQUIRE((!finished.isEmpty() || finished.wait(2000)));
    CHECK(scanStatus(dialog).contains(QStringLiteral("cancelled")));
    CHECK(dialog.isVisible());
    // The portal answers after all: nothing is added, nothing pops up, the picture is gone.
    REQUIRE(QTest::qWaitFor([&fixture] { return !QFile::exists(fixture.portal.filePath); }, 6000));
    QTest::qWait(200);
    CHECK(finished.size() == 1);
    CHECK(dialog.accounts().isEmpty());
    CHECK(scanStatus(dialog).contains(QStringLiteral("cancelled")));
}

namespace {
// Records the order in which watched windows are shown.
class ShowOrder final : public QObject
{
public:
    QStringList shown;
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Show) {
            shown.append(watched->objectName());
        }
        return false;
    }
};
} // namespace

TEST_CASE("After scan screen the main window comes back first, then the add dialog on top with the focus",
          "[dialogs][portal]")
{
    QTemporaryDir dir;
    PortalFixture fixture;
    fixture.portal.filePath = dir.filePath(QStringLiteral("screen.png"));
    const otp::Account account = writeScreen(fixture.portal.filePath);
    QWidget owner;
    owner.setObjectName(QStringLiteral("owner"));
    owner.resize(500, 500);
    owner.show();
    ui::AddAccountDialog dialog({}, &owner);
    dialog.setObjectName(QStringLiteral("addDialog"));
    dialog.show();
    ShowOrder order;
    owner.installEventFilter(&order);
    dialog.installEventFilter(&order);
    QSignalSpy finished(&dialog, &ui::AddAccountDialog::scanFinished);
    dialog.scanScreen();
    REQUIRE(finished.wait(10000));
    CHECK(order.shown == QStringList{QStringLiteral("owner"), QStringLiteral("addDialog")});
    CHECK(owner.isVisible());
    CHECK(dialog.isVisible());
    REQUIRE(QTest::qWaitForWindowActive(&dialog, 3000));
    CHECK(QApplication::activeWindow() == &dialog);
    REQUIRE(dialog.accounts().size() == 1);
    CHECK(dialog.accounts().constFirst() == account);
}

#include "PortalScreenshotTests.moc"
