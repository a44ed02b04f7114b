// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TestSupport.h"
#include "WidgetTestSupport.h"

#include <QByteArray>
#include <QString>

// Helpers shared by the GUI hardening tests.
namespace twostep::test {

QByteArray randomBytes(int size);
// A random word, so a hit can only come from the session that made it.
QString token(const char* prefix);
// The bytes of `text` as a QString holds them (UTF-16, host order).
QByteArray utf16(const QString& text);
// QTest::keyClicks takes Latin-1 only; other characters arrive as an input method would send them.
void typeText(QWidget* widget, const QString& text);

} // namespace twostep::test
