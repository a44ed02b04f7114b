// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindowFixture.h"
#include "TestSupport.h"
#include "otp/OtpauthUri.h"
#include "ui/AccountListModel.h"
#include "ui/AccountListPage.h"

#include <QClipboard>
#include <QStatusBar>

using namespace twostep;

TEST_CASE("Enter with under 3 seconds left copies the next code, or the current one with a warning",
          "[ui][mainwindow][copy]")
{
    // RFC 6238 appendix B's SHA-1 secret; at T=59 (code 94287082) one second of step 1 is left.
    const otp::Account account =
        otp::parseOtpauthUri(
            QStringLiteral("otpauth://totp/Example:rfc?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&digits=8"))
            .value()
            .account;
    test::WindowFixture fixture;
    ui::MainWindow& window = fixture.window;
    window.setKdfParameters(vault::fastKdfParametersForTests());
    test::createThroughForm(window);
    window.model()->setClock([] { return otp::ClockTime(std::chrono::seconds(59)); });
    window.addAccounts({account}, false);
    QLineEdit* filter = window.listPage()->filterEdit();
    filter->setFocus();

    SECTION("by default the next step's code, and the status says so")
    {
        QTest::keyClick(filter, Qt::Key_Return);
        // oathtool --totp -d 8 --now "1970-01-01 00:01:00 UTC" 3132333435363738393031323334353637383930
        CHECK(QGuiApplication::clipboard()->text() == QStringLiteral("37359152"));
        CHECK(window.statusBar()->currentMessage().contains(QStringLiteral("next code was copied")));
    }
    SECTION("with the warning chosen, the current code and a warning")
    {
        fixture.settings.setNearStepEnd(ui::Settings::NearStepEnd::Warn);
        QTest::keyClick(filter, Qt::Key_Return);
        CHECK(QGuiApplication::clipboard()->text() == QStringLiteral("94287082"));
        CHECK(window.statusBar()->currentMessage().contains(QStringLiteral("expires in 1 second")));
    }
}
