// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "StdinOption.h"

#include "PasswordReader.h"

namespace twostep::cli {

namespace {
// A transfer QR's URI is under 3 KB; a line this long is not one.
constexpr std::size_t kMaxValueBytes = std::size_t{64} * 1024;
} // namespace

Result<QString> optionValue(const QCommandLineParser& parser, const QString& name)
{
    const QString value = parser.value(name);
    if (value != QLatin1String("-")) {
        return value;
    }
    Result<SecretBytes> line = readStdinLine(kMaxValueBytes, QStringLiteral("--%1 value").arg(name));
    if (!line) {
        return line.error();
    }
    return QString::fromUtf8(reinterpret_cast<const char*>(line->data()), static_cast<qsizetype>(line->size()));
}

QString stdinOptionHint()
{
    return QStringLiteral("; - reads it from standard input (a command line is visible to other local users in /proc)");
}

} // namespace twostep::cli
