// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TestSupport.h"

#include <QObject>
#include <QString>
#include <QTest>

// Finding the widgets a test drives, by the objectName the ui code gives them.
namespace twostep::test {

template <typename T> T* child(const QObject& parent, const char* name)
{
    auto* found = parent.findChild<T*>(QString::fromLatin1(name));
    REQUIRE(found != nullptr);
    return found;
}

// The first child of type T, once it exists (a dialog opened by a queued call).
template <typename T> T* waitForChild(const QObject& parent)
{
    T* found = nullptr;
    REQUIRE(QTest::qWaitFor([&] { return (found = parent.findChild<T*>()) != nullptr; }, 2000));
    return found;
}

} // namespace twostep::test
