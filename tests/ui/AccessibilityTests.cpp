// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Every control that takes input, in every window and dialog, has a name a screen reader can say
// (what QAccessible reports, as AT-SPI passes it on: a button's text or a label's buddy count).
#include "SampleAccounts.h"
#include "TestSupport.h"
#include "ui/AccountListModel.h"
#include "ui/MainWindow.h"
#include "ui/Settings.h"
#include "ui/SettingsDialog.h"
#include "ui/desktop/ClipboardService.h"
#include "ui/dialogs/AddAccountDialog.h"
#include "ui/dialogs/EditAccountDialog.h"
#include "ui/dialogs/EnrollmentDialog.h"
#include "ui/dialogs/ExportDialog.h"
#include "ui/dialogs/ImportDialog.h"
#include "ui/dialogs/PasswordDialog.h"
#include "ui/dialogs/QrDialog.h"
#include "vault/Vault.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QComboBox>
#include <QGuiApplication>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTextEdit>
#include <QTranslator>

using namespace twostep;

namespace {

bool takesInput(const QWidget* widget)
{
    return qobject_cast<const QLineEdit*>(widget) || qobject_cast<const QAbstractButton*>(widget) ||
           qobject_cast<const QComboBox*>(widget) || qobject_cast<const QAbstractSpinBox*>(widget) ||
           qobject_cast<const QAbstractItemView*>(widget) || qobject_cast<const QAbstractSlider*>(widget) ||
           qobject_cast<const QTextEdit*>(widget) || qobject_cast<const QPlainTextEdit*>(widget);
}

// Parts Qt builds inside a composite control (a spin box's line edit, a tab bar's scroll
// arrows, a combo box's list, a line edit's clear button, a list's scroll bars) are named
// through the control itself.
bool insideCompositeControl(const QWidget* widget, const QWidget* window)
{
    for (const QWidget* up = widget->parentWidget(); up != nullptr && up != window; up = up->parentWidget()) {
        if (qobject_cast<const QAbstractSpinBox*>(up) || qobject_cast<const QComboBox*>(up) ||
            qobject_cast<const QTabBar*>(up) || qobject_cast<const QLineEdit*>(up) ||
            (qobject_cast<const QScrollBar*>(widget) && qobject_cast<const QAbstractScrollArea*>(up))) {
            return true;
        }
    }
    return false;
}

QString describe(const QWidget* widget)
{
    return QStringLiteral("%1 \"%2\"")
        .arg(QString::fromLatin1(widget->metaObject()->className()), widget->objectName());
}

// The input controls of `window` that a screen reader could not name.
QStringList namelessControls(const QWidget& window)
{
    QStringList nameless;
    for (QWidget* widget : window.findChildren<QWidget*>()) {
        if (!takesInput(widget) || insideCompositeControl(widget, &window) ||
            widget->objectName().startsWith(QStringLiteral("qt_"))) {
            continue;
        }
        QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(widget);
        if (accessible == nullptr || accessible->text(QAccessible::Name).trimmed().isEmpty()) {
            nameless.append(describe(widget));
        }
    }
    return nameless;
}

} // namespace

TEST_CASE("Every input control of the main window's pages has an accessible name", "[ui][accessibility]")
{
    QTemporaryDir dir;
    ui::Settings settings(dir.filePath(QStringLiteral("settings.ini")));
    ui::ClipboardService clipboard(QGuiApplication::clipboard());
    // No vault yet: the create page; the unlock and list pages are built too.
    ui::MainWindow window(dir.filePath(QStringLiteral("vault.twostep")), settings, clipboard);
    const QStringList nameless = namelessControls(window);
    INFO(nameless.join(QStringLiteral(", ")).toStdString());
    CHECK(nameless.isEmpty());
}

namespace {
// Builds every dialog and lists, per dialog, the input controls without a name.
QStringList namelessInDialogs()
{
    QTemporaryDir dir;
    ui::Settings settings(dir.filePath(QStringLiteral("settings.ini")));
    ui::ClipboardService clipboard(QGuiApplication::clipboard());
    const otp::Account account = test::sampleTable().constFirst();
    vault::VaultEntry entry;
    entry.id = QStringLiteral("a11y");
    entry.account = account;

    std::vector<std::unique_ptr<QWidget>> dialogs;
    dialogs.emplace_back(std::make_unique<ui::SettingsDialog>(settings));
    dialogs.emplace_back(std::make_unique<ui::AddAccountDialog>(QList<otp::Account>{}));
    dialogs.emplace_back(std::make_unique<ui::EditAccountDialog>(account.issuer, account.name));
    dialogs.emplace_back(std::make_unique<ui::EnrollmentDialog>(account, clipboard));
    dialogs.emplace_back(std::make_unique<ui::ExportDialog>(QList<vault::VaultEntry>{entry}, clipboard));
    dialogs.emplace_back(std::make_unique<ui::ImportDialog>(QList<otp::Account>{}));
    dialogs.emplace_back(std::make_unique<ui::PasswordDialog>(QStringLiteral("Why")));
    dialogs.emplace_back(std::make_unique<ui::QrDialog>(QStringList{QStringLiteral("otpauth://totp/x?secret=JBSWY3DP")},
                                                        QStringLiteral("QR")));
    QStringList nameless;
    for (const std::unique_ptr<QWidget>& dialog : dialogs) {
        for (const QString& control : namelessControls(*dialog)) {
            nameless.append(QString::fromLatin1(dialog->metaObject()->className()) + QStringLiteral(": ") + control);
        }
    }
    return nameless;
}
} // namespace

TEST_CASE("Every input control of every dialog has an accessible name", "[ui][accessibility]")
{
    const QStringList nameless = namelessInDialogs();
    INFO(nameless.join(QStringLiteral(", ")).toStdString());
    CHECK(nameless.isEmpty());
}

TEST_CASE("In Korean too every input control of every dialog has an accessible name", "[ui][accessibility]")
{
    QTranslator korean;
    REQUIRE(korean.load(QStringLiteral(":/i18n/twostep_ko.qm")));
    QCoreApplication::installTranslator(&korean);
    const QStringList nameless = namelessInDialogs();
    const QString passwordName = ui::PasswordDialog(QStringLiteral("Why")).findChild<QLineEdit*>()->accessibleName();
    QCoreApplication::removeTranslator(&korean);
    CHECK(passwordName == QStringLiteral("보관함 비밀번호"));
    INFO(nameless.join(QStringLiteral(", ")).toStdString());
    CHECK(nameless.isEmpty());
}
