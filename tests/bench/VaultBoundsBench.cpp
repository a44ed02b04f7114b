// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Writes the files tests/bench/vault_bounds_bench.sh times `twostep-cli` on: a vault at the default
// cost, and files over each bound a hostile file could push (slot count, summed Argon2 work, file
// size, Aegis scrypt slots, Aegis entry count). Usage: twostep_vault_bounds_bench DIR
#include "vault/Vault.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

using namespace twostep;
using namespace twostep::vault;

namespace {

bool write(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// `vault` with its password slot repeated `copies` more times at the per-slot Argon2 ceiling.
QByteArray withCostlySlots(const QByteArray& vault, int copies)
{
    QJsonObject root = QJsonDocument::fromJson(vault).object();
    QJsonArray slots = root[QStringLiteral("slots")].toArray();
    QJsonObject slot = slots.first().toObject();
    slot[QStringLiteral("memoryKiB")] = 1024 * 1024;
    slot[QStringLiteral("iterations")] = 64;
    for (int i = 0; i < copies; ++i) {
        slots.append(slot);
    }
    root[QStringLiteral("slots")] = slots;
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

// An Aegis export of `entries` entries of a type Twostep leaves out (each one a warning).
QByteArray aegisUnsupported(int entries)
{
    QByteArray json = R"({"version":1,"header":{"slots":null,"params":null},"db":{"version":2,"entries":[)";
    json.reserve(entries * 12 + 100);
    for (int i = 0; i < entries; ++i) {
        json += i > 0 ? R"(,{"type":"x"})" : R"({"type":"x"})";
    }
    return json + "]}}";
}

// An encrypted Aegis header with `slots` password slots at 1 GiB of scrypt memory each.
QByteArray aegisCostlySlots(int slots)
{
    QJsonArray list;
    for (int i = 0; i < slots; ++i) {
        list.append(QJsonObject{
            {QStringLiteral("type"), 1},
            {QStringLiteral("uuid"), QStringLiteral("a8325752-c1be-458a-9b3e-5e0a8154d9ec")},
            {QStringLiteral("key"), QString(64, QLatin1Char('0'))},
            {QStringLiteral("key_params"), QJsonObject{{QStringLiteral("nonce"), QString(24, QLatin1Char('0'))},
                                                       {QStringLiteral("tag"), QString(32, QLatin1Char('0'))}}},
            {QStringLiteral("n"), 1 << 20},
            {QStringLiteral("r"), 8},
            {QStringLiteral("p"), 1},
            {QStringLiteral("salt"), QString(64, QLatin1Char('0'))},
        });
    }
    const QJsonObject root{
        {QStringLiteral("version"), 1},
        {QStringLiteral("header"),
         QJsonObject{{QStringLiteral("slots"), list},
                     {QStringLiteral("params"), QJsonObject{{QStringLiteral("nonce"), QString(24, QLatin1Char('0'))},
                                                            {QStringLiteral("tag"), QString(32, QLatin1Char('0'))}}}}},
        {QStringLiteral("db"), QStringLiteral("AAAA")},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

} // namespace

int main(int argc, char** argv)
{
    if (argc != 2) {
        std::fprintf(stderr, "usage: %s DIR\n", argv[0]);
        return 2;
    }
    const QString dir = QString::fromLocal8Bit(argv[1]);
    const QString vaultPath = dir + QStringLiteral("/default.twostep");
    QByteArray text("benchmark password");
    if (!Vault::create(vaultPath, SecretBytes::takeFrom(text))) {
        std::fprintf(stderr, "cannot create %s\n", qPrintable(vaultPath));
        return 1;
    }
    // The imports need an unlocked vault: at the lowest cost, so the refusal is what is timed.
    QByteArray fastText("benchmark password");
    if (!Vault::create(dir + QStringLiteral("/fast.twostep"), SecretBytes::takeFrom(fastText),
                       fastKdfParametersForTests())) {
        return 1;
    }
    const QByteArray vault = readAll(vaultPath);
    QByteArray oversize = vault;
    oversize.insert(oversize.indexOf("\"payload\":\"") + 11, QByteArray(limits::kMaxFileSize, 'A'));
    // Just under the bound: a payload field of canonical base64 that is read, decoded and fails its tag.
    QByteArray largest = vault;
    const qsizetype payloadStart = largest.indexOf("\"payload\":\"") + 11;
    largest.insert(payloadStart, QByteArray((limits::kMaxFileSize - vault.size() - 1024) / 4 * 4, 'A'));
    const bool ok = write(dir + QStringLiteral("/slots.twostep"), withCostlySlots(vault, limits::kMaxPasswordSlots)) &&
                    write(dir + QStringLiteral("/work.twostep"), withCostlySlots(vault, 1)) &&
                    write(dir + QStringLiteral("/size.twostep"), oversize) &&
                    write(dir + QStringLiteral("/largest.twostep"), largest) &&
                    write(dir + QStringLiteral("/aegis-slots.json"), aegisCostlySlots(9)) &&
                    write(dir + QStringLiteral("/aegis-entries.json"), aegisUnsupported(5000000));
    return ok ? 0 : 1;
}
