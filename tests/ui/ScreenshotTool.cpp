// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Renders the main screens into PNG files for docs/screenshots (run by scripts/screenshots.sh
// under Xvfb): twostep_screenshots OUT_DIR PREFIX [--lang en|ko] [--dark] [--only NAME,NAME...]
// NAME: create, empty, list, replace, enrollment, qr, unsaved, unlock.
#include "FileSystemFaults.h"
#include "ScreenshotDemo.h"
#include "ui/AccountListModel.h"
#include "ui/AccountListPage.h"
#include "ui/MainWindow.h"
#include "ui/Settings.h"
#include "ui/Translations.h"
#include "ui/WindowPlacement.h"
#include "ui/desktop/ClipboardService.h"
#include "ui/dialogs/EnrollmentDialog.h"
#include "ui/dialogs/QrDialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDialog>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QStyleFactory>
#include <QTest>

#include <cstdio>

using namespace twostep;

namespace {

const QString kPassword = QStringLiteral("correct horse battery staple");

void save(QWidget* widget, const QString& path)
{
    widget->raise();
    widget->activateWindow();
    QTest::qWait(150);
    if (!widget->grab().save(path)) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
        std::exit(1);
    }
    std::printf("%s\n", qPrintable(path));
}

template <typename T> T* topLevel()
{
    for (QWidget* widget : QApplication::topLevelWidgets()) {
        if (auto* match = qobject_cast<T*>(widget); match != nullptr && match->isVisible()) {
            return match;
        }
    }
    for (QWidget* widget : QApplication::allWidgets()) {
        if (auto* match = qobject_cast<T*>(widget); match != nullptr && match->isVisible()) {
            return match;
        }
    }
    return nullptr;
}

void typeInto(QWidget& window, const char* name, const QString& text)
{
    auto* edit = window.findChild<QLineEdit*>(QString::fromLatin1(name));
    edit->clear();
    QTest::keyClicks(edit, text);
}

void setDarkPalette()
{
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2d, 0x30));
    dark.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1f, 0x22));
    dark.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2b));
    dark.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Button, QColor(0x3a, 0x3c, 0x40));
    dark.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Highlight, QColor(0x2f, 0x65, 0xca));
    dark.setColor(QPalette::HighlightedText, Qt::white);
    dark.setColor(QPalette::Link, QColor(0x6c, 0xa8, 0xff));
    dark.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    dark.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3c, 0x40));
    dark.setColor(QPalette::ToolTipText, QColor(0xe6, 0xe6, 0xe6));
    QApplication::setPalette(dark);
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    const QStringList args = QApplication::arguments();
    if (args.size() < 3) {
        std::fprintf(stderr,
                     "usage: twostep_screenshots OUT_DIR PREFIX [--lang en|ko] [--dark] [--only NAME,NAME...]\n");
        return 2;
    }
    const QString out = args.at(1);
    const QString prefix = args.at(2);
    const qsizetype langAt = args.indexOf(QStringLiteral("--lang"));
    ui::installTranslations(langAt > 0 ? args.value(langAt + 1) : QStringLiteral("en"));
    if (args.contains(QStringLiteral("--dark"))) {
        setDarkPalette();
    }
    const qsizetype onlyAt = args.indexOf(QStringLiteral("--only"));
    const QStringList only = onlyAt > 0 ? args.value(onlyAt + 1).split(QLatin1Char(',')) : QStringList();
    const auto wanted = [&only](const char* name) { return only.isEmpty() || only.contains(QLatin1String(name)); };
    const auto file = [&](const char* name) -> QString {
        return out + QLatin1Char('/') + prefix + QLatin1String(name) + QStringLiteral(".png");
    };

    // A fixed folder, not a random temporary one: the vault path on the pages reads well and stays the same.
    const struct DemoFolder
    {
        QDir dir{QDir::tempPath() + QStringLiteral("/twostep-demo")};
        DemoFolder()
        {
            dir.removeRecursively();
            dir.mkpath(dir.path());
        }
        ~DemoFolder() { dir.removeRecursively(); }
        QString path() const { return dir.path(); }
        QString filePath(const QString& name) const { return dir.filePath(name); }
    } dir;
    ui::Settings settings(dir.filePath(QStringLiteral("settings.ini")));
    ui::ClipboardService clipboard(QGuiApplication::clipboard());
    ui::MainWindow window(dir.filePath(QStringLiteral("vault.twostep")), settings, clipboard);
    window.setKdfParameters(vault::fastKdfParametersForTests());
    // A fixed time, so that every run shows the same codes: 21 s left of the step for the list.
    otp::ClockTime now = screenshots::at(screenshots::kStepStart + 9);
    window.model()->setClock([&now] { return now; });
    window.resize(560, 520);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window)) {
        return 1;
    }

    if (wanted("create")) {
        typeInto(window, "newPasswordLineEdit", QStringLiteral("correct horse"));
        save(&window, file("create"));
    }
    typeInto(window, "newPasswordLineEdit", kPassword);
    typeInto(window, "confirmPasswordLineEdit", kPassword);
    window.findChild<QPushButton*>(QStringLiteral("createVaultButton"))->click();
    if (!QTest::qWaitFor([&window] { return window.isUnlocked(); }, 20000)) { // created off the UI thread
        std::fputs("twostep_screenshots: the vault was not created within 20 s\n", stderr);
        return 1;
    }
    if (wanted("empty")) {
        save(&window, file("empty"));
    }

    // Tall enough for the dozen accounts at 100 %; at 200 % the screen cuts it, as it would the app.
    window.resize(560, 830);
    ui::WindowPlacement::fitToScreen(&window);
    window.addAccounts(screenshots::demoAccounts());
    QListView* view = window.listPage()->view();
    view->setCurrentIndex(view->model()->index(2, 0)); // Google; GitHub's black logo on the plain row
    const QRect first = view->visualRect(view->model()->index(0, 0));
    QTest::mouseMove(view->viewport(), first.center());
    QTest::qWait(200);
    if (wanted("list")) {
        save(&window, file("list"));
    }

    // "Assign MFA device" started again, 4 s before the end of a step: the replace question, then
    // the enrollment dialog of the new secret.
    now = screenshots::at(screenshots::kStepStart + 26);
    if (wanted("replace") || wanted("enrollment")) {
        window.addAccounts({screenshots::redoneAwsEnrollment()});
        QMessageBox* question = nullptr;
        if (!QTest::qWaitFor([&question] { return (question = topLevel<QMessageBox>()) != nullptr; }, 5000)) {
            std::fputs("twostep_screenshots: the redone enrollment asked nothing\n", stderr);
            return 1;
        }
        if (wanted("replace")) {
            save(question, file("replace"));
        }
        question->findChild<QPushButton*>(QStringLiteral("replaceOldButton"))->click();
        ui::EnrollmentDialog* enrollment = nullptr;
        if (!QTest::qWaitFor([&enrollment] { return (enrollment = topLevel<ui::EnrollmentDialog>()) != nullptr; },
                             5000)) {
            std::fputs("twostep_screenshots: no enrollment dialog after the replace\n", stderr);
            return 1;
        }
        QTest::qWait(300);
        if (wanted("enrollment")) {
            save(enrollment, file("enrollment"));
        }
        enrollment->close();
    }
    now = screenshots::at(screenshots::kStepStart + 9);
    if (wanted("qr")) {
        window.showQr(window.model()->idAt(1));
        QTest::qWait(300);
        if (auto* qr = topLevel<ui::QrDialog>()) {
            save(qr, file("qr"));
            qr->close();
        }
    }

    // A change the vault's folder refuses: the bar above the list.
    if (wanted("unsaved") && test::obeyFileModesFromNowOn() && test::setFolderReadOnly(dir.path(), true)) {
        window.addAccounts({screenshots::unsavedAccount()});
        view->scrollToBottom(); // the kept account is the last row
        QTest::qWait(100);
        save(&window, file("unsaved"));
        test::setFolderReadOnly(dir.path(), false);
        window.saveUnsavedChanges();
    }
    if (!wanted("unlock")) {
        return 0;
    }

    // A keyring slot, so the unlock page after the lock offers "Unlock with keyring".
    if (!window.vault()->addKeyringSlot()) {
        std::fprintf(stderr, "cannot add a keyring slot\n");
        return 1;
    }
    window.lock();
    window.resize(560, 520);
    typeInto(window, "passwordLineEdit", QStringLiteral("hunter2"));
    QTest::keyClick(window.findChild<QLineEdit*>(QStringLiteral("passwordLineEdit")), Qt::Key_Return);
    if (!QTest::qWaitFor(
            [&window] { return window.findChild<QLabel*>(QStringLiteral("unlockErrorLabel"))->isVisible(); }, 20000)) {
        std::fputs("twostep_screenshots: no wrong-password message within 20 s\n", stderr);
        return 1;
    }
    save(&window, file("unlock"));
    return 0;
}
