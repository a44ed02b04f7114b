// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DialogSizeCheck.h"
#include "TestSupport.h"
#include "otp/Base32.h"
#include "ui/Translations.h"
#include "ui/desktop/ClipboardService.h"
#include "ui/dialogs/AddAccountDialog.h"
#include "ui/dialogs/EditAccountDialog.h"
#include "ui/dialogs/EnrollmentDialog.h"

#include <QClipboard>
#include <QDateTime>
#include <QGuiApplication>
#include <QImage>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTimeZone>
#include <QTranslator>

#include <functional>
#include <utility>

using namespace twostep;

namespace {

const QString kAwsSecret = QStringLiteral("JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP");
// 1111111110 is the start of a 30 s step (37037037).
constexpr long long kStepStart = 1111111110;

otp::Account awsAccount(const QString& base32 = kAwsSecret)
{
    otp::Account account;
    account.issuer = QStringLiteral("Amazon Web Services");
    account.name = QStringLiteral("root@123456789012");
    account.secret = otp::decodeBase32(base32).value();
    return account;
}

using State = std::pair<QString, std::function<void()>>;

// Shows `dialog`, runs each state in turn and checks after each one that nothing is squeezed and
// that the dialog kept the size it opened with.
void walkStates(QWidget& dialog, const QList<State>& states)
{
    dialog.show();
    test::settle(dialog);
    const QSize opened = dialog.size();
    for (const auto& [name, enter] : states) {
        enter();
        test::settle(dialog);
        INFO(dialog.objectName().toStdString() << " in state " << name.toStdString());
        CHECK(dialog.size() == opened);
        test::checkNothingSqueezed(dialog, name);
    }
}

void removeTranslators()
{
    const QList<QTranslator*> translators = qApp->findChildren<QTranslator*>();
    for (QTranslator* translator : translators) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

void walkEveryDialog()
{
    ui::ClipboardService clipboard(QGuiApplication::clipboard());
    long long now = kStepStart + 1;
    {
        ui::EnrollmentDialog enrollment(awsAccount(), clipboard, nullptr, [&now] { return test::unixTime(now); });
        enrollment.setOlderTwin(QDateTime(QDate(2026, 11, 2), QTime(9, 30), QTimeZone::utc()));
        auto* copyNext = enrollment.findChild<QPushButton*>(QStringLiteral("copyNextCodeButton"));
        REQUIRE(copyNext != nullptr);
        const auto at = [&](long long t) {
            return [&now, &enrollment, t] {
                now = t;
                enrollment.refresh();
            };
        };
        walkStates(enrollment,
                   {{QStringLiteral("29 s left"), at(kStepStart + 1)},
                    {QStringLiteral("4 s left"), at(kStepStart + 26)},
                    {QStringLiteral("clock warning"), [&] { enrollment.setClockSynchronized(false); }},
                    {QStringLiteral("code 1 copied"), [&] { copyNext->click(); }},
                    {QStringLiteral("code 2 copied"), [&] { copyNext->click(); }},
                    {QStringLiteral("code 1 copied, 1 s left"), [&] { copyNext->click(), at(kStepStart + 29)(); }},
                    {QStringLiteral("new step"), at(kStepStart + 31)},
                    {QStringLiteral("clock fine"), [&] { enrollment.setClockSynchronized(true); }}});
    }
    {
        otp::Account old = awsAccount(QStringLiteral("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"));
        ui::AddAccountDialog add({old});
        auto* tabs = add.findChild<QTabWidget*>(QStringLiteral("sourceTabs"));
        auto* secret = add.findChild<QLineEdit*>(QStringLiteral("secretLineEdit"));
        REQUIRE(tabs != nullptr);
        REQUIRE(secret != nullptr);
        QImage blank(400, 300, QImage::Format_RGB32);
        blank.fill(Qt::white);
        walkStates(add, {{QStringLiteral("no QR found"), [&] { add.addImage(blank); }},
                         {QStringLiteral("a redone enrollment"),
                          [&] {
                              add.addText(QStringLiteral("otpauth://totp/Amazon%20Web%20Services:root@123456789012?"
                                                         "secret=") +
                                          kAwsSecret);
                          }},
                         {QStringLiteral("a duplicate"),
                          [&] {
                              add.addText(QStringLiteral("otpauth://totp/Amazon%20Web%20Services:root@123456789012?"
                                                         "secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"));
                          }},
                         {QStringLiteral("secret key pasted"), [&] { add.addText(kAwsSecret); }},
                         {QStringLiteral("bad character"), [&] { secret->setText(kAwsSecret + QLatin1Char('1')); }},
                         {QStringLiteral("secret shown"),
                          [&] { add.findChild<QPushButton*>(QStringLiteral("showSecretButton"))->click(); }},
                         {QStringLiteral("back to the scan page"), [&] { tabs->setCurrentIndex(0); }}});
    }
    {
        ui::EditAccountDialog edit(QStringLiteral("Amazon Web Services"), QStringLiteral("root@123456789012"));
        edit.showAwsMfaArn({});
        edit.showAdded(QDateTime(QDate(2026, 11, 2), QTime(9, 30), QTimeZone::utc()));
        auto* name = edit.findChild<QLineEdit*>(QStringLiteral("nameLineEdit"));
        auto* issuer = edit.findChild<QLineEdit*>(QStringLiteral("issuerLineEdit"));
        auto* arn = edit.findChild<QLineEdit*>(QStringLiteral("awsMfaArnLineEdit"));
        walkStates(edit, {{QStringLiteral("no name"), [&] { name->clear(), issuer->clear(); }},
                          {QStringLiteral("bad ARN"),
                           [&] { name->setText(QStringLiteral("root")), arn->setText(QStringLiteral("x")); }},
                          {QStringLiteral("fine"), [&] { arn->clear(); }}});
    }
}

} // namespace

TEST_CASE("The enrollment dialog keeps its size and both codes whole at 29, 5, 4 and 1 seconds left",
          "[dialogs][enrollment][layout]")
{
    ui::ClipboardService clipboard(QGuiApplication::clipboard());
    long long now = kStepStart + 1;
    ui::EnrollmentDialog dialog(awsAccount(), clipboard, nullptr, [&now] { return test::unixTime(now); });
    dialog.show();
    test::settle(dialog);
    const QSize opened = dialog.size();
    const QMap<QString, QRect> at29 = test::geometries(dialog);
    auto* wait = dialog.findChild<QLabel*>(QStringLiteral("waitLabel"));
    REQUIRE(wait != nullptr);
    for (const int left : {29, 5, 4, 1}) {
        now = kStepStart + 30 - left;
        dialog.refresh();
        test::settle(dialog);
        INFO(left << " s left");
        CHECK(wait->isVisible() == (left < 5));
        CHECK(dialog.size() == opened);
        // The wait line appears in room kept for it: every other widget stays where it was.
        QMap<QString, QRect> shown = test::geometries(dialog);
        shown.removeIf([](const auto& item) { return item.key().contains(QStringLiteral("waitLabel")); });
        QMap<QString, QRect> before = at29;
        before.removeIf([](const auto& item) { return item.key().contains(QStringLiteral("waitLabel")); });
        CHECK(shown == before);
        test::checkNothingSqueezed(dialog, QStringLiteral("%1 s left").arg(left));
        for (const char* code : {"code1Label", "code2Label"}) {
            auto* label = dialog.findChild<QLabel*>(QString::fromLatin1(code));
            CHECK(label->height() >= label->sizeHint().height());
            CHECK(label->width() >= label->sizeHint().width());
        }
    }
}

TEST_CASE("Every dialog of the add and enrollment path keeps its size at every state, in English and Korean",
          "[dialogs][layout]")
{
    SECTION("English")
    {
        walkEveryDialog();
    }
    SECTION("Korean")
    {
        REQUIRE(ui::installTranslations(QStringLiteral("ko")) == QStringLiteral("ko"));
        walkEveryDialog();
        removeTranslators();
    }
}
