// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TestSupport.h"

#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

// What the documentation promises, read from the files users read, checked against the programs.
// TWOSTEP_CONTRACT_SOURCE_DIR and TWOSTEP_CONTRACT_CLI / _GUI point these tests at another tree
// or build (e.g. the one before a fix, to count its mismatches); by default they use this one.
namespace twostep::contract {

QString sourceFile(const QString& relativePath); // README.md, docs/man/twostep-cli.1, ...
QString readText(const QString& path);
QString cliProgram();
QString guiProgram();
test::ProcessResult runCli(const QStringList& arguments, const QByteArray& input = {},
                           const QStringList& environment = {});

// The commands of twostep-cli, in the order of its usage text.
const QStringList& commands();

// roff: "\-" to "-", font escapes removed.
QString plainRoff(const QString& roff);
// The lines of a man page section (.SH NAME ... up to the next .SH), plain; empty if missing.
QStringList manSection(const QString& page, const QString& name);
// The .SS subsections of a section, by name.
QMap<QString, QStringList> manSubsections(const QStringList& section);
// Every -x and --long-option written in `text` (not the hyphens inside words).
QSet<QString> optionsIn(const QString& text);
// The options a program's --help lists (its "  -o, --output <FILE>" lines).
QSet<QString> helpOptions(const QByteArray& help);

// A sandbox: private HOME and XDG folders, `twostep-cli` first on PATH, no TWOSTEP_VAULT; a
// work folder; and the AWS sample: the URI as AWS's QR code shows it, and a screenshot of it at
// ~/Pictures/aws-mfa.png.
struct Sandbox
{
    QTemporaryDir root;
    QStringList environment;
    QString home;
    QString work;
    QString dataHome;

    Sandbox();
};

extern const QString kAwsUri;
extern const QByteArray kPassword; // the sandbox vault's, one line
QStringList kdfFloor();            // --kdf-* at the cheapest accepted cost
// A screenshot-like PNG at `path` holding one QR code per text.
void writeScreenshot(const QString& path, const QStringList& qrTexts);

// Collects what does not hold, so a test reports every mismatch (and their count) at once.
struct Mismatches
{
    QStringList items;
    void add(const QString& what) { items.append(what); }
    void report(const char* what) const;
};

} // namespace twostep::contract
