// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "otp/OtpauthUri.h"
#include "ui/AccountDelegate.h"
#include "ui/AccountListModel.h"
#include "ui/AccountListPage.h"
#include "ui/AccountSortProxy.h"
#include "ui/Settings.h"
#include "ui/desktop/TrayIcon.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMimeData>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace twostep;
using Order = ui::AccountSortProxy::SortOrder;

namespace {

const QDateTime kDay = QDateTime::fromString(QStringLiteral("2026-11-30T10:00:00.000Z"), Qt::ISODateWithMs);

// Vault order: zeta, Alpha, mid, beta. Used: Alpha 9 times (long ago), mid 2 times (just now).
// beta is a favourite; Alpha and beta are in "Work".
QList<vault::VaultEntry> entries()
{
    struct Row
    {
        const char* issuer;
        const char* name;
        qint64 uses;
        int minutesAgo;
        bool favorite;
        bool work;
    };
    const Row rows[] = {{"Zeta", "carol", 0, -1, false, false},
                        {"Alpha", "zed", 9, 600, false, true},
                        {"Mid", "alice", 2, 1, false, false},
                        {"beta", "bob", 0, -1, true, true}};
    QList<vault::VaultEntry> result;
    for (const Row& row : rows) {
        vault::VaultEntry entry;
        entry.account = otp::parseOtpauthUri(QStringLiteral("otpauth://totp/%1:%2?secret=JBSWY3DPEHPK3PXP")
                                                 .arg(QString::fromLatin1(row.issuer), QString::fromLatin1(row.name)))
                            .value()
                            .account;
        entry.id = QString::fromLatin1(row.issuer);
        entry.useCount = row.uses;
        entry.lastUsed = row.minutesAgo < 0 ? QDateTime() : kDay.addSecs(-60 * row.minutesAgo);
        entry.account.details.favorite = row.favorite;
        entry.account.details.groups = row.work ? QStringList{QStringLiteral("Work")} : QStringList{};
        result.append(std::move(entry));
    }
    return result;
}

QStringList shownIds(const QAbstractItemModel& proxy)
{
    QStringList ids;
    for (int row = 0; row < proxy.rowCount(); ++row) {
        ids.append(proxy.index(row, 0).data(ui::AccountListModel::IdRole).toString());
    }
    return ids;
}

QStringList ids(const char* spaced)
{
    return QString::fromLatin1(spaced).split(QLatin1Char(' '));
}

} // namespace

TEST_CASE("the list sorts by hand, name, issuer, most and last used, favourites always first", "[ui][list][sort]")
{
    ui::AccountListModel model;
    ui::AccountSortProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setEntries(entries());
    CHECK(shownIds(proxy) == ids("beta Zeta Alpha Mid"));
    proxy.setSortOrder(Order::Name);
    CHECK(shownIds(proxy) == ids("beta Mid Zeta Alpha")); // alice, carol, zed
    proxy.setSortOrder(Order::Issuer);
    CHECK(shownIds(proxy) == ids("beta Alpha Mid Zeta"));
    proxy.setSortOrder(Order::MostUsed);
    CHECK(shownIds(proxy) == ids("beta Alpha Mid Zeta"));
    proxy.setSortOrder(Order::LastUsed);
    CHECK(shownIds(proxy) == ids("beta Mid Alpha Zeta"));
    CHECK(ui::AccountSortProxy::sortOrderFromName(ui::AccountSortProxy::sortOrderName(Order::LastUsed)) ==
          Order::LastUsed);
    CHECK(ui::AccountSortProxy::sortOrderFromName(QStringLiteral("nonsense")) == Order::ByHand);
}

TEST_CASE("the group filter above the list shows one group and the text filter narrows it", "[ui][list][groups]")
{
    QTemporaryDir dir;
    ui::Settings settings(dir.filePath(QStringLiteral("settings.ini")));
    ui::AccountListModel model;
    ui::AccountListPage page(&model);
    page.followSettings(settings);
    page.resize(640, 480);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    model.setEntries(entries());
    QComboBox* groups = page.groupCombo();
    REQUIRE(groups->isVisible());
    REQUIRE(groups->count() == 2); // All groups, Work
    groups->setCurrentIndex(groups->findData(QStringLiteral("Work")));
    CHECK(shownIds(*page.proxy()) == ids("beta Alpha"));
    QTest::keyClicks(page.filterEdit(), QStringLiteral("zed"));
    CHECK(shownIds(*page.proxy()) == ids("Alpha"));
    page.clearFilter();
    groups->setCurrentIndex(0);
    CHECK(page.proxy()->rowCount() == 4);

    // A vault without groups hides the combo.
    QList<vault::VaultEntry> plain = entries();
    for (vault::VaultEntry& entry : plain) {
        entry.account.details.groups.clear();
    }
    model.setEntries(plain);
    CHECK_FALSE(groups->isVisible());
}

TEST_CASE("the chosen order is remembered in the settings and comes back", "[ui][list][sort]")
{
    QTemporaryDir dir;
    const QString ini = dir.filePath(QStringLiteral("settings.ini"));
    {
        ui::Settings settings(ini);
        ui::AccountListModel model;
        ui::AccountListPage page(&model);
        page.followSettings(settings);
        model.setEntries(entries());
        page.sortCombo()->setCurrentIndex(page.sortCombo()->findData(static_cast<int>(Order::MostUsed)));
        CHECK(settings.listSortOrder() == QStringLiteral("mostUsed"));
    }
    ui::Settings settings(ini);
    ui::AccountListModel model;
    ui::AccountListPage page(&model);
    page.followSettings(settings);
    model.setEntries(entries());
    CHECK(page.sortProxy()->sortOrder() == Order::MostUsed);
    CHECK(page.sortCombo()->currentData().toInt() == static_cast<int>(Order::MostUsed));
    CHECK(shownIds(*page.proxy()) == ids("beta Alpha Mid Zeta"));
}

TEST_CASE("hidden codes show as dots until their row is selected", "[ui][list][hide]")
{
    QTemporaryDir dir;
    ui::Settings settings(dir.filePath(QStringLiteral("settings.ini")));
    ui::AccountListModel model;
    ui::AccountListPage page(&model);
    page.followSettings(settings);
    page.resize(640, 480);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    model.setEntries(entries());
    page.view()->setCurrentIndex({});
    const QImage shown = page.view()->viewport()->grab().toImage();
    settings.setHideCodes(true);
    CHECK(page.delegate()->hidesCodes());
    const QImage hidden = page.view()->viewport()->grab().toImage();
    CHECK(hidden != shown);
    // Selecting the first row reveals its code only: the picture of that row comes back.
    page.view()->setCurrentIndex(page.proxy()->index(0, 0));
    const QRect first = page.view()->visualRect(page.proxy()->index(0, 0));
    const QImage revealed = page.view()->viewport()->grab().toImage();
    page.view()->setCurrentIndex(page.proxy()->index(1, 0));
    const QImage other = page.view()->viewport()->grab().toImage();
    CHECK(revealed.copy(first) != other.copy(first));
    // The revealed code hides again on its own; a click on the selected row shows it again.
    page.setRevealMs(100);
    page.view()->setCurrentIndex(page.proxy()->index(0, 0));
    CHECK(page.view()->viewport()->grab().toImage().copy(first) == revealed.copy(first));
    QTest::qWait(300);
    CHECK(page.delegate()->revealedId().isEmpty());
    CHECK(page.view()->viewport()->grab().toImage().copy(first) != revealed.copy(first));
    QTest::mouseClick(page.view()->viewport(), Qt::LeftButton, {}, first.center() - QPoint(first.width() / 4, 0));
    CHECK(page.delegate()->revealedId() == page.proxy()->index(0, 0).data(ui::AccountListModel::IdRole).toString());
    // A reload that selects the same row again (a save, a sync) shows nothing by itself.
    QTest::qWait(300);
    REQUIRE(page.delegate()->revealedId().isEmpty());
    model.setEntries(entries());
    page.view()->setCurrentIndex(page.proxy()->index(0, 0));
    CHECK(page.delegate()->revealedId().isEmpty());
    // Space on the row shows it again.
    QTest::keyClick(page.view(), Qt::Key_Space);
    CHECK_FALSE(page.delegate()->revealedId().isEmpty());
    // Hiding the window hides it too.
    page.hide();
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    CHECK(page.delegate()->revealedId().isEmpty());
    CHECK(page.view()->viewport()->grab().toImage().copy(first) != revealed.copy(first));
    settings.setHideCodes(false);
    CHECK_FALSE(page.delegate()->hidesCodes());
}

TEST_CASE("favourites come first in the tray menu, marked with a star", "[ui][tray][favorites]")
{
    ui::AccountListModel model;
    QAction lock(QStringLiteral("Lock"));
    QAction quit(QStringLiteral("Quit"));
    ui::TrayIcon tray(&model, &lock, &quit);
    model.setEntries(entries());
    const QList<QAction*> actions = tray.menu()->actions();
    REQUIRE(actions.size() >= 4);
    CHECK(actions[0]->text().startsWith(QStringLiteral("★")));
    CHECK(actions[0]->text().contains(QStringLiteral("beta bob")));
    CHECK(actions[1]->text().contains(QStringLiteral("Zeta carol")));
    CHECK_FALSE(actions[1]->text().contains(QStringLiteral("★")));
}

TEST_CASE("dropping a row on another asks to move it there, only in the by-hand order of the whole list",
          "[ui][list][drag]")
{
    ui::AccountListModel model;
    ui::AccountListPage page(&model);
    page.resize(640, 480);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    model.setEntries(entries()); // shown: beta (favourite), Zeta, Alpha, Mid
    QSignalSpy moved(&page, &ui::AccountListPage::moveRequested);
    QWidget* viewport = page.view()->viewport();
    const auto dropOn = [&](int shownRow) {
        std::unique_ptr<QMimeData> mime(model.mimeData({model.index(2)})); // Mid
        const QPoint at = page.view()->visualRect(page.proxy()->index(shownRow, 0)).center();
        QDragEnterEvent enter(at, Qt::MoveAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(viewport, &enter);
        QDropEvent drop(at, Qt::MoveAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(viewport, &drop);
        return enter.isAccepted() && drop.isAccepted();
    };
    const std::unique_ptr<QMimeData> dragged(model.mimeData({model.index(2)}));
    CHECK(QString::fromUtf8(dragged->data(QStringLiteral("application/x-twostep-account-id"))) ==
          QStringLiteral("Mid"));
    REQUIRE(dropOn(1)); // on Zeta: vault position 0
    REQUIRE(moved.count() == 1);
    CHECK(moved.first().at(0).toString() == QStringLiteral("Mid"));
    CHECK(moved.first().at(1).toInt() == 0);

    page.sortProxy()->setSortOrder(Order::Name);
    CHECK_FALSE(dropOn(1));
    page.sortProxy()->setSortOrder(Order::ByHand);
    page.sortProxy()->setGroup(QStringLiteral("Work"));
    CHECK_FALSE(dropOn(0));
    CHECK(moved.count() == 1);
}
