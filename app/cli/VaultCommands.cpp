// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliCommon.h"
#include "Commands.h"
#include "FreshCode.h"
#include "KeyringSource.h"
#include "PasswordReader.h"
#include "VaultAccess.h"
#include "WindowCodeSource.h"
#include "otp/AwsMfaArn.h"
#include "otp/Base32.h"
#include "otp/OtpGenerator.h"
#include "otp/OtpauthUri.h"
#include "vault/Vault.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace twostep::cli {

namespace {

using vault::SaveOutcome;
using vault::Vault;
using vault::VaultEntry;

constexpr long long kMaxHotpWindow = 1000;

void addKdfOptions(QCommandLineParser& parser)
{
    const vault::KdfParameters d = vault::defaultKdfParameters();
    parser.addOptions({
        {QStringLiteral("kdf-memory"), QStringLiteral("Argon2id memory in KiB (default %1).").arg(d.memoryKiB),
         QStringLiteral("KIB")},
        {QStringLiteral("kdf-iterations"), QStringLiteral("Argon2id passes (default %1).").arg(d.iterations),
         QStringLiteral("N")},
        {QStringLiteral("kdf-parallelism"), QStringLiteral("Argon2id lanes (default %1).").arg(d.parallelism),
         QStringLiteral("N")},
    });
}

Result<vault::KdfParameters> kdfFromOptions(const QCommandLineParser& parser)
{
    vault::KdfParameters kdf = vault::defaultKdfParameters();
    const std::pair<const char*, std::uint32_t*> fields[] = {
        {"kdf-memory", &kdf.memoryKiB}, {"kdf-iterations", &kdf.iterations}, {"kdf-parallelism", &kdf.parallelism}};
    for (const auto& [name, field] : fields) {
        const QString option = QString::fromLatin1(name);
        if (!parser.isSet(option)) {
            continue;
        }
        bool ok = false;
        *field = parser.value(option).toUInt(&ok);
        if (!ok) {
            return makeError(ErrorCode::InvalidInput,
                             QStringLiteral("--%1 must be a whole number, not '%2'").arg(option, parser.value(option)));
        }
    }
    return kdf;
}

QJsonObject describe(const VaultEntry& entry)
{
    const otp::OtpParameters& p = entry.account.parameters;
    QJsonObject object{
        {QStringLiteral("id"), entry.id},
        {QStringLiteral("issuer"), entry.account.issuer},
        {QStringLiteral("name"), entry.account.name},
        {QStringLiteral("type"), otp::typeName(p.type())},
        {QStringLiteral("algorithm"), otp::algorithmName(p.algorithm())},
        {QStringLiteral("digits"), p.digits()},
        {QStringLiteral("created"), entry.created.toString(Qt::ISODate)},
        {QStringLiteral("updated"), entry.updated.toString(Qt::ISODate)},
    };
    if (const QString arn = otp::awsMfaArn(entry.account); !arn.isEmpty()) {
        object[QStringLiteral("awsMfaArn")] = arn;
    }
    if (p.type() == otp::OtpType::Hotp) {
        object[QStringLiteral("counter")] = QString::number(p.counter());
    } else {
        object[QStringLiteral("period")] = static_cast<qint64>(p.period());
    }
    return object;
}

// The keyring slot, then the password (the terminal, or --password-stdin alone); `tried` names the
// sources that gave nothing when no password can be asked either.
Result<VaultAccount> openCodeAccount(const QCommandLineParser& parser, QStringList& tried)
{
    const QString path = vaultPath(parser);
    if (!parser.isSet(QStringLiteral("password-stdin")) && Vault::exists(path)) {
        QString whyNot;
        Result<std::optional<Vault>> fromKeyring = vaultFromKeyring(path, whyNot);
        if (!fromKeyring) {
            return fromKeyring.error();
        }
        if (fromKeyring->has_value()) {
            return vaultAccount(std::move(**fromKeyring), parser);
        }
        tried.append(QStringLiteral("the keyring (%1)").arg(whyNot));
    }
    Result<VaultAccount> account = openVaultAccount(parser);
    if (!account && !tried.isEmpty() && account.error().code == ErrorCode::InvalidInput) {
        Error error = account.error();
        error.detail = QStringLiteral("tried %1, then: %2").arg(tried.join(QStringLiteral(", ")), error.detail);
        return error;
    }
    return account;
}

} // namespace

int runInit(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Create a new, empty vault protected by a password."));
    addVaultOptions(parser);
    addKdfOptions(parser);
    int exitCode = kSuccess;
    if (!parseCommand(parser, QStringLiteral("init"), arguments, 0, exitCode)) {
        return exitCode;
    }
    Result<vault::KdfParameters> kdf = kdfFromOptions(parser);
    if (!kdf) {
        return fail(kdf.error());
    }
    const QString path = vaultPath(parser);
    if (Vault::exists(path)) {
        return fail(makeError(ErrorCode::InvalidInput,
                              QStringLiteral("a vault already exists at %1").arg(QDir::toNativeSeparators(path))));
    }
    PasswordReader reader(parser.isSet(QStringLiteral("password-stdin")));
    Result<SecretBytes> password = reader.readNew(QStringLiteral("New vault password"));
    if (!password) {
        return fail(password.error());
    }
    Result<Vault> created = Vault::create(path, *password, *kdf);
    if (!created) {
        return fail(created.error());
    }
    printNote(QStringLiteral("created %1").arg(QDir::toNativeSeparators(created->path())));
    return kSuccess;
}

int runList(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("List the accounts of the vault (never their secrets)."));
    addVaultOptions(parser);
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print a JSON array for scripts.")});
    int exitCode = kSuccess;
    if (!parseCommand(parser, QStringLiteral("list"), arguments, 0, exitCode)) {
        return exitCode;
    }
    Result<Vault> opened = openVault(parser);
    if (!opened) {
        return fail(opened.error());
    }
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const VaultEntry& entry : opened->entries()) {
            array.append(describe(entry));
        }
        writeOut(QJsonDocument(array).toJson(QJsonDocument::Indented).toStdString());
        return kSuccess;
    }
    qsizetype issuerWidth = 0;
    qsizetype nameWidth = 0;
    for (const VaultEntry& entry : opened->entries()) {
        issuerWidth = std::max(issuerWidth, entry.account.issuer.size());
        nameWidth = std::max(nameWidth, entry.account.name.size());
    }
    for (const VaultEntry& entry : opened->entries()) {
        printLine(QStringLiteral("%1  %2  %3")
                      .arg(entry.account.issuer, -static_cast<int>(issuerWidth))
                      .arg(entry.account.name, -static_cast<int>(nameWidth))
                      .arg(otp::typeName(entry.account.parameters.type())));
    }
    if (opened->entries().isEmpty()) {
        printNote(QStringLiteral("the vault is empty; add an account with 'twostep-cli add'"));
    }
    return kSuccess;
}

int runShow(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Show an account's parameters (the secret only with --reveal)."));
    parser.addPositionalArgument(QStringLiteral("ACCOUNT"), QStringLiteral("Id or part of \"issuer:name\"."));
    addVaultOptions(parser);
    parser.addOption({QStringLiteral("reveal"), QStringLiteral("Also print the secret and the otpauth URI.")});
    int exitCode = kSuccess;
    if (!parseCommand(parser, QStringLiteral("show"), arguments, 1, exitCode)) {
        return exitCode;
    }
    Result<VaultAccount> account = openVaultAccount(parser);
    if (!account) {
        return fail(account.error());
    }
    const VaultEntry& found = account->entry;
    const QJsonObject object = describe(found);
    for (const char* key : {"id", "issuer", "name", "type", "algorithm", "digits", "period", "counter", "awsMfaArn",
                            "created", "updated"}) {
        const QJsonValue value = object.value(QLatin1String(key));
        if (!value.isUndefined()) {
            printLine(QStringLiteral("%1: %2").arg(
                QLatin1String(key), value.isString() ? value.toString() : QString::number(value.toInteger())));
        }
    }
    if (parser.isSet(QStringLiteral("reveal"))) {
        printLine(QStringLiteral("secret: ") + otp::encodeBase32(found.account.secret.bytes()));
        printLine(QStringLiteral("uri: ") + otp::formatOtpauthUri(found.account));
    }
    return kSuccess;
}

int runVaultCode(const QCommandLineParser& parser, long long window, std::chrono::sys_seconds time)
{
    // One code for now, without --password-stdin: the unlocked window first.
    QStringList tried;
    if (window == 1 && !parser.isSet(QStringLiteral("time")) && !parser.isSet(QStringLiteral("password-stdin"))) {
        QString whyNot;
        Result<std::optional<QString>> served = codeFromWindow(parser.positionalArguments().value(0), vaultPath(parser),
                                                               parser.isSet(QStringLiteral("fresh")), whyNot);
        if (!served) {
            return fail(served.error());
        }
        if (served->has_value()) {
            writeOut((**served).toStdString() + '\n');
            return kSuccess;
        }
        tried.append(QStringLiteral("the Twostep window (%1)").arg(whyNot));
    }
    Result<VaultAccount> account = openCodeAccount(parser, tried);
    if (!account) {
        return fail(account.error());
    }
    Vault& opened = account->vault;
    const VaultEntry& found = account->entry;
    if (found.account.parameters.type() != otp::OtpType::Hotp) {
        Result<std::chrono::sys_seconds> fresh = freshCodeTime(parser, found, time, window);
        return fresh ? printCodes(found.account, *fresh, window) : fail(fresh.error());
    }
    if (window > kMaxHotpWindow) {
        return usageError(QStringLiteral("--window for a hotp account is at most %1").arg(kMaxHotpWindow));
    }
    // The counter is saved before any code is shown, so a code is never shown twice.
    QStringList codes;
    const QString id = found.id;
    SaveOutcome<> saved = opened.modify([&](QList<VaultEntry>& entries) -> Status {
        codes.clear();
        for (VaultEntry& entry : entries) {
            if (entry.id != id) {
                continue;
            }
            Result<otp::OtpParameters> advanced =
                otp::advancedCounter(entry.account, static_cast<std::uint64_t>(window));
            if (!advanced) {
                return advanced.error();
            }
            Result<otp::OtpGenerator> generator = otp::OtpGenerator::create(entry.account);
            if (!generator) {
                return generator.error();
            }
            const otp::OtpParameters& p = entry.account.parameters;
            for (long long i = 0; i < window; ++i) {
                codes.append(generator->code(p.counter() + static_cast<std::uint64_t>(i)));
            }
            entry.account.parameters = *advanced;
            entry.updated = QDateTime::currentDateTimeUtc();
            return {};
        }
        return makeError(ErrorCode::NotFound, QStringLiteral("the account was removed meanwhile"));
    });
    if (!saved) {
        return fail(saved.error());
    }
    for (const QString& code : codes) {
        printLine(code);
    }
    return kSuccess;
}

int runRename(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Change an account's issuer and/or name."));
    parser.addPositionalArgument(QStringLiteral("ACCOUNT"), QStringLiteral("Id or part of \"issuer:name\"."));
    addVaultOptions(parser);
    parser.addOptions({
        {QStringLiteral("issuer"), QStringLiteral("The new issuer (may be empty)."), QStringLiteral("TEXT")},
        {QStringLiteral("name"), QStringLiteral("The new account name."), QStringLiteral("TEXT")},
    });
    int exitCode = kSuccess;
    if (!parseCommand(parser, QStringLiteral("rename"), arguments, 1, exitCode)) {
        return exitCode;
    }
    if (!parser.isSet(QStringLiteral("issuer")) && !parser.isSet(QStringLiteral("name"))) {
        return usageError(QStringLiteral("rename needs --issuer, --name or both"));
    }
    Result<VaultAccount> account = openVaultAccount(parser);
    if (!account) {
        return fail(account.error());
    }
    Vault& opened = account->vault;
    const VaultEntry& found = account->entry;
    const QString issuer = otp::normalizedLabelText(
        parser.isSet(QStringLiteral("issuer")) ? parser.value(QStringLiteral("issuer")) : found.account.issuer);
    const QString name = otp::normalizedLabelText(
        parser.isSet(QStringLiteral("name")) ? parser.value(QStringLiteral("name")) : found.account.name);
    if (issuer.isEmpty() && name.isEmpty()) {
        return usageError(QStringLiteral("an account needs an issuer or a name"));
    }
    if (SaveOutcome<> renamed = opened.renameAccount(found.id, issuer, name); !renamed) {
        return fail(renamed.error());
    }
    printNote(QStringLiteral("renamed %1 to %2").arg(found.account.label(), opened.entry(found.id)->account.label()));
    return kSuccess;
}

int runRemove(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Remove an account (the previous 10 versions of the vault stay under backups/)."));
    parser.addPositionalArgument(QStringLiteral("ACCOUNT"), QStringLiteral("Id or part of \"issuer:name\"."));
    addVaultOptions(parser);
    int exitCode = kSuccess;
    if (!parseCommand(parser, QStringLiteral("rm"), arguments, 1, exitCode)) {
        return exitCode;
    }
    Result<VaultAccount> account = openVaultAccount(parser);
    if (!account) {
        return fail(account.error());
    }
    Vault& opened = account->vault;
    const VaultEntry& found = account->entry;
    if (SaveOutcome<> removed = opened.removeAccount(found.id); !removed) {
        return fail(removed.error());
    }
    printNote(QStringLiteral("removed %1").arg(found.account.label()));
    return kSuccess;
}

int runPasswd(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Change the vault password. With --password-stdin: the current password on the first line, the new one on "
        "the second."));
    addVaultOptions(parser);
    addKdfOptions(parser);
    int exitCode = kSuccess;
    if (!parseCommand(parser, QStringLiteral("passwd"), arguments, 0, exitCode)) {
        return exitCode;
    }
    Result<vault::KdfParameters> kdf = kdfFromOptions(parser);
    if (!kdf) {
        return fail(kdf.error());
    }
    Result<Vault> opened = openVault(parser);
    if (!opened) {
        return fail(opened.error());
    }
    PasswordReader reader(parser.isSet(QStringLiteral("password-stdin")));
    Result<SecretBytes> password = reader.readNew(QStringLiteral("New vault password"));
    if (!password) {
        return fail(password.error());
    }
    Result<Vault::KeyRotation> changed = opened->changePassword(*password, *kdf);
    if (!changed) {
        return fail(changed.error());
    }
    printNote(QStringLiteral("password changed; older copies of the vault (its backups/ folder) still open with "
                             "the password they were saved under"));
    // The CLI holds no keyring key, so every keyring slot had to go.
    if (!changed->droppedKeyringSlots.isEmpty()) {
        printNote(QStringLiteral("\"Remember on this computer\" was turned off on every computer (%1 keyring slots "
                                 "removed): turn it on again in the app's settings")
                      .arg(changed->droppedKeyringSlots.size()));
    }
    if (changed->droppedOtherSlots > 0) {
        printNote(
            QStringLiteral("%1 other key slots could not be kept and were removed").arg(changed->droppedOtherSlots));
    }
    return kSuccess;
}

} // namespace twostep::cli
