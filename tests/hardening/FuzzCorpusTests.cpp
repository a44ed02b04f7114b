// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include <QDir>
#include <QFile>

#include <cstddef>
#include <cstdint>

// The fuzz targets of tests/fuzz, compiled here under other names (see CMakeLists.txt), so every
// seed and every past finding in tests/fuzz/corpus is replayed by the normal and the sanitizer
// builds too, without clang or libFuzzer. A broken property makes the target trap: a crash here.
extern "C" int fuzzBase32OneInput(const std::uint8_t* data, std::size_t size);
extern "C" int fuzzOtpauthOneInput(const std::uint8_t* data, std::size_t size);
extern "C" int fuzzMigrationOneInput(const std::uint8_t* data, std::size_t size);
extern "C" int fuzzVaultOneInput(const std::uint8_t* data, std::size_t size);
extern "C" int fuzzImportOneInput(const std::uint8_t* data, std::size_t size);
extern "C" int fuzzQrScanOneInput(const std::uint8_t* data, std::size_t size);

namespace {
using Entry = int (*)(const std::uint8_t*, std::size_t);
}

TEST_CASE("every fuzz corpus input, seeds and past findings, runs cleanly through its target", "[hardening][fuzz]")
{
    const auto [corpus, entry] = GENERATE(table<const char*, Entry>({
        {"base32", fuzzBase32OneInput},
        {"otpauth", fuzzOtpauthOneInput},
        {"migration", fuzzMigrationOneInput},
        {"vault", fuzzVaultOneInput},
        {"import", fuzzImportOneInput},
        {"qrscan", fuzzQrScanOneInput},
    }));
    const QDir dir(QStringLiteral(TWOSTEP_FUZZ_CORPUS_DIR "/") + QLatin1String(corpus));
    const QStringList files = dir.entryList(QDir::Files, QDir::Name);
    INFO(corpus);
    REQUIRE_FALSE(files.isEmpty());
    for (const QString& name : files) {
        QFile file(dir.filePath(name));
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        INFO(name.toStdString());
        CHECK(entry(reinterpret_cast<const std::uint8_t*>(bytes.constData()), static_cast<std::size_t>(bytes.size())) ==
              0);
    }
}
