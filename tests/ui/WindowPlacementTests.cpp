// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindowFixture.h"
#include "TestSupport.h"
#include "ui/Settings.h"
#include "ui/SettingsDialog.h"
#include "ui/Translations.h"
#include "ui/WindowPlacement.h"
#include "ui/dialogs/AddAccountDialog.h"
#include "ui/dialogs/EditAccountDialog.h"
#include "ui/dialogs/ExportDialog.h"
#include "ui/dialogs/ImportDialog.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QScreen>
#include <QScrollArea>
#include <QSpinBox>
#include <QTranslator>

using namespace twostep;

namespace {

// CMake runs this binary at 200 % on an offscreen 1920x1080 screen (offscreen-1080p.json).
QRect availableAt200Percent()
{
    REQUIRE(qgetenv("QT_SCALE_FACTOR") == "2");
    const QRect available = QGuiApplication::primaryScreen()->availableGeometry();
    REQUIRE(available.size() == QSize(960, 540));
    return available;
}

// installTranslations() only adds translators: take the earlier ones out before choosing.
void useLanguage(const QString& language)
{
    for (QTranslator* translator : QCoreApplication::instance()->findChildren<QTranslator*>()) {
        QCoreApplication::removeTranslator(translator);
    }
    REQUIRE(ui::installTranslations(language) == language);
}

// A shown field or note lower than its text needs is clipped (a wrapped note by its height for its width).
template <typename Field> void checkNoneClipped(const QWidget& dialog)
{
    for (const Field* field : dialog.findChildren<Field*>()) {
        // A spin box's own line edit sits inside its frame: the spin box is the field.
        if (!field->isVisibleTo(&dialog) || qobject_cast<const QAbstractSpinBox*>(field->parentWidget()) != nullptr) {
            continue;
        }
        INFO(field->metaObject()->className() << " " << field->objectName().toStdString());
        const int needed =
            field->hasHeightForWidth() ? field->heightForWidth(field->width()) : field->minimumSizeHint().height();
        CHECK(field->height() >= needed);
    }
}

// Shows `dialog`: its frame inside `available`, its buttons inside it, no field or note clipped.
void checkShownWhole(QDialog& dialog, const QRect& available)
{
    // As the main window does for the whole application.
    ui::ScreenFit fit;
    qApp->installEventFilter(&fit);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    QApplication::processEvents();
    INFO(dialog.metaObject()->className());
    qApp->removeEventFilter(&fit);
    CHECK(available.contains(dialog.frameGeometry()));
    for (const QDialogButtonBox* buttons : dialog.findChildren<QDialogButtonBox*>()) {
        if (buttons->isVisibleTo(&dialog)) {
            CHECK(dialog.rect().contains(QRect(buttons->mapTo(&dialog, QPoint()), buttons->size())));
        }
    }
    checkNoneClipped<QLabel>(dialog);
    checkNoneClipped<QLineEdit>(dialog);
    checkNoneClipped<QComboBox>(dialog);
    checkNoneClipped<QSpinBox>(dialog);
    // What scrolls, scrolls down only: nothing is cut off at the right.
    for (const QScrollArea* scroll : dialog.findChildren<QScrollArea*>()) {
        if (scroll->widget() != nullptr && scroll->isVisibleTo(&dialog)) {
            CHECK(scroll->widget()->width() <= scroll->viewport()->width());
        }
    }
}

} // namespace

TEST_CASE("At 200 % on a 1080p screen Settings fits the screen with its buttons and nothing clipped, in English "
          "and Korean",
          "[ui][placement]")
{
    const QRect available = availableAt200Percent();
    const QString language = GENERATE(QStringLiteral("en"), QStringLiteral("ko"));
    useLanguage(language);
    QTemporaryDir dir;
    ui::Settings settings(dir.filePath(QStringLiteral("settings.ini")));
    ui::SettingsDialog dialog(settings);
    dialog.setKeyringAvailable(false);
    INFO(language.toStdString());
    checkShownWhole(dialog, available);
    useLanguage(QStringLiteral("en"));
}

TEST_CASE("At 200 % on a 1080p screen Import, Export and Edit account fit the screen with nothing clipped",
          "[ui][placement]")
{
    const QRect available = availableAt200Percent();
    const QString language = GENERATE(QStringLiteral("en"), QStringLiteral("ko"));
    useLanguage(language);
    INFO(language.toStdString());
    ui::ImportDialog import({});
    checkShownWhole(import, available);
    ui::ClipboardService clipboard(QGuiApplication::clipboard());
    ui::ExportDialog exported({}, clipboard);
    checkShownWhole(exported, available);
    ui::EditAccountDialog edit(QStringLiteral("Amazon Web Services"), QStringLiteral("alice@example.com"));
    edit.showAwsMfaArn(QStringLiteral("arn:aws:iam::123456789012:mfa/alice"));
    edit.showAdded(QDateTime(QDate(2026, 11, 30), QTime(9, 0)));
    otp::AccountDetails details;
    details.note = QStringLiteral("Recovery codes are in the safe. ").repeated(6);
    details.groups = {QStringLiteral("Work"), QStringLiteral("Cloud")};
    edit.showDetails(details);
    checkShownWhole(edit, available);
    useLanguage(QStringLiteral("en"));
}

TEST_CASE("At 200 % on a 1080p screen the main window and its dialogs fit the available screen", "[ui][placement]")
{
    const QRect available = availableAt200Percent();
    test::WindowFixture fixture;
    ui::MainWindow& window = fixture.window;
    window.setKdfParameters(vault::fastKdfParametersForTests());
    test::createThroughForm(window);
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    CHECK(available.contains(window.frameGeometry()));
    CHECK(window.height() <= 540);

    window.showSettings();
    auto* settings = test::waitForChild<ui::SettingsDialog>(window);
    REQUIRE(QTest::qWaitForWindowExposed(settings));
    CHECK(available.contains(settings->frameGeometry()));
    settings->close();

    window.addAccount();
    auto* add = test::waitForChild<ui::AddAccountDialog>(window);
    REQUIRE(QTest::qWaitForWindowExposed(add));
    CHECK(available.contains(add->frameGeometry()));
    add->close();
}

TEST_CASE("The main window comes back at its size and place, and on the screen when that place is gone",
          "[ui][placement]")
{
    const QRect available = availableAt200Percent();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("vault.twostep"));
    ui::Settings settings(dir.filePath(QStringLiteral("settings.ini")));
    ui::ClipboardService clipboard(QGuiApplication::clipboard());
    {
        ui::MainWindow window(path, settings, clipboard);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        window.setGeometry(QRect(QPoint(120, 60), QSize(500, 420)));
        QApplication::processEvents();
        window.close();
    }
    {
        ui::MainWindow window(path, settings, clipboard);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        CHECK(window.geometry() == QRect(QPoint(120, 60), QSize(500, 420)));
    }

    // Saved while a second monitor, now unplugged, showed it.
    QWidget elsewhere;
    elsewhere.setGeometry(QRect(QPoint(3000, 1500), QSize(500, 420)));
    settings.setWindowGeometry(elsewhere.saveGeometry());
    ui::MainWindow window(path, settings, clipboard);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    CHECK(available.contains(window.frameGeometry()));
}
