// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ClipboardService.h"
#include "TestSupport.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>

using namespace twostep;

namespace {
QClipboard* clipboard()
{
    return QGuiApplication::clipboard();
}
QString clipboardText()
{
    return clipboard()->text(QClipboard::Clipboard);
}
} // namespace

TEST_CASE("A copied code carries the password-manager hint", "[ui][clipboard]")
{
    ui::ClipboardService service(clipboard());
    service.copySecret(QStringLiteral("123456"));
    const QMimeData* mime = clipboard()->mimeData();
    REQUIRE(mime != nullptr);
    CHECK(mime->text() == QStringLiteral("123456"));
    CHECK(mime->data(QStringLiteral("x-kde-passwordManagerHint")) == QByteArrayLiteral("secret"));
    CHECK(service.holdsOurText());
}

TEST_CASE("The clipboard is cleared after the timeout while it still holds our code", "[ui][clipboard]")
{
    ui::ClipboardService service(clipboard());
    service.setClearAfterSeconds(1);
    QSignalSpy cleared(&service, &ui::ClipboardService::cleared);
    service.copySecret(QStringLiteral("654321"));
    CHECK(clipboardText() == QStringLiteral("654321"));
    REQUIRE(QTest::qWaitFor([] { return clipboardText().isEmpty(); }, 5000));
    CHECK(cleared.count() == 1);
    CHECK_FALSE(service.holdsOurText());
}

TEST_CASE("Something the user copied later is left alone", "[ui][clipboard]")
{
    ui::ClipboardService service(clipboard());
    service.setClearAfterSeconds(1);
    QSignalSpy cleared(&service, &ui::ClipboardService::cleared);
    service.copySecret(QStringLiteral("111222"));
    clipboard()->setText(QStringLiteral("the user's own text"));
    CHECK_FALSE(service.holdsOurText());
    QTest::qWait(1500);
    CHECK(clipboardText() == QStringLiteral("the user's own text"));
    CHECK(cleared.isEmpty());
}

TEST_CASE("A clear time of zero keeps the code; clearIfOurs removes it on demand", "[ui][clipboard]")
{
    ui::ClipboardService service(clipboard());
    service.setClearAfterSeconds(0);
    service.copySecret(QStringLiteral("999000"));
    QTest::qWait(1200);
    CHECK(clipboardText() == QStringLiteral("999000"));
    service.clearIfOurs();
    CHECK(clipboardText().isEmpty());
}
