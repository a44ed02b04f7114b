// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "ui/dialogs/AccountDetailsFields.h"
#include "ui/dialogs/EditAccountDialog.h"

#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace twostep;

namespace {

QString writeFile(const QTemporaryDir& dir, const char* name, const QByteArray& bytes)
{
    const QString path = dir.filePath(QString::fromLatin1(name));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    return path;
}

QByteArray pngOf(int side)
{
    QImage image(side, side, QImage::Format_RGB32);
    image.fill(Qt::blue);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return buffer.data();
}

} // namespace

TEST_CASE("the edit dialog edits groups and the note and keeps the favourite mark", "[ui][dialogs][details]")
{
    otp::AccountDetails before;
    before.groups = {QStringLiteral("Work")};
    before.note = QStringLiteral("old note");
    before.favorite = true;
    ui::EditAccountDialog dialog(QStringLiteral("GitHub"), QStringLiteral("alice"));
    dialog.showDetails(before);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    auto* groups = dialog.findChild<QLineEdit*>(QStringLiteral("groupsLineEdit"));
    auto* note = dialog.findChild<QPlainTextEdit*>(QStringLiteral("noteTextEdit"));
    REQUIRE(groups != nullptr);
    REQUIRE(note != nullptr);
    CHECK(groups->text() == QStringLiteral("Work"));
    CHECK(dialog.details() == before);
    groups->clear();
    QTest::keyClicks(groups, QStringLiteral("Work, "));
    groups->insert(QStringLiteral("집 , ,Work")); // QTest types Latin-1 only
    note->clear();
    QTest::keyClicks(note, QStringLiteral("recovery codes in the safe"));
    const otp::AccountDetails after = dialog.details();
    CHECK(after.groups == QStringList{QStringLiteral("Work"), QStringLiteral("집")});
    CHECK(after.note == QStringLiteral("recovery codes in the safe"));
    CHECK(after.favorite);
}

TEST_CASE("a custom image is taken from a PNG, JPEG or SVG file and refused when too large or not an image",
          "[ui][dialogs][details]")
{
    QTemporaryDir dir;
    ui::EditAccountDialog dialog(QStringLiteral("GitHub"), QStringLiteral("alice"));
    dialog.showDetails({});
    auto* fields = dialog.findChild<ui::AccountDetailsFields*>();
    REQUIRE(fields != nullptr);
    auto* error = dialog.findChild<QLabel*>(QStringLiteral("iconErrorLabel"));

    CHECK_FALSE(fields->setIconFromFile(writeFile(dir, "big.png", pngOf(8) + QByteArray(300 * 1024, '\0'))));
    CHECK(error->text().contains(QStringLiteral("256 KiB")));
    CHECK_FALSE(fields->setIconFromFile(writeFile(dir, "notes.txt", QByteArray("just text"))));
    CHECK(error->text().contains(QStringLiteral("PNG, JPEG or SVG")));
    CHECK(dialog.details().icon.isEmpty());

    const QByteArray png = pngOf(40);
    REQUIRE(fields->setIconFromFile(writeFile(dir, "logo.png", png)));
    CHECK(error->text().isEmpty());
    CHECK(dialog.details().icon == otp::AccountIcon{png, otp::kPngMime});
    CHECK_FALSE(dialog.findChild<QLabel*>(QStringLiteral("iconPreviewLabel"))->pixmap().isNull());

    const QByteArray svg(
        R"(<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 8 8"><rect width="8" height="8"/></svg>)");
    REQUIRE(fields->setIconFromFile(writeFile(dir, "logo.svg", svg)));
    CHECK(dialog.details().icon.mimeType == otp::kSvgMime);
    dialog.findChild<QPushButton*>(QStringLiteral("removeIconButton"))->click();
    CHECK(dialog.details().icon.isEmpty());
}
