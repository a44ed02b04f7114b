// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "WidgetTestSupport.h"
#include "ui/CreateVaultPage.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

using namespace twostep;
using test::child;

TEST_CASE("The create-vault form does not move as the strength hint and the mismatch line change", "[ui][create]")
{
    const int width = GENERATE(520, 380);
    CAPTURE(width);
    ui::CreateVaultPage page(QStringLiteral("/home/alice/.local/share/twostep/vault.twostep"));
    page.resize(width, 600);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    auto* password = child<QLineEdit>(page, "newPasswordLineEdit");
    auto* confirm = child<QLineEdit>(page, "confirmPasswordLineEdit");
    auto* create = child<QPushButton>(page, "createVaultButton");
    auto* strength = child<QLabel>(page, "strengthLabel");
    const auto places = [&] {
        QApplication::processEvents();
        return QList<int>{password->y(), confirm->mapTo(&page, QPoint()).y(), create->mapTo(&page, QPoint()).y()};
    };

    const QList<int> empty = places();
    const QString emptyHint = strength->text();
    QTest::keyClicks(password, QStringLiteral("abc"));
    CHECK(strength->text() != emptyHint);
    CHECK(places() == empty);
    QTest::keyClicks(password, QStringLiteral("defgh-ijklm"));
    CHECK(places() == empty);
    QTest::keyClicks(password, QStringLiteral(" correct horse battery staple"));
    CHECK(strength->text().contains(QStringLiteral("strong")));
    CHECK(places() == empty);
    QTest::keyClicks(confirm, QStringLiteral("x"));
    CHECK(child<QLabel>(page, "createErrorLabel")->text().contains(QStringLiteral("differ")));
    CHECK(places() == empty);
}
