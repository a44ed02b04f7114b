// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "otp/OtpGenerator.h"
#include "ui/Translations.h"
#include "ui/desktop/ClipboardService.h"
#include "ui/dialogs/EnrollmentDialog.h"

#include <QApplication>
#include <QClipboard>
#include <QGuiApplication>
#include <QLabel>
#include <QMimeData>
#include <QPushButton>
#include <QTest>
#include <QTranslator>

using namespace twostep;

namespace {

// RFC 6238 appendix B's SHA1 key with 8 digits: its table gives the codes at 1111111109 (step
// 37037036, 1 s left) and 1111111111 (step 37037037).
otp::Account rfcAccount(const QString& issuer, const QString& name)
{
    QByteArray key("12345678901234567890");
    otp::Account account;
    account.issuer = issuer;
    account.name = name;
    account.secret = SecretBytes::takeFrom(key);
    account.parameters = otp::OtpParameters::create(otp::OtpType::Totp, otp::Algorithm::Sha1, 8, 30).value();
    return account;
}

QString labelText(const QWidget& dialog, const char* name)
{
    auto* label = dialog.findChild<QLabel*>(QString::fromLatin1(name));
    REQUIRE(label != nullptr);
    return label->text();
}

} // namespace

TEST_CASE("Enrollment shows the codes of step t and t+1 and rolls over at the boundary", "[dialogs][enrollment]")
{
    ui::ClipboardService clipboard(QGuiApplication::clipboard());
    long long pinned = 1111111109;
    ui::EnrollmentDialog dialog(rfcAccount(QStringLiteral("Example"), QStringLiteral("alice")), clipboard, nullptr,
                                [&pinned] { return test::unixTime(pinned); });
    dialog.show();

    CHECK(labelText(dialog, "code1TitleLabel") == QStringLiteral("MFA code 1"));
    CHECK(labelText(dialog, "code2TitleLabel") == QStringLiteral("MFA code 2"));
    CHECK(dialog.code1() == QStringLiteral("07081804"));
    CHECK(dialog.code2() == QStringLiteral("14050471"));
    CHECK(labelText(dialog, "code1Label") == QStringLiteral("0708 1804"));
    CHECK(labelText(dialog, "code2Label") == QStringLiteral("1405 0471"));
    CHECK(labelText(dialog, "validity1Label").contains(QStringLiteral("1 ")));
    CHECK(labelText(dialog, "validity2Label").contains(QStringLiteral("31 ")));
    // One second left: suggest waiting for the next pair.
    CHECK(dialog.findChild<QLabel*>(QStringLiteral("waitLabel"))->isVisible());
    CHECK_FALSE(dialog.findChild<QLabel*>(QStringLiteral("awsAccountIdLabel"))->isVisible());

    // The injected clock crosses the boundary; the dialog's own timers pick it up.
    pinned = 1111111111;
    REQUIRE(QTest::qWaitFor([&] { return dialog.code1() == QStringLiteral("14050471"); }, 3000));
    const auto generator = otp::OtpGenerator::create(rfcAccount({}, {})).value();
    CHECK(dialog.code2() == generator.code(37037038));
    CHECK(labelText(dialog, "code1Label") == QStringLiteral("1405 0471"));
    CHECK(labelText(dialog, "validity1Label").contains(QStringLiteral("29 ")));
    CHECK_FALSE(dialog.findChild<QLabel*>(QStringLiteral("waitLabel"))->isVisible());
}

TEST_CASE("Copy code 1, then Copy code 2: two steps, each said in the dialog, marked secret", "[dialogs][enrollment]")
{
    ui::ClipboardService clipboard(QGuiApplication::clipboard());
    long long now = 1111111109;
    ui::EnrollmentDialog dialog(rfcAccount(QStringLiteral("Example"), QStringLiteral("alice")), clipboard, nullptr,
                                [&now] { return test::unixTime(now); });
    dialog.show();
    auto* copied = dialog.findChild<QLabel*>(QStringLiteral("copiedLabel"));
    REQUIRE(copied != nullptr);
    CHECK(copied->text().isEmpty());

    QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("copyCode2Button")), Qt::LeftButton);
    CHECK(QGuiApplication::clipboard()->text() == QStringLiteral("14050471"));
    CHECK(copied->text().contains(QStringLiteral("MFA code 2 copied")));

    auto* next = dialog.findChild<QPushButton*>(QStringLiteral("copyNextCodeButton"));
    REQUIRE(next != nullptr);
    CHECK(next->text() == QStringLiteral("Copy code 1"));
    QTest::mouseClick(next, Qt::LeftButton);
    const QMimeData* mime = QGuiApplication::clipboard()->mimeData();
    REQUIRE(mime != nullptr);
    // One code per paste: never "code1<Tab>code2", which lands in the first field only.
    CHECK(mime->text() == QStringLiteral("07081804"));
    CHECK(mime->data(QStringLiteral("x-kde-passwordManagerHint")) == QByteArrayLiteral("secret"));
    CHECK(copied->text().contains(QStringLiteral("MFA code 1 copied")));
    CHECK(copied->isVisible());
    CHECK(next->text() == QStringLiteral("Copy code 2"));

    QTest::mouseClick(next, Qt::LeftButton);
    CHECK(QGuiApplication::clipboard()->text() == QStringLiteral("14050471"));
    CHECK(copied->text().contains(QStringLiteral("MFA code 2 copied")));
    CHECK(next->text() == QStringLiteral("Copy code 1"));

    // Code 1 copied, then the step ends: its code 2 is gone, so the button starts over.
    QTest::mouseClick(next, Qt::LeftButton);
    now = 1111111111;
    dialog.refresh();
    CHECK(next->text() == QStringLiteral("Copy code 1"));
    CHECK(copied->text().contains(QStringLiteral("copy code 1 again")));
    QTest::mouseClick(next, Qt::LeftButton);
    CHECK(QGuiApplication::clipboard()->text() == QStringLiteral("14050471"));
}

TEST_CASE("Enrollment recognises an AWS account and shows its account id", "[dialogs][enrollment]")
{
    ui::ClipboardService clipboard(QGuiApplication::clipboard());
    ui::EnrollmentDialog dialog(rfcAccount(QStringLiteral("Amazon Web Services"), QStringLiteral("root@123456789012")),
                                clipboard, nullptr, [] { return test::unixTime(1111111111); });
    dialog.show();
    CHECK(dialog.findChild<QLabel*>(QStringLiteral("awsAccountIdLabel"))->isVisible());
    CHECK(labelText(dialog, "awsAccountIdLabel").contains(QStringLiteral("123456789012")));
    CHECK(labelText(dialog, "accountLabel").contains(QStringLiteral("root")));
    CHECK(ui::EnrollmentDialog::awsAccountId(rfcAccount(QStringLiteral("GitHub"), QStringLiteral("a@b"))).isEmpty());
}

TEST_CASE("Enrollment warns before the codes when the clock is not synchronised", "[dialogs][enrollment]")
{
    ui::ClipboardService clipboard(QGuiApplication::clipboard());
    ui::EnrollmentDialog dialog(rfcAccount(QStringLiteral("Example"), QStringLiteral("alice")), clipboard, nullptr,
                                [] { return test::unixTime(1111111111); });
    dialog.show();
    auto* warning = dialog.findChild<QLabel*>(QStringLiteral("clockWarningLabel"));
    dialog.setClockSynchronized(false);
    CHECK(warning->isVisible());
    CHECK(warning->text().contains(QStringLiteral("NTP")));
    dialog.setClockSynchronized(true);
    CHECK_FALSE(warning->isVisible());
}

TEST_CASE("In Korean the columns use the console's words MFA 코드 1 and MFA 코드 2", "[dialogs][enrollment][i18n]")
{
    REQUIRE(ui::installTranslations(QStringLiteral("ko")) == QStringLiteral("ko"));
    {
        ui::ClipboardService clipboard(QGuiApplication::clipboard());
        ui::EnrollmentDialog dialog(rfcAccount(QStringLiteral("Example"), QStringLiteral("alice")), clipboard, nullptr,
                                    [] { return test::unixTime(1111111111); });
        CHECK(labelText(dialog, "code1TitleLabel") == QStringLiteral("MFA 코드 1"));
        CHECK(labelText(dialog, "code2TitleLabel") == QStringLiteral("MFA 코드 2"));
        CHECK(labelText(dialog, "hintLabel").contains(QStringLiteral("MFA 코드 2")));
    }
    // Back to English for the other tests of this executable.
    const QList<QTranslator*> translators = qApp->findChildren<QTranslator*>();
    for (QTranslator* translator : translators) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    ui::ClipboardService clipboard(QGuiApplication::clipboard());
    ui::EnrollmentDialog english(rfcAccount({}, QStringLiteral("alice")), clipboard, nullptr,
                                 [] { return test::unixTime(1111111111); });
    CHECK(labelText(english, "code1TitleLabel") == QStringLiteral("MFA code 1"));
}

TEST_CASE("Enrollment of a hotp account at 2^64-1 shows no second code instead of wrapping to counter 0",
          "[dialogs][enrollment]")
{
    ui::ClipboardService clipboard(QGuiApplication::clipboard());
    otp::Account account = rfcAccount(QStringLiteral("RFC"), QStringLiteral("4226"));
    account.parameters =
        otp::OtpParameters::create(otp::OtpType::Hotp, otp::Algorithm::Sha1, 6, 30, otp::kMaxCounter - 1).value();
    {
        // oathtool --hotp -c 18446744073709551614 -w 1 3132333435363738393031323334353637383930
        ui::EnrollmentDialog before(account, clipboard);
        before.show();
        CHECK(before.code1() == QStringLiteral("488204"));
        CHECK(before.code2() == QStringLiteral("094451"));
        CHECK(labelText(before, "validity2Label").contains(QStringLiteral("18446744073709551615")));
    }
    account.parameters = account.parameters.withCounter(otp::kMaxCounter);
    ui::EnrollmentDialog last(account, clipboard);
    last.show();
    CHECK(last.code1() == QStringLiteral("094451"));
    CHECK(last.code2().isEmpty());
    CHECK(labelText(last, "code2Label") == QStringLiteral("—"));
    CHECK_FALSE(labelText(last, "validity2Label").contains(QStringLiteral("Counter 0")));
}
