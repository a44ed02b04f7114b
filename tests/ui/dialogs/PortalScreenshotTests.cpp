// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Runs on a private session bus (dbus-run-session) as if under Wayland: this process also plays
// xdg-desktop-portal, answering Screenshot with a PNG file the way the real portal does.
#include "AddAccountDialog.h"
#include "TestSupport.h"
#include "otp/Base32.h"
#include "otp/OtpauthUri.h"
#include "qr/QrEncoder.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QFile>
#include <QLabel>
#include <QPainter>
#include <QSignalSpy>
#include <QTemporaryDir>
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
        // The real portal answers later, once the compositor has the picture.
        QTimer::singleShot(20, this, [this, path] {
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

#include "PortalScreenshotTests.moc"
