// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliVault.h"

#include <QFile>

namespace twostep::test {

CliVault::CliVault()
{
    REQUIRE(dir.isValid());
    const ProcessResult created =
        runCli({QStringLiteral("init"), QStringLiteral("--vault"), path, QStringLiteral("--password-stdin"),
                QStringLiteral("--kdf-memory"), QStringLiteral("8192"), QStringLiteral("--kdf-iterations"),
                QStringLiteral("1"), QStringLiteral("--kdf-parallelism"), QStringLiteral("1")},
               "vault-pw\n");
    REQUIRE(created.exitCode == 0);
}

ProcessResult CliVault::run(QStringList arguments, const QByteArray& input) const
{
    arguments << QStringLiteral("--vault") << path << QStringLiteral("--password-stdin");
    return runCli(arguments, input);
}

QString CliVault::file(const QString& name, const QByteArray& content) const
{
    const QString filePath = dir.filePath(name);
    QFile out(filePath);
    REQUIRE(out.open(QIODevice::WriteOnly));
    out.write(content);
    return filePath;
}

QStringList CliVault::listed() const
{
    return run({QStringLiteral("list")}).outLines();
}

} // namespace twostep::test
