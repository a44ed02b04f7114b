// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "vault/Vault.h"

#include "common/FileIo.h"
#include "otp/AwsMfaArn.h"
#include "otp/OtpGenerator.h"
#include "vault/AccountReplace.h"
#include "vault/VaultDisk.h"
#include "vault/VaultState.h"

#include <QFileInfo>
#include <QRegularExpression>

#include <utility>

namespace twostep::vault {

namespace {

Error notFoundId(const QString& id)
{
    return makeError(ErrorCode::NotFound, QStringLiteral("no account with id %1").arg(id));
}

} // namespace

Vault::Vault(std::unique_ptr<State> state) : m_state(std::move(state)) {}
Vault::Vault(Vault&&) noexcept = default;
Vault& Vault::operator=(Vault&&) noexcept = default;
Vault::~Vault() = default;

Result<Vault> Vault::create(const QString& path, const SecretBytes& password, const KdfParameters& kdf)
{
    Result<file::OpenedVault> sealed = file::sealNewVault({}, password, kdf);
    if (!sealed) {
        return sealed.error();
    }
    Result<QString> written = disk::writeNewVaultFile(path, sealed->bytes);
    if (!written) {
        return written.error();
    }
    disk::recordGeneration(*written, sealed->container.generation, true); // a new vault starts over
    auto state = std::make_unique<State>();
    if (Status adopted = state->adopt(*written, std::move(sealed).value()); !adopted) {
        return adopted.error();
    }
    return Vault(std::move(state));
}

Result<Vault> Vault::open(const QString& path, const SecretBytes& password)
{
    const QString canonical = files::canonicalPath(path);
    Result<QByteArray> bytes = disk::readVaultFile(canonical);
    if (!bytes) {
        return bytes.error();
    }
    Result<file::OpenedVault> opened = file::openVault(*bytes, password);
    if (!opened) {
        return opened.error();
    }
    auto state = std::make_unique<State>();
    if (Status adopted = state->adopt(canonical, std::move(opened).value()); !adopted) {
        return adopted.error();
    }
    return Vault(std::move(state));
}

bool Vault::exists(const QString& path)
{
    return QFileInfo::exists(path);
}

const QString& Vault::path() const
{
    return m_state->path;
}

std::uint64_t Vault::generation() const
{
    return m_state->container.generation;
}

const QList<VaultEntry>& Vault::entries() const
{
    return m_state->shown();
}

const VaultEntry* Vault::entry(const QString& id) const
{
    for (const VaultEntry& candidate : m_state->shown()) {
        if (candidate.id == id) {
            return &candidate;
        }
    }
    return nullptr;
}

SaveOutcome<> Vault::modify(const std::function<Status(QList<VaultEntry>&)>& change, SaveFailure onFailure)
{
    return m_state->save(change, {}, onFailure);
}

const QList<Tombstone>& Vault::tombstones() const
{
    return m_state->tombstones;
}

SaveOutcome<> Vault::modifyWithTombstones(const std::function<Status(QList<VaultEntry>&, QList<Tombstone>&)>& change,
                                          std::uint64_t aboveGeneration)
{
    if (Status saved = m_state->saveHistory(change, aboveGeneration); !saved) {
        return saved.error();
    }
    return {};
}

bool Vault::hasUnsavedChanges() const
{
    return !m_state->unsaved.isEmpty();
}

qsizetype Vault::unsavedChangeCount() const
{
    return m_state->unsaved.size();
}

SaveOutcome<> Vault::saveUnsavedChanges()
{
    if (m_state->unsaved.isEmpty()) {
        return {};
    }
    return m_state->save({}, {}, SaveFailure::KeepInMemory);
}

SaveOutcome<VaultEntry> Vault::addAccount(const otp::Account& account)
{
    SaveOutcome<QList<VaultEntry>> added = addAccounts(QList<otp::Account>{account});
    if (added.kind() == SaveKind::Refused) {
        return added.error();
    }
    return SaveOutcome<VaultEntry>(SaveOutcome<>(added), added->first());
}

SaveOutcome<QList<VaultEntry>> Vault::addAccounts(const QList<otp::Account>& accounts)
{
    return addAccountsReplacing(*this, accounts, {});
}

SaveOutcome<> Vault::removeAccount(const QString& id)
{
    return modify(
        [id](QList<VaultEntry>& entries) -> Status {
            const qsizetype removed = entries.removeIf([&id](const VaultEntry& e) { return e.id == id; });
            return removed > 0 ? Status{} : Status{notFoundId(id)};
        },
        SaveFailure::KeepInMemory);
}

SaveOutcome<> Vault::renameAccount(const QString& id, const QString& newIssuer, const QString& newName)
{
    const QString issuer = otp::normalizedLabelText(newIssuer);
    const QString name = otp::normalizedLabelText(newName);
    // The time of the user's edit, also when a kept change is written later.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return modify(
        [id, issuer, name, now](QList<VaultEntry>& entries) -> Status {
            for (VaultEntry& e : entries) {
                if (e.id == id) {
                    // The same label again changes nothing: no save, and no later time to win a merge with.
                    if (e.account.issuer != issuer || e.account.name != name) {
                        e.account.issuer = issuer;
                        e.account.name = name;
                        e.updated = now;
                    }
                    return {};
                }
            }
            return notFoundId(id);
        },
        SaveFailure::KeepInMemory);
}

SaveOutcome<> Vault::moveAccount(const QString& id, int newIndex)
{
    return modify(
        [id, newIndex](QList<VaultEntry>& entries) -> Status {
            if (newIndex < 0 || newIndex >= entries.size()) {
                return makeError(
                    ErrorCode::InvalidInput,
                    QStringLiteral("position %1 is outside 0 to %2").arg(newIndex).arg(entries.size() - 1));
            }
            for (qsizetype i = 0; i < entries.size(); ++i) {
                if (entries.at(i).id == id) {
                    entries.move(i, newIndex);
                    return {};
                }
            }
            return notFoundId(id);
        },
        SaveFailure::KeepInMemory);
}

Result<QString> Vault::nextHotpCode(const QString& id)
{
    QString code;
    const SaveOutcome<> saved = modify([&](QList<VaultEntry>& entries) -> Status {
        for (VaultEntry& e : entries) {
            if (e.id != id) {
                continue;
            }
            const otp::OtpParameters& p = e.account.parameters;
            if (p.type() != otp::OtpType::Hotp) {
                return makeError(ErrorCode::InvalidInput,
                                 QStringLiteral("'%1' is not a counter-based (hotp) account").arg(e.account.label()));
            }
            Result<otp::OtpParameters> advanced = otp::advancedCounter(e.account);
            if (!advanced) {
                return advanced.error();
            }
            Result<otp::OtpGenerator> generator = otp::OtpGenerator::create(e.account);
            if (!generator) {
                return generator.error();
            }
            code = generator->code(p.counter());
            e.account.parameters = *advanced;
            e.updated = QDateTime::currentDateTimeUtc();
            return {};
        }
        return notFoundId(id);
    });
    if (!saved) {
        return saved.error();
    }
    return code;
}

Status Vault::reload()
{
    Result<QByteArray> bytes = disk::readVaultFile(m_state->path);
    if (!bytes) {
        return bytes.error();
    }
    return m_state->refresh(*bytes);
}

std::optional<Rollback> Vault::takeRollback()
{
    return std::exchange(m_state->rollback, std::nullopt);
}

namespace {

bool matchesQuery(const otp::Account& account, const QString& query)
{
    return account.label().contains(query, Qt::CaseInsensitive) || otp::awsMfaArn(account) == query ||
           otp::issuerInitials(account.issuer).compare(query, Qt::CaseInsensitive) == 0;
}

} // namespace

Result<VaultEntry> Vault::find(const QString& query) const
{
    if (const VaultEntry* exact = entry(query)) {
        return *exact;
    }
    QList<const VaultEntry*> matches;
    for (const VaultEntry& e : m_state->shown()) {
        if (matchesQuery(e.account, query)) {
            matches.append(&e);
        }
    }
    if (matches.isEmpty()) {
        return makeError(ErrorCode::NotFound, QStringLiteral("no account matches '%1'").arg(query));
    }
    if (matches.size() > 1) {
        QString detail =
            QStringLiteral("'%1' matches %2 accounts; give more of the name or an id:").arg(query).arg(matches.size());
        for (const VaultEntry* e : matches) {
            detail += QStringLiteral("\n  %1  %2").arg(e->id, e->account.label());
        }
        return makeError(ErrorCode::Ambiguous, detail);
    }
    return *matches.first();
}

} // namespace twostep::vault
