// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Chronyd.h"
#include "PrivateBus.h"
#include "TestSupport.h"
#include "WidgetTestSupport.h"
#include "otp/Base32.h"
#include "ui/AccountListModel.h"
#include "ui/ClockBar.h"
#include "ui/MainWindow.h"
#include "ui/Settings.h"
#include "ui/desktop/ClipboardService.h"

#include <QDBusConnection>
#include <QGuiApplication>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace twostep;
using namespace std::chrono_literals;
using test::child;

namespace {

// RFC 6238's SHA-1 seed, "12345678901234567890".
const QString kSecret = QStringLiteral("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");

// A stand-in for systemd-timedated: org.freedesktop.timedate1's NTPSynchronized property, read
// through org.freedesktop.DBus.Properties.Get as timedated serves it.
class Timedated final : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.timedate1")
    Q_PROPERTY(bool NTPSynchronized READ ntpSynchronized)
public:
    bool synchronised = true;
    bool ntpSynchronized() const { return synchronised; }
};

// The private bus stands for the system bus (QtDBus keeps its first connection, so one per process),
// with the stand-in timedated on a connection of its own.
struct SystemBus
{
    test::PrivateBus bus;
    Timedated timedated;
    QDBusConnection service = connect(bus);

    static QDBusConnection connect(const test::PrivateBus& bus)
    {
        qputenv("DBUS_SYSTEM_BUS_ADDRESS", bus.address.toUtf8());
        return QDBusConnection::connectToBus(bus.address, QStringLiteral("timedated"));
    }
    void serve(bool on)
    {
        if (on) {
            REQUIRE(service.registerObject(QStringLiteral("/org/freedesktop/timedate1"), &timedated,
                                           QDBusConnection::ExportAllProperties));
            REQUIRE(service.registerService(QStringLiteral("org.freedesktop.timedate1")));
        } else {
            service.unregisterService(QStringLiteral("org.freedesktop.timedate1"));
            service.unregisterObject(QStringLiteral("/org/freedesktop/timedate1"));
        }
    }
};

SystemBus& systemBus()
{
    static SystemBus bus;
    return bus;
}

struct WindowFixture
{
    QTemporaryDir dir;
    ui::Settings settings{dir.filePath(QStringLiteral("settings.ini"))};
    ui::ClipboardService clipboard{QGuiApplication::clipboard()};
    ui::MainWindow window{dir.filePath(QStringLiteral("vault.twostep")), settings, clipboard};
};

// The model's RFC 6238 code equals oathtool's at `shift` from now (either side of a step boundary,
// and a second behind: the list turns its codes over on a timer).
bool showsCodeAt(const ui::AccountListModel& model, std::chrono::seconds shift)
{
    const qint64 before = QDateTime::currentSecsSinceEpoch() + shift.count() - 1;
    const QString shown = model.index(0).data(ui::AccountListModel::CodeRole).toString();
    return test::isTotpBetween(shown, kSecret, before, QDateTime::currentSecsSinceEpoch() + shift.count());
}

} // namespace

TEST_CASE("The main window warns while timedated says the clock is not synchronised", "[ui][clock]")
{
    SystemBus& bus = systemBus();
    bus.timedated.synchronised = false;
    bus.serve(true);
    {
        WindowFixture fixture;
        auto* bar = child<ui::ClockBar>(fixture.window, "clockBar");
        REQUIRE(QTest::qWaitFor([bar] { return !bar->isHidden(); }, 3000));
        CHECK(bar->message().contains(QStringLiteral("not synchronised")));
        CHECK(child<QPushButton>(*bar, "applyClockOffsetButton")->isHidden());
        // Put right while Twostep runs: the next check (each unlock) drops the warning.
        bus.timedated.synchronised = true;
        bar->checkSynchronisation();
        REQUIRE(QTest::qWaitFor([bar] { return bar->isHidden(); }, 3000));
    }
    bus.timedated.synchronised = true;
    {
        WindowFixture fixture;
        auto* bar = child<ui::ClockBar>(fixture.window, "clockBar");
        QTest::qWait(500);
        CHECK(bar->isHidden());
    }
    // Without timedated (containers, other init systems) there is nothing to say.
    bus.serve(false);
    bus.timedated.synchronised = false;
    {
        WindowFixture fixture;
        auto* bar = child<ui::ClockBar>(fixture.window, "clockBar");
        QTest::qWait(500);
        CHECK(bar->isHidden());
    }
}

TEST_CASE("A clock far from the named NTP server warns and can compute the codes at the server's time",
          "[ui][clock][chrony]")
{
    systemBus().serve(false);
    test::Chronyd chronyd;
    if (const std::optional<QString> cannot = chronyd.start()) {
        TWOSTEP_SKIP(cannot->toStdString());
    }
    // This computer's clock, as the bar sees it, is 45 s slow; chronyd serves the real time.
    const otp::Clock slowClock = [] { return otp::systemTime() - 45s; };
    QTemporaryDir dir;
    ui::Settings settings(dir.filePath(QStringLiteral("settings.ini")));
    ui::AccountListModel model;
    otp::Account account;
    account.issuer = QStringLiteral("Amazon Web Services");
    account.name = QStringLiteral("root");
    account.secret = otp::decodeBase32(kSecret).value();
    model.setClock(slowClock);
    model.setEntries({vault::VaultEntry{QStringLiteral("id-1"), account, {}, {}}});
    REQUIRE(showsCodeAt(model, -45s));

    // Off by default: nothing is sent.
    ui::ClockBar bar(settings, &model, nullptr, slowClock);
    QSignalSpy measured(&bar, &ui::ClockBar::measured);
    CHECK_FALSE(measured.wait(300));
    settings.setNtpServer(QStringLiteral("127.0.0.1:%1").arg(chronyd.port));
    settings.setMeasureClock(true);
    REQUIRE(measured.wait(5000));
    CHECK_FALSE(bar.isHidden());
    CHECK(bar.message().contains(QStringLiteral("45.")));
    CHECK(bar.message().contains(QStringLiteral("behind")));
    auto* apply = child<QPushButton>(bar, "applyClockOffsetButton");
    REQUIRE_FALSE(apply->isHidden());
    QTest::mouseClick(apply, Qt::LeftButton);
    CHECK(std::chrono::abs(bar.appliedOffset() - 45s) < 1s);
    CHECK(showsCodeAt(model, 0s));
    CHECK(std::chrono::abs(model.clock()() - otp::systemTime()) < 1s); // the enrollment dialog's clock too
    CHECK(apply->isHidden());

    // Turning the check off goes back to this computer's clock.
    settings.setMeasureClock(false);
    CHECK(bar.isHidden());
    CHECK(showsCodeAt(model, -45s));
}

TEST_CASE("A clock within 10 s of the NTP server says the offset in the status bar only", "[ui][clock][chrony]")
{
    systemBus().serve(false);
    test::Chronyd chronyd;
    if (const std::optional<QString> cannot = chronyd.start()) {
        TWOSTEP_SKIP(cannot->toStdString());
    }
    QTemporaryDir dir;
    ui::Settings settings(dir.filePath(QStringLiteral("settings.ini")));
    settings.setNtpServer(QStringLiteral("127.0.0.1:%1").arg(chronyd.port));
    settings.setMeasureClock(true);
    ui::AccountListModel model;
    ui::ClockBar bar(settings, &model, nullptr, [] { return otp::systemTime() + 3s; });
    QSignalSpy status(&bar, &ui::ClockBar::statusMessage);
    QSignalSpy measured(&bar, &ui::ClockBar::measured);
    REQUIRE(measured.wait(5000));
    CHECK(bar.isHidden());
    REQUIRE(status.count() == 1);
    CHECK(status[0][0].toString().contains(QStringLiteral("3.0 s")));
}

#include "ClockBarTests.moc"
