// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TestSupport.h"

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QTest>

// Helpers shared by the GUI hardening tests.
namespace twostep::test {

QByteArray randomBytes(int size);
// A random word, so a hit can only come from the session that made it.
QString token(const char* prefix);
// The bytes of `text` as a QString holds them (UTF-16, host order).
QByteArray utf16(const QString& text);
// QTest::keyClicks takes Latin-1 only; other characters arrive as an input method would send them.
void typeText(QWidget* widget, const QString& text);

template <typename T> T* child(const QObject& parent, const char* name)
{
    auto* found = parent.findChild<T*>(QString::fromLatin1(name));
    REQUIRE(found != nullptr);
    return found;
}

template <typename T> T* waitForChild(const QObject& parent)
{
    T* found = nullptr;
    REQUIRE(QTest::qWaitFor([&] { return (found = parent.findChild<T*>()) != nullptr; }, 2000));
    return found;
}

} // namespace twostep::test
