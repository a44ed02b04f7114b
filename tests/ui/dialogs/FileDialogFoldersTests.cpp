// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "WidgetTestSupport.h"
#include "otp/OtpauthUri.h"
#include "ui/dialogs/AddAccountDialog.h"
#include "ui/dialogs/FileDialogFolders.h"
#include "ui/dialogs/ImportDialog.h"
#include "ui/dialogs/QrDialog.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QImage>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTimer>

#include <memory>
#include <utility>

using namespace twostep;
using test::child;

namespace {

// Clicks `button`, then answers the modal file dialog it opens: returns the folder and the file
// name the dialog proposed, and picks `choose` (or cancels when empty).
struct Proposed
{
    QString folder;
    QString fileName;
};

Proposed answerFileDialog(QPushButton* button, const QString& choose)
{
    Proposed proposed;
    bool answered = false;
    bool tried = false;
    QFileDialog* seen = nullptr;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, [&] {
        if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
            FAIL_CHECK("the file dialog said: " << box->text().toStdString());
            box->close();
            return;
        }
        auto* dialog = qobject_cast<QFileDialog*>(QApplication::activeModalWidget());
        if (dialog == nullptr) {
            answered = tried;
            return;
        }
        // One tick after it showed, once exec() runs its loop (an answer from within show() would
        // leave exec() waiting for ever); again until it closes, as the folder may still be loading.
        if (std::exchange(seen, dialog) != dialog) {
            return;
        }
        if (!std::exchange(tried, true)) {
            proposed.folder = dialog->directory().absolutePath();
            proposed.fileName = QFileInfo(dialog->selectedFiles().value(0)).fileName();
        }
        if (choose.isEmpty()) {
            dialog->reject();
        } else {
            // selectFile() leaves the name field alone while it has the focus: type the path there.
            auto* name = dialog->findChild<QLineEdit*>(QStringLiteral("fileNameEdit"));
            REQUIRE(name != nullptr);
            name->setText(choose);
            QTest::keyClick(name, Qt::Key_Return);
        }
    });
    poll.start(20);
    QTimer::singleShot(0, button, &QPushButton::click);
    REQUIRE(QTest::qWaitFor([&] { return answered; }, 5000));
    QApplication::processEvents();
    return proposed;
}

// A home of its own, with the XDG pictures and documents folders in it.
struct Home
{
    QTemporaryDir dir;
    Home()
    {
        REQUIRE(dir.isValid());
        qputenv("HOME", dir.path().toUtf8());
        qunsetenv("XDG_CONFIG_HOME");
        REQUIRE(QDir(dir.path()).mkpath(QStringLiteral("Pictures")));
        REQUIRE(QDir(dir.path()).mkpath(QStringLiteral("Documents")));
        REQUIRE(QDir(dir.path()).mkpath(QStringLiteral("Downloads/shots")));
    }
    QString path(const QString& name) const { return dir.filePath(name); }
};

} // namespace

TEST_CASE("File dialogs start in Pictures or Documents, then where the user last chose a file", "[ui][dialogs][files]")
{
    Home home;
    const QString shot = home.path(QStringLiteral("Downloads/shots/aws.png"));
    QImage white(40, 40, QImage::Format_RGB32);
    white.fill(Qt::white);
    REQUIRE(white.save(shot));

    ui::AddAccountDialog add({});
    add.show();
    const Proposed first = answerFileDialog(child<QPushButton>(add, "openFileButton"), shot);
    CHECK(first.folder == home.path(QStringLiteral("Pictures")));
    const Proposed second = answerFileDialog(child<QPushButton>(add, "openFileButton"), QString());
    CHECK(second.folder == home.path(QStringLiteral("Downloads/shots")));
    add.close();

    // "Save QR" proposes issuer-name.png, in the images folder last used.
    const otp::Account account =
        otp::parseOtpauthUri(QStringLiteral("otpauth://totp/Amazon%20Web%20Services:alice@123456789012?"
                                            "secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP&issuer=Amazon%20Web%20Services"))
            .value()
            .account;
    std::unique_ptr<ui::QrDialog> qr(ui::QrDialog::forAccount(account));
    qr->show();
    const Proposed saved = answerFileDialog(child<QPushButton>(*qr, "saveButton"), QString());
    CHECK(saved.folder == home.path(QStringLiteral("Downloads/shots")));
    CHECK(saved.fileName == QStringLiteral("Amazon-Web-Services-alice@123456789012.png"));
    qr->close();

    // Other apps' export files start in Documents.
    ui::ImportDialog import({});
    import.show();
    const Proposed imported = answerFileDialog(child<QPushButton>(import, "chooseFileButton"), QString());
    CHECK(imported.folder == home.path(QStringLiteral("Documents")));
}

TEST_CASE("A QR file name keeps the issuer and the name and nothing a file system refuses", "[ui][dialogs][files]")
{
    using ui::FileDialogFolders;
    CHECK(FileDialogFolders::fileNameFor(QStringLiteral("GitHub"), QStringLiteral("alice"), QStringLiteral("png")) ==
          QStringLiteral("GitHub-alice.png"));
    CHECK(FileDialogFolders::fileNameFor(QStringLiteral("../etc"), QStringLiteral("a/b:c*?"), QStringLiteral("png")) ==
          QStringLiteral("etc-a-b-c.png"));
    CHECK(FileDialogFolders::fileNameFor(QString(), QStringLiteral("카카오 계정"), QStringLiteral("png")) ==
          QStringLiteral("카카오-계정.png"));
    CHECK(FileDialogFolders::fileNameFor(QStringLiteral("///"), QString(), QStringLiteral("svg")) ==
          QStringLiteral("account.svg"));
    CHECK(FileDialogFolders::fileNameFor(QString(300, QLatin1Char('x')), QString(), QStringLiteral("png")).size() ==
          104);
}
