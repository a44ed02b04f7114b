// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "otp/OtpauthUri.h"
#include "ui/AccountDelegate.h"
#include "ui/AccountListModel.h"
#include "ui/AccountListPage.h"
#include "ui/IconCache.h"
#include "ui/Settings.h"
#include "ui/SettingsDialog.h"
#include "ui/desktop/TrayIcon.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace twostep;

namespace {
QList<vault::VaultEntry> entries()
{
    const QStringList uris = {
        QStringLiteral("otpauth://totp/GitHub:alice?secret=4SJHB4GSD43FZBAI7C2HLRJGPQ&issuer=GitHub"),
        QStringLiteral("otpauth://hotp/Issuu:James?secret=YOOMIXWS5GN6RTBPUFFWKTW5M4&issuer=Issuu&counter=1"),
    };
    QList<vault::VaultEntry> result;
    for (const QString& uri : uris) {
        vault::VaultEntry entry;
        entry.account = otp::parseOtpauthUri(uri).value().account;
        entry.id = entry.account.issuer;
        result.append(std::move(entry));
    }
    return result;
}
} // namespace

TEST_CASE("Row buttons, double-click and the empty-vault hint", "[ui][list]")
{
    ui::AccountListModel model;
    ui::AccountListPage page(&model);
    page.resize(520, 400);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    CHECK(page.findChild<QWidget*>(QStringLiteral("emptyVaultHint"))->isVisible());
    CHECK_FALSE(page.filterEdit()->isVisible());

    model.setEntries(entries());
    CHECK_FALSE(page.findChild<QWidget*>(QStringLiteral("emptyVaultHint"))->isVisible());
    QListView* view = page.view();
    REQUIRE(view->isVisible());
    QSignalSpy copy(&page, &ui::AccountListPage::copyRequested);
    QSignalSpy next(&page, &ui::AccountListPage::nextCodeRequested);

    const QModelIndex totp = view->model()->index(0, 0);
    const QModelIndex hotp = view->model()->index(1, 0);
    const QRect copyButton = page.delegate()->buttonRect(view->visualRect(totp), totp, view);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, copyButton.center());
    REQUIRE(copy.count() == 1);
    CHECK(copy.first().first().toString() == QStringLiteral("GitHub"));

    // hotp rows carry "Next code" instead of Copy; its button asks the vault for the next code.
    const QRect nextButton = page.delegate()->buttonRect(view->visualRect(hotp), hotp, view);
    CHECK(nextButton.width() > copyButton.width());
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, nextButton.center());
    REQUIRE(next.count() == 1);
    CHECK(next.first().first().toString() == QStringLiteral("Issuu"));

    // Double-click on the row's text copies too.
    const QPoint text = view->visualRect(totp).topLeft() + QPoint(20, 20);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, text);
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, text);
    CHECK(copy.count() == 2);
    CHECK(copy.last().first().toString() == QStringLiteral("GitHub"));

    // Down arrow in the filter walks the list, Enter copies the current row.
    copy.clear();
    page.filterEdit()->setFocus();
    QTest::keyClick(page.filterEdit(), Qt::Key_Down);
    QTest::keyClick(page.filterEdit(), Qt::Key_Down);
    CHECK(view->currentIndex().row() == 1);
    QTest::keyClick(page.filterEdit(), Qt::Key_Return);
    CHECK(copy.isEmpty());
    CHECK(next.count() == 2);
}

TEST_CASE("The tray menu lists accounts and copies the chosen one", "[ui][tray]")
{
    ui::AccountListModel model;
    QAction lock(QStringLiteral("Lock"));
    QAction quit(QStringLiteral("Quit"));
    ui::TrayIcon tray(&model, &lock, &quit);
    CHECK(tray.menu()->actions().contains(&lock));
    model.setEntries(entries());
    QSignalSpy copy(&tray, &ui::TrayIcon::copyRequested);
    const QList<QAction*> actions = tray.menu()->actions();
    REQUIRE(actions.size() >= 2);
    CHECK(actions[0]->text().contains(QStringLiteral("GitHub alice")));
    CHECK_FALSE(actions[1]->isEnabled()); // hotp: only from the window, where the counter is visible
    actions[0]->trigger();
    REQUIRE(copy.count() == 1);
    CHECK(copy.first().first().toString() == QStringLiteral("GitHub"));
    model.clear();
    CHECK_FALSE(tray.menu()->actions().first()->text().contains(QStringLiteral("GitHub")));
}

TEST_CASE("The settings dialog writes what the user chose", "[ui][settings]")
{
    QTemporaryDir dir;
    ui::Settings settings(dir.filePath(QStringLiteral("settings.ini")));
    QSignalSpy changed(&settings, &ui::Settings::changed);
    ui::SettingsDialog dialog(settings);
    dialog.show();
    dialog.findChild<QSpinBox*>(QStringLiteral("clipboardSecondsSpinBox"))->setValue(45);
    dialog.findChild<QSpinBox*>(QStringLiteral("idleMinutesSpinBox"))->setValue(0);
    dialog.findChild<QCheckBox*>(QStringLiteral("closeToTrayCheckBox"))->setChecked(true);
    auto* language = dialog.findChild<QComboBox*>(QStringLiteral("languageComboBox"));
    language->setCurrentIndex(language->findData(QStringLiteral("ko")));
    dialog.accept();
    CHECK(settings.clipboardClearSeconds() == 45);
    CHECK(settings.idleLockMinutes() == 0);
    CHECK(settings.closeToTray());
    CHECK(settings.language() == QStringLiteral("ko"));
    CHECK(changed.count() >= 4);
}

TEST_CASE("issuer logos sit on a light tile on a dark list and on the selected row", "[ui][list][icons]")
{
    ui::AccountListModel model;
    ui::AccountListPage page(&model);
    QPalette dark = page.palette();
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1f, 0x22));
    dark.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2b));
    page.resize(520, 400);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    model.setEntries(entries());
    QListView* view = page.view();
    view->setCurrentIndex({});
    // The icon's top-left corner: outside GitHub's round black logo, inside the tile's rounded corner.
    const QRect row = view->visualRect(page.proxy()->index(0, 0));
    const QPoint corner(row.left() + 10 + 1, row.center().y() - ui::IconCache::kSide / 2 + 1);
    const auto lightness = [view, corner] {
        const QImage image = view->viewport()->grab().toImage();
        return image.pixelColor(corner * image.devicePixelRatio()).lightness();
    };
    CHECK(lightness() > 200); // the light palette's plain row: no tile needed, the base is light

    view->setCurrentIndex(page.proxy()->index(0, 0));
    CHECK(lightness() > 200); // selected: not the highlight colour

    view->setCurrentIndex({});
    page.setPalette(dark);
    CHECK(lightness() > 200); // dark list: the tile, not the dark base
}
