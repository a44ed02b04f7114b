// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/ProcessHardening.h"
#include "ui/desktop/CopyRequest.h"
#include "ui/desktop/SingleInstance.h"
#include "vault/Vault.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <cstdio>
#include <dlfcn.h>
#include <optional>

// `twostep`: answers `--copy` itself with Qt Core and Network only (what a desktop shortcut runs,
// so it is quick), and loads the window from twostep-gui.so (TWOSTEP_GUI_MODULE_DIR, relative to
// this binary's folder) for everything else.
namespace {

using GuiMain = int (*)(int, char**);

constexpr int kWindowNotLoaded = 8; // twostep(1), EXIT STATUS

// Anything the short parser does not know (--help, a typo) goes to the window's full one.
std::optional<int> copyWithoutDisplay(int argc, char* argv[])
{
    const bool wanted = std::any_of(argv + 1, argv + argc, [](const char* argument) {
        return qstrcmp(argument, "--copy") == 0 || qstrncmp(argument, "--copy=", 7) == 0;
    });
    if (!wanted) {
        return std::nullopt;
    }
    const QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption vault(QStringLiteral("vault"), {}, QStringLiteral("PATH"));
    const QCommandLineOption copy(QStringLiteral("copy"), {}, QStringLiteral("ACCOUNT"));
    parser.addOptions({vault, copy});
    if (!parser.parse(QCoreApplication::arguments()) || !parser.positionalArguments().isEmpty()) {
        return std::nullopt;
    }
    if (parser.value(copy).trimmed().isEmpty()) {
        std::fprintf(stderr, "twostep: --copy needs an account (a name, issuer:name, initials or an MFA ARN)\n");
        return 1;
    }
    const twostep::ui::SingleInstance instance(twostep::vault::resolveVaultPath(parser.value(vault)));
    return twostep::ui::askRunningToCopy(instance, parser.value(copy));
}

int runWindow(int argc, char* argv[])
{
    const QString binary = QFile::symLinkTarget(QStringLiteral("/proc/self/exe"));
    // Never a module from the current folder.
    if (!QFileInfo(binary).isAbsolute()) {
        std::fprintf(stderr, "twostep: cannot tell where twostep is installed (/proc/self/exe); is /proc mounted?\n");
        return kWindowNotLoaded;
    }
    const QString module = QFileInfo(binary).path() + QStringLiteral("/" TWOSTEP_GUI_MODULE_DIR "/twostep-gui.so");
    void* handle = ::dlopen(QFile::encodeName(module).constData(), RTLD_NOW | RTLD_LOCAL);
    void* entry = handle != nullptr ? ::dlsym(handle, "twostep_gui_main") : nullptr;
    if (entry == nullptr) {
        std::fprintf(stderr, "twostep: cannot load %s, the window of Twostep: %s\n", qUtf8Printable(module),
                     ::dlerror());
        return kWindowNotLoaded;
    }
    return reinterpret_cast<GuiMain>(entry)(argc, argv);
}

} // namespace

int main(int argc, char* argv[])
{
    twostep::hardenProcess(); // before any secret is in memory: no core dumps, no ptrace attach
    if (const std::optional<int> copied = copyWithoutDisplay(argc, argv)) {
        return *copied;
    }
    return runWindow(argc, argv);
}
