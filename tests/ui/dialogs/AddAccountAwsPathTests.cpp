// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "otp/Base32.h"
#include "qr/QrEncoder.h"
#include "ui/Translations.h"
#include "ui/dialogs/AddAccountDialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDropEvent>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPainter>
#include <QPushButton>
#include <QTabWidget>
#include <QTest>
#include <QTranslator>

using namespace twostep;

// Issue 15's AWS path through the add dialog: the secret key (defect 5), Ctrl+V (6), an image
// without a QR code (7) and the duplicate note with the reason Add is off (8).
namespace {

// A 64-character base32 secret as the AWS console's "Show secret key" shows it.
const QString kAwsSecret = QStringLiteral("JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP");
const QString kAwsUri = QStringLiteral("otpauth://totp/Amazon%20Web%20Services:root@123456789012?secret=") +
                        kAwsSecret + QStringLiteral("&issuer=Amazon%20Web%20Services");

template <typename T> T* child(const QWidget& parent, const char* name)
{
    auto* found = parent.findChild<T*>(QString::fromLatin1(name));
    REQUIRE(found != nullptr);
    return found;
}

// The AWS page before "Show QR code" is clicked: the instructions and a grey box, no QR code.
QImage awsPageWithoutQr()
{
    QImage page(1024, 640, QImage::Format_RGB32);
    page.fill(QColor(0xf2, 0xf3, 0xf3));
    QPainter painter(&page);
    painter.setPen(Qt::black);
    painter.drawText(60, 80, QStringLiteral("Set up device"));
    painter.drawText(60, 120, QStringLiteral("2. Open your authenticator app, choose Show QR code, and scan it"));
    painter.fillRect(QRect(80, 150, 220, 220), QColor(0xd5, 0xdb, 0xdb));
    painter.drawText(QRect(80, 150, 220, 220), Qt::AlignCenter, QStringLiteral("Show QR code"));
    painter.drawText(60, 420, QStringLiteral("Alternatively, you can type the secret key. Show secret key"));
    return page;
}

void openActive(QWidget& dialog)
{
    dialog.show();
    dialog.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&dialog));
}

void sendDrop(QWidget& target, QMimeData& mime)
{
    const QPointF at(target.width() / 2.0, target.height() / 2.0);
    QDragEnterEvent enter(at.toPoint(), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&target, &enter);
    REQUIRE(enter.isAccepted());
    QDropEvent drop(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&target, &drop);
}

} // namespace

TEST_CASE("A secret key pasted or dropped opens the manual page with the key filled in and the issuer asked; the "
          "field shows and hides it",
          "[dialogs][add][aws]")
{
    ui::AddAccountDialog dialog({});
    openActive(dialog);
    auto* tabs = child<QTabWidget>(dialog, "sourceTabs");
    auto* secret = child<QLineEdit>(dialog, "secretLineEdit");
    QGuiApplication::clipboard()->setText(QStringLiteral("  ") + kAwsSecret + QStringLiteral("\n"));
    QTest::mouseClick(child<QPushButton>(dialog, "pasteButton"), Qt::LeftButton);
    CHECK(tabs->currentIndex() == 1);
    CHECK(secret->text() == kAwsSecret);
    CHECK(secret->echoMode() == QLineEdit::Password);
    CHECK(QApplication::focusWidget() == child<QLineEdit>(dialog, "issuerLineEdit"));
    CHECK(child<QLabel>(dialog, "secretErrorLabel")->text().contains(QStringLiteral("issuer")));
    CHECK_FALSE(child<QPushButton>(dialog, "addButton")->isEnabled());

    auto* show = child<QPushButton>(dialog, "showSecretButton");
    QTest::mouseClick(show, Qt::LeftButton);
    CHECK(secret->echoMode() == QLineEdit::Normal);
    CHECK(show->text().remove(QLatin1Char('&')) == QStringLiteral("Hide"));
    QTest::mouseClick(show, Qt::LeftButton);
    CHECK(secret->echoMode() == QLineEdit::Password);

    QTest::keyClicks(child<QLineEdit>(dialog, "issuerLineEdit"), QStringLiteral("Amazon Web Services"));
    QTest::keyClicks(child<QLineEdit>(dialog, "nameLineEdit"), QStringLiteral("root@123456789012"));
    REQUIRE(dialog.accounts().size() == 1);
    CHECK(otp::encodeBase32(dialog.accounts().constFirst().secret.bytes()) == kAwsSecret);

    // Dropped as text on a fresh dialog: the same path. A long ordinary word is no key.
    ui::AddAccountDialog dropped({});
    dropped.show();
    QMimeData mime;
    mime.setText(kAwsSecret.toLower());
    sendDrop(dropped, mime);
    CHECK(child<QTabWidget>(dropped, "sourceTabs")->currentIndex() == 1);
    CHECK(child<QLineEdit>(dropped, "secretLineEdit")->text() == kAwsSecret.toLower());
    ui::AddAccountDialog word({});
    word.addText(QStringLiteral("internationalization"));
    CHECK(child<QTabWidget>(word, "sourceTabs")->currentIndex() == 0);
    CHECK(child<QLineEdit>(word, "secretLineEdit")->text().isEmpty());
}

TEST_CASE("Ctrl+V in the add dialog pastes an image, a link or a key; in a text field it pastes into the field",
          "[dialogs][add][aws]")
{
    ui::AddAccountDialog dialog({});
    openActive(dialog);
    const QImage qr = qr::encodeQr(kAwsUri, 4).value();
    QImage page(qr.width() + 80, qr.height() + 80, QImage::Format_RGB32);
    page.fill(Qt::white);
    QPainter(&page).drawImage(40, 40, qr);
    QGuiApplication::clipboard()->setImage(page);
    QTest::keyClick(&dialog, Qt::Key_V, Qt::ControlModifier);
    auto* list = child<QListWidget>(dialog, "candidateList");
    REQUIRE(list->count() == 1);
    CHECK(list->item(0)->text().contains(QStringLiteral("root@123456789012")));
    CHECK(child<QPushButton>(dialog, "addButton")->isEnabled());

    QGuiApplication::clipboard()->setText(kAwsSecret);
    QTest::keyClick(list, Qt::Key_V, Qt::ControlModifier);
    auto* secret = child<QLineEdit>(dialog, "secretLineEdit");
    CHECK(child<QTabWidget>(dialog, "sourceTabs")->currentIndex() == 1);
    CHECK(secret->text() == kAwsSecret);

    // In the name field Ctrl+V is the field's own paste, not another scan.
    auto* name = child<QLineEdit>(dialog, "nameLineEdit");
    name->setFocus();
    QGuiApplication::clipboard()->setText(QStringLiteral("root@123456789012"));
    QTest::keyClick(name, Qt::Key_V, Qt::ControlModifier);
    CHECK(name->text() == QStringLiteral("root@123456789012"));
    CHECK(secret->text() == kAwsSecret);
}

TEST_CASE("No QR code in the image: say that AWS shows it only after Show QR code, and offer the secret key",
          "[dialogs][add][aws]")
{
    ui::AddAccountDialog dialog({});
    dialog.show();
    auto* useKey = child<QPushButton>(dialog, "useSecretKeyButton");
    CHECK_FALSE(useKey->isVisible());
    dialog.addImage(awsPageWithoutQr());
    const QString status = child<QLabel>(dialog, "scanStatusLabel")->text();
    CHECK(status.contains(QStringLiteral("No QR code was found")));
    CHECK(status.contains(QStringLiteral("\"Show QR code\"")));
    CHECK(status.contains(QStringLiteral("\"Show secret key\"")));
    REQUIRE(useKey->isVisible());
    QTest::mouseClick(useKey, Qt::LeftButton);
    CHECK(child<QTabWidget>(dialog, "sourceTabs")->currentIndex() == 1);

    // A QR found afterwards takes the offer away again.
    child<QTabWidget>(dialog, "sourceTabs")->setCurrentIndex(0);
    dialog.addText(kAwsUri);
    CHECK_FALSE(useKey->isVisible());

    REQUIRE(ui::installTranslations(QStringLiteral("ko")) == QStringLiteral("ko"));
    {
        ui::AddAccountDialog korean({});
        korean.addImage(awsPageWithoutQr());
        const QString text = child<QLabel>(korean, "scanStatusLabel")->text();
        CHECK(text.contains(QStringLiteral("QR 코드 표시")));
        CHECK(text.contains(QStringLiteral("비밀 키 표시")));
    }
    const QList<QTranslator*> translators = qApp->findChildren<QTranslator*>();
    for (QTranslator* translator : translators) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

TEST_CASE("The duplicate note wraps inside the list, names the account once, and a disabled Add says why",
          "[dialogs][add][aws]")
{
    otp::Account existing;
    existing.issuer = QStringLiteral("AMAZON WEB SERVICES");
    existing.name = QStringLiteral("mfa-device-of-the-deployment-pipeline@123456789012");
    existing.secret = otp::decodeBase32(kAwsSecret).value();
    const QString uri = QStringLiteral("otpauth://totp/Amazon%20Web%20Services:"
                                       "mfa-device-of-the-deployment-pipeline@123456789012?secret=") +
                        kAwsSecret;
    for (const QString& language : {QStringLiteral("en"), QStringLiteral("ko")}) {
        INFO(language.toStdString());
        if (language == QStringLiteral("ko")) {
            REQUIRE(ui::installTranslations(language) == language);
        }
        ui::AddAccountDialog dialog({existing});
        dialog.show();
        auto* reason = child<QLabel>(dialog, "addDisabledReasonLabel");
        auto* add = child<QPushButton>(dialog, "addButton");
        CHECK_FALSE(add->isEnabled());
        CHECK_FALSE(reason->text().isEmpty()); // nothing scanned yet: says what to do
        dialog.addText(uri);
        auto* list = child<QListWidget>(dialog, "candidateList");
        REQUIRE(list->count() == 1);
        const QString text = list->item(0)->text();
        CHECK(text.count(QStringLiteral("pipeline@123456789012"), Qt::CaseInsensitive) == 1);
        QTest::qWait(0);
        const QRect item = list->visualItemRect(list->item(0));
        CHECK(item.right() < list->viewport()->width());
        CHECK(list->fontMetrics().horizontalAdvance(text) > list->viewport()->width()); // long enough to wrap
        CHECK(item.height() >= 2 * list->fontMetrics().lineSpacing());
        CHECK_FALSE(add->isEnabled());
        CHECK(reason->isVisible());
        CHECK(reason->wordWrap());
        CHECK(add->toolTip() == reason->text());
        CHECK(reason->geometry().right() < dialog.width());
        if (language == QStringLiteral("en")) {
            CHECK(reason->text().contains(QStringLiteral("already in the vault")));
        } else {
            CHECK(reason->text().contains(QStringLiteral("보관함")));
        }
    }
    const QList<QTranslator*> translators = qApp->findChildren<QTranslator*>();
    for (QTranslator* translator : translators) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}
