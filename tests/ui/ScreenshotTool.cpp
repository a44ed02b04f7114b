// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Renders the main screens into PNG files for docs/screenshots (run by scripts/screenshots.sh
// under Xvfb): twostep_screenshots OUT_DIR PREFIX [--lang en|ko] [--dark] [--only list]
#include "FileSystemFaults.h"
#include "otp/OtpauthUri.h"
#include "ui/AccountListModel.h"
#include "ui/AccountListPage.h"
#include "ui/MainWindow.h"
#include "ui/Settings.h"
#include "ui/Translations.h"
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
#include <QPushButton>
#include <QStyleFactory>
#include <QTest>

#include <cstdio>

using namespace twostep;

namespace {

const QString kPassword = QStringLiteral("correct horse battery staple");

QList<otp::Account> demoAccounts()
{
    const QStringList uris = {
        QStringLiteral(
            "otpauth://totp/Amazon%20Web%20Services:alice@123456789012?secret="
            "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP&issuer=Amazon%20Web%20Services"),
        QStringLiteral("otpauth://totp/GitHub:alice-example?secret=4SJHB4GSD43FZBAI7C2HLRJGPQ&issuer=GitHub"),
        QStringLiteral("otpauth://totp/Google:alice@example.com?secret=7ELGJSGXNCCTV3O6LKJWYFV2RA&issuer=Google"),
        QStringLiteral("otpauth://totp/Battle.net:US-2211-2050-3346?secret=BMGRXPGFARQQF4GMT25JATL2VYLAHDBI&"
                       "issuer=Battle.net&digits=8"),
        QStringLiteral("otpauth://hotp/Issuu:James?secret=YOOMIXWS5GN6RTBPUFFWKTW5M4&issuer=Issuu&counter=1"),
        QStringLiteral("otpauth://totp/%EB%84%A4%EC%9D%B4%EB%B2%84:alice?secret=5OM4WOOGPLQEF6UGN3CPEOOLWU&"
                       "issuer=%EB%84%A4%EC%9D%B4%EB%B2%84"),
    };
    QList<otp::Account> accounts;
    for (const QString& uri : uris) {
        accounts.append(otp::parseOtpauthUri(uri).value().account);
    }
    return accounts;
}

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
        std::fprintf(stderr, "usage: twostep_screenshots OUT_DIR PREFIX [--lang en|ko] [--dark] [--only list]\n");
        return 2;
    }
    const QString out = args.at(1);
    const QString prefix = args.at(2);
    const qsizetype langAt = args.indexOf(QStringLiteral("--lang"));
    ui::installTranslations(langAt > 0 ? args.value(langAt + 1) : QStringLiteral("en"));
    if (args.contains(QStringLiteral("--dark"))) {
        setDarkPalette();
    }
    const bool onlyList = args.contains(QStringLiteral("--only"));
    const auto file = [&](const char* name) -> QString {
        return out + QLatin1Char('/') + prefix + QLatin1String(name);
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
    window.resize(560, 520);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window)) {
        return 1;
    }

    if (!onlyList) {
        typeInto(window, "newPasswordLineEdit", QStringLiteral("correct horse"));
        save(&window, file("create.png"));
    }
    typeInto(window, "newPasswordLineEdit", kPassword);
    typeInto(window, "confirmPasswordLineEdit", kPassword);
    window.findChild<QPushButton*>(QStringLiteral("createVaultButton"))->click();
    if (!QTest::qWaitFor([&window] { return window.isUnlocked(); }, 20000)) { // created off the UI thread
        std::fputs("twostep_screenshots: the vault was not created within 20 s\n", stderr);
        return 1;
    }
    if (!onlyList) {
        save(&window, file("empty.png"));
    }

    window.addAccounts(demoAccounts());
    QListView* view = window.listPage()->view();
    view->setCurrentIndex(view->model()->index(1, 0));
    const QRect first = view->visualRect(view->model()->index(0, 0));
    QTest::mouseMove(view->viewport(), first.center());
    QTest::qWait(200);
    save(&window, file("list.png"));
    if (onlyList) {
        return 0;
    }

    const QString awsId = window.model()->idAt(0);
    window.showEnrollment(awsId);
    QTest::qWait(300);
    if (auto* enrollment = topLevel<ui::EnrollmentDialog>()) {
        save(enrollment, file("enrollment.png"));
        enrollment->close();
    }
    window.showQr(window.model()->idAt(1));
    QTest::qWait(300);
    if (auto* qr = topLevel<ui::QrDialog>()) {
        save(qr, file("qr.png"));
        qr->close();
    }

    // A change the vault's folder refuses: the bar above the list.
    if (test::obeyFileModesFromNowOn() && test::setFolderReadOnly(dir.path(), true)) {
        window.addAccounts({otp::parseOtpauthUri(QStringLiteral("otpauth://totp/Dropbox:alice@example.com?secret="
                                                                "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP&issuer=Dropbox"))
                                .value()
                                .account});
        view->scrollToBottom(); // the kept account is the last row
        QTest::qWait(100);
        save(&window, file("unsaved.png"));
        test::setFolderReadOnly(dir.path(), false);
        window.saveUnsavedChanges();
    }

    // A keyring slot, so the unlock page after the lock offers "Unlock with keyring".
    if (!window.vault()->addKeyringSlot()) {
        std::fprintf(stderr, "cannot add a keyring slot\n");
        return 1;
    }
    window.lock();
    typeInto(window, "passwordLineEdit", QStringLiteral("hunter2"));
    QTest::keyClick(window.findChild<QLineEdit*>(QStringLiteral("passwordLineEdit")), Qt::Key_Return);
    if (!QTest::qWaitFor(
            [&window] { return window.findChild<QLabel*>(QStringLiteral("unlockErrorLabel"))->isVisible(); }, 20000)) {
        std::fputs("twostep_screenshots: no wrong-password message within 20 s\n", stderr);
        return 1;
    }
    save(&window, file("unlock.png"));
    return 0;
}
