// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "vault/SaveOutcome.h"

#include <QString>

using namespace twostep;
using vault::SaveKind;
using vault::SaveOutcome;

TEST_CASE("a kept-unsaved outcome holds its result and the save's error, and reads as a failure", "[vault][outcome]")
{
    const SaveOutcome<> kept = SaveOutcome<>::keptUnsaved(makeError(ErrorCode::IoError, QStringLiteral("disk full")));
    const SaveOutcome<QString> withValue(kept, QStringLiteral("id-1"));
    CHECK(withValue.kind() == SaveKind::KeptUnsaved);
    CHECK_FALSE(withValue);
    CHECK(*withValue == QStringLiteral("id-1"));
    CHECK(withValue.error().detail == QStringLiteral("disk full"));

    const Result<QString> asResult = withValue;
    REQUIRE_FALSE(asResult);
    CHECK(asResult.error().code == ErrorCode::IoError);
    const SaveOutcome<> dropped = withValue;
    CHECK(dropped.kind() == SaveKind::KeptUnsaved);
    const Status asStatus = dropped;
    CHECK_FALSE(asStatus);
}

TEST_CASE("a saved outcome converts to a value and a refused one to its error", "[vault][outcome]")
{
    const SaveOutcome<QString> saved(SaveOutcome<>(), QStringLiteral("id-2"));
    CHECK(saved.kind() == SaveKind::Saved);
    CHECK(saved);
    const Result<QString> value = saved;
    REQUIRE(value);
    CHECK(*value == QStringLiteral("id-2"));

    const SaveOutcome<QString> refused(SaveOutcome<>(makeError(ErrorCode::NotFound, QStringLiteral("no account"))),
                                       QStringLiteral("unused"));
    CHECK(refused.kind() == SaveKind::Refused);
    const Result<QString> error = refused;
    REQUIRE_FALSE(error);
    CHECK(error.error().code == ErrorCode::NotFound);
    const Status status = SaveOutcome<>(refused);
    CHECK(status.error().detail == QStringLiteral("no account"));
}
