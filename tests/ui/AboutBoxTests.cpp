// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindowFixture.h"
#include "TestSupport.h"

#include <QAction>
#include <QMessageBox>

using namespace twostep;
using test::child;

TEST_CASE("Help > About names the version, the licence and the vault's path", "[ui][mainwindow][about]")
{
    test::WindowFixture fixture;
    fixture.window.show();
    child<QAction>(fixture.window, "aboutAction")->trigger();
    auto* box = fixture.window.findChild<QMessageBox*>(QStringLiteral("aboutBox"));
    REQUIRE(box != nullptr);
    CHECK(box->isVisible());
    CHECK(box->text().contains(QStringLiteral("Twostep " TWOSTEP_VERSION)));
    CHECK(box->text().contains(QStringLiteral("Licence: GPL-3.0-or-later")));
    CHECK(box->text().contains(QStringLiteral("Vault: ") + fixture.path));
    box->close();
}
