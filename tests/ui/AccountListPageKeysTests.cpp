// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindowFixture.h"
#include "TestSupport.h"
#include "otp/OtpauthUri.h"
#include "ui/AccountListModel.h"
#include "ui/AccountListPage.h"

#include <QAction>
#include <QClipboard>
#include <QLabel>
#include <QListView>
#include <QMimeData>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QStatusBar>

using namespace twostep;
using test::child;

namespace {

otp::Account account(const QString& uri)
{
    return otp::parseOtpauthUri(uri).value().account;
}

const QString kGitHub = QStringLiteral("otpauth://totp/GitHub:alice?secret=4SJHB4GSD43FZBAI7C2HLRJGPQ&issuer=GitHub");
const QString kGitLab =
    QStringLiteral("otpauth://totp/GitLab:bob?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP&issuer=GitLab");

QList<vault::VaultEntry> entries(const QStringList& uris)
{
    QList<vault::VaultEntry> result;
    for (const QString& uri : uris) {
        vault::VaultEntry entry;
        entry.account = account(uri);
        entry.id = entry.account.issuer + QString::number(result.size());
        result.append(std::move(entry));
    }
    return result;
}

} // namespace

TEST_CASE("Ctrl+C on a row copies its code as a secret that is cleared, and the menu shows Enter and Ctrl+C",
          "[ui][list][copy]")
{
    test::WindowFixture fixture;
    ui::MainWindow& window = fixture.window;
    window.setKdfParameters(vault::fastKdfParametersForTests());
    fixture.settings.setClipboardClearSeconds(1);
    test::createThroughForm(window);
    window.addAccounts({account(kGitHub)}, false);
    QClipboard* clipboard = QGuiApplication::clipboard();

    // On the list: the code, never the row's text.
    QListView* view = window.listPage()->view();
    view->setFocus();
    view->setCurrentIndex(window.listPage()->proxy()->index(0, 0));
    clipboard->setText(QStringLiteral("before"));
    QTest::keyClick(view, Qt::Key_C, Qt::ControlModifier);
    const QString copied = clipboard->text();
    CHECK(copied == test::copiedCoreCode(account(kGitHub), copied));
    CHECK_FALSE(copied.contains(QStringLiteral("alice")));
    CHECK(clipboard->mimeData()->data(QStringLiteral("x-kde-passwordManagerHint")) == "secret");
    const QString status = window.statusBar()->currentMessage();
    CHECK((status.contains(QStringLiteral("cleared in 1 second")) || status.contains(QStringLiteral("next code"))));
    CHECK(QTest::qWaitFor([clipboard] { return clipboard->text().isEmpty(); }, 3000));

    // In the filter with nothing selected: the code too; with a selection: the selected text.
    QLineEdit* filter = window.listPage()->filterEdit();
    filter->setFocus();
    QTest::keyClicks(filter, QStringLiteral("git"));
    QTest::keyClick(filter, Qt::Key_C, Qt::ControlModifier);
    CHECK(clipboard->text() == test::copiedCoreCode(account(kGitHub), clipboard->text()));
    filter->selectAll();
    QTest::keyClick(filter, Qt::Key_C, Qt::ControlModifier);
    CHECK(clipboard->text() == QStringLiteral("git"));

    // The menu item says which keys copy.
    const QString menuText = child<QAction>(window, "copyCodeAction")->text();
    CHECK(menuText.contains(QStringLiteral("\tEnter, Ctrl+C")));
}

TEST_CASE("Escape clears the filter and a filter with no match says so", "[ui][list][filter]")
{
    ui::AccountListModel model;
    model.setEntries(entries({kGitHub, kGitLab}));
    ui::AccountListPage page(&model);
    page.resize(480, 400);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    QLineEdit* filter = page.filterEdit();
    auto* stack = page.findChild<QStackedWidget*>();
    REQUIRE(stack != nullptr);

    QTest::keyClicks(filter, QStringLiteral("lab"));
    CHECK(page.proxy()->rowCount() == 1);
    CHECK(stack->currentWidget() == page.view());

    QTest::keyClicks(filter, QStringLiteral("xyz"));
    CHECK(page.proxy()->rowCount() == 0);
    auto* noMatch = child<QLabel>(page, "noMatchLabel");
    CHECK(stack->currentWidget() == noMatch);
    CHECK(noMatch->isVisible());
    CHECK(noMatch->text().contains(QStringLiteral("No account matches")));
    CHECK(noMatch->text().contains(QStringLiteral("labxyz")));

    QTest::keyClick(filter, Qt::Key_Escape);
    CHECK(filter->text().isEmpty());
    CHECK(page.proxy()->rowCount() == 2);
    CHECK(stack->currentWidget() == page.view());
    CHECK(page.view()->isVisible());
}

TEST_CASE("The countdown rings of one paint read the clock once, so rows of one period show the same second",
          "[ui][list][ring]")
{
    ui::AccountListModel model;
    int reads = 0;
    // A clock that moves on a second at every reading: rows read separately would show different seconds.
    const otp::ClockTime start{std::chrono::seconds(1'700'000'010)};
    model.setClock([&reads, start] { return start + std::chrono::seconds(reads++); });
    model.setEntries(entries({kGitHub, kGitLab, kGitHub, kGitLab}));
    ui::AccountListPage page(&model);
    page.resize(480, 600);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));

    reads = 0;
    const QImage painted = page.view()->viewport()->grab().toImage();
    CHECK_FALSE(painted.isNull());
    CHECK(reads == 1);
}
