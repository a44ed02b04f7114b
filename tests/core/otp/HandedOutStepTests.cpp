// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "otp/HandedOutStep.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace twostep;
using otp::HandedOutStep;

TEST_CASE("a plain hand-out records its step and never moves the record back", "[otp][fresh]")
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("steps"));
    CHECK(HandedOutStep::handOut(QStringLiteral("a"), 100, false, 1, folder).value() == 100);
    CHECK(HandedOutStep::open(QStringLiteral("a"), folder).value().last() == 100);
    // Later plain hand-outs of the same or an earlier step give that step and keep the record.
    CHECK(HandedOutStep::handOut(QStringLiteral("a"), 100, false, 1, folder).value() == 100);
    CHECK(HandedOutStep::handOut(QStringLiteral("a"), 99, false, 1, folder).value() == 99);
    CHECK(HandedOutStep::open(QStringLiteral("a"), folder).value().last() == 100);
    // Another account has its own record.
    CHECK_FALSE(HandedOutStep::open(QStringLiteral("b"), folder).value().last().has_value());
    CHECK((QFile::permissions(folder) & (QFileDevice::ReadGroup | QFileDevice::ReadOther)) == 0);
}

TEST_CASE("a fresh hand-out skips past every step already handed out, windows included", "[otp][fresh]")
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("steps"));
    CHECK(HandedOutStep::handOut(QStringLiteral("a"), 100, true, 1, folder).value() == 100);
    CHECK(HandedOutStep::handOut(QStringLiteral("a"), 100, true, 1, folder).value() == 101);
    CHECK(HandedOutStep::handOut(QStringLiteral("a"), 100, true, 1, folder).value() == 102);
    // --window 3 claims three steps: the next fresh one comes after all of them.
    CHECK(HandedOutStep::handOut(QStringLiteral("a"), 110, false, 3, folder).value() == 110);
    CHECK(HandedOutStep::handOut(QStringLiteral("a"), 111, true, 1, folder).value() == 113);
    // A record from a step long gone makes nobody wait.
    CHECK(HandedOutStep::handOut(QStringLiteral("a"), 500, true, 1, folder).value() == 500);
}
