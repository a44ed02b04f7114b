// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TestSupport.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace twostep::test {

// A vault made by `twostep-cli init` with the cheapest accepted KDF in a fresh folder, and a runner
// for commands on it (`--vault PATH --password-stdin`).
struct CliVault
{
    CliVault();

    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("vault.twostep"));

    // Runs twostep-cli on the vault; stdin is the vault's password line unless `input` says otherwise.
    ProcessResult run(QStringList arguments, const QByteArray& input = "vault-pw\n") const;
    QString file(const QString& name, const QByteArray& content) const; // a file in dir, its path
    QStringList listed() const;                                         // `list`, one line per account
};

} // namespace twostep::test
