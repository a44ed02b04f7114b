// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineParser>
#include <QStringList>

#include <chrono>

namespace twostep::cli {

// Each takes the arguments after the command word and returns the process exit code.
int runCode(const QStringList& arguments);
int runScan(const QStringList& arguments);
int runQr(const QStringList& arguments);

int runInit(const QStringList& arguments);
int runList(const QStringList& arguments);
int runAdd(const QStringList& arguments);
int runShow(const QStringList& arguments);
int runEdit(const QStringList& arguments);
int runRename(const QStringList& arguments);
int runRemove(const QStringList& arguments);
int runPasswd(const QStringList& arguments);
int runStatus(const QStringList& arguments);
int runMerge(const QStringList& arguments);
// `code ACCOUNT`: runCode hands over its parsed options (checked there, one place) when a
// positional account is given.
int runVaultCode(const QCommandLineParser& parser, long long window, std::chrono::sys_seconds time);

int runImport(const QStringList& arguments);
int runExport(const QStringList& arguments);

} // namespace twostep::cli
