// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliModule.h"

#include "CliCommon.h"

#include <QCoreApplication>
#include <QFile>

#include <dlfcn.h>

namespace twostep::cli {

namespace {

// The module's symbol; modules stay loaded until the process ends.
Result<void*> moduleSymbol(const QString& fileName, const char* symbol)
{
    const QString path =
        QCoreApplication::applicationDirPath() + QStringLiteral("/" TWOSTEP_CLI_MODULE_DIR "/") + fileName;
    void* handle = ::dlopen(QFile::encodeName(path).constData(), RTLD_NOW | RTLD_LOCAL);
    void* found = handle != nullptr ? ::dlsym(handle, symbol) : nullptr;
    if (found == nullptr) {
        return makeError(
            ErrorCode::IoError,
            QStringLiteral("cannot load %1, a part of twostep-cli: %2").arg(path, QString::fromLocal8Bit(::dlerror())));
    }
    return found;
}

} // namespace

bool isTransferCommand(const QString& command)
{
    for (const char* name : {"add", "import", "export", "qr", "scan"}) {
        if (command == QLatin1String(name)) {
            return true;
        }
    }
    return false;
}

int runTransferCommand(const QString& command, const QStringList& arguments)
{
    Result<void*> run = moduleSymbol(QStringLiteral("twostep-cli-transfer.so"), "twostep_cli_transfer_run");
    if (!run) {
        return fail(run.error());
    }
    return reinterpret_cast<decltype(&twostep_cli_transfer_run)>(*run)(command, arguments);
}

Result<const KeyringModule*> keyringModule()
{
    Result<void*> entry = moduleSymbol(QStringLiteral("twostep-cli-keyring.so"), "twostep_cli_keyring_module");
    if (!entry) {
        return entry.error();
    }
    return reinterpret_cast<decltype(&twostep_cli_keyring_module)>(*entry)();
}

} // namespace twostep::cli
