// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "EditAccountDialog.h"
#include "TestSupport.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTest>
#include <QTimer>

using namespace twostep;

TEST_CASE("Edit account returns the typed issuer and name and refuses both empty", "[dialogs][edit]")
{
    ui::EditAccountDialog dialog(QStringLiteral("Amazon Web Services"), QStringLiteral("root@123456789012"));
    dialog.show();
    auto* issuer = dialog.findChild<QLineEdit*>(QStringLiteral("issuerLineEdit"));
    auto* name = dialog.findChild<QLineEdit*>(QStringLiteral("nameLineEdit"));
    auto* save = dialog.findChild<QPushButton*>(QStringLiteral("saveButton"));
    CHECK(issuer->text() == QStringLiteral("Amazon Web Services"));

    name->clear();
    QTest::keyClicks(name, QStringLiteral("  admin@123456789012 "));
    CHECK(dialog.name() == QStringLiteral("admin@123456789012"));
    CHECK(save->isEnabled());

    issuer->clear();
    name->clear();
    CHECK_FALSE(save->isEnabled());
    CHECK_FALSE(dialog.findChild<QLabel*>(QStringLiteral("errorLabel"))->text().isEmpty());
    QTest::keyClicks(issuer, QStringLiteral("AWS"));
    CHECK(save->isEnabled());
}

TEST_CASE("Delete confirmation names the account and deletes only on the Delete button", "[dialogs][edit]")
{
    otp::Account account;
    account.issuer = QStringLiteral("GitHub");
    account.name = QStringLiteral("alice");
    std::unique_ptr<QMessageBox> box(ui::createDeleteConfirmation(account, nullptr));
    CHECK(box->text().contains(QStringLiteral("GitHub:alice")));
    CHECK(box->defaultButton() != box->findChild<QPushButton*>(QStringLiteral("confirmDeleteButton")));

    const auto answerWith = [&account](bool remove) {
        QTimer::singleShot(0, [remove] {
            auto* shown = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            REQUIRE(shown != nullptr);
            if (remove) {
                QTest::mouseClick(shown->findChild<QPushButton*>(QStringLiteral("confirmDeleteButton")),
                                  Qt::LeftButton);
            } else {
                QTest::keyClick(shown, Qt::Key_Escape);
            }
        });
        return ui::confirmDelete(account, nullptr);
    };
    CHECK(answerWith(true));
    CHECK_FALSE(answerWith(false));
}
