// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "keyring/KeyringStore.h"

#include "vault/KeyringUnlock.h"

#include <QEventLoop>
#include <QTimer>
#include <qt6keychain/keychain.h>

#include <functional>
#include <optional>
#include <span>
#include <utility>

namespace twostep::keyring {

namespace {

// Long enough for the user to answer the keyring's own unlock prompt.
constexpr int kTimeoutMs = 120000;

QString entryKey(const QString& slotId)
{
    return QStringLiteral("vault-key:") + slotId;
}

// QByteArray copies are shallow: wiping through constData() also wipes the job's copy of the buffer.
void wipeShared(const QByteArray& bytes)
{
    auto* data = const_cast<volatile char*>(bytes.constData());
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        data[i] = 0;
    }
}

struct Outcome
{
    QKeychain::Error error = QKeychain::OtherError;
    QString text;
};

// Runs a heap job to its end. On a time-out the job is left to finish and delete itself: deleting
// a running job would leave its D-Bus callbacks pointing at freed memory.
Outcome run(QKeychain::Job* job, const std::function<void(QKeychain::Job*)>& onFinished = {})
{
    job->setAutoDelete(true);
    QEventLoop loop;
    Outcome outcome{QKeychain::OtherError,
                    QStringLiteral("the desktop keyring did not answer within %1 s").arg(kTimeoutMs / 1000)};
    bool done = false;
    QObject::connect(job, &QKeychain::Job::finished, &loop, [&](QKeychain::Job* finished) {
        outcome = Outcome{finished->error(), finished->errorString()};
        if (onFinished) {
            onFinished(finished);
        }
        done = true;
        loop.quit();
    });
    QTimer::singleShot(kTimeoutMs, &loop, &QEventLoop::quit);
    job->start();
    if (!done) {
        // Clicks wait until the keyring answered, so nothing re-enters the caller meanwhile.
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    }
    return outcome;
}

Error keyringError(const Outcome& outcome, const QString& slotId)
{
    if (outcome.error == QKeychain::EntryNotFound) {
        return makeError(ErrorCode::NotFound,
                         QStringLiteral("the desktop keyring holds no key for vault slot ") + slotId,
                         ErrorCause::KeyringHasNoKey);
    }
    // The keyring's own words; the cause says that it was the keyring.
    return makeError(ErrorCode::IoError, outcome.text, ErrorCause::KeyringUnavailable);
}

} // namespace

QString KeyringStore::defaultService()
{
    return QStringLiteral("io.github.twostep.Twostep");
}

KeyringStore::KeyringStore(QString service) : m_service(std::move(service)) {}

Status KeyringStore::write(const QString& slotId, const SecretBytes& key) const
{
    auto* job = new QKeychain::WritePasswordJob(m_service);
    job->setKey(entryKey(slotId));
    job->setInsecureFallback(false);
    const QByteArray data(reinterpret_cast<const char*>(key.data()), static_cast<qsizetype>(key.size()));
    job->setBinaryData(data);
    const Outcome outcome = run(job);
    wipeShared(data);
    if (outcome.error != QKeychain::NoError) {
        return keyringError(outcome, slotId);
    }
    return {};
}

Result<SecretBytes> KeyringStore::read(const QString& slotId) const
{
    auto* job = new QKeychain::ReadPasswordJob(m_service);
    job->setKey(entryKey(slotId));
    job->setInsecureFallback(false);
    SecretBytes key;
    const Outcome outcome = run(job, [&key](QKeychain::Job* finished) {
        const QByteArray data = static_cast<QKeychain::ReadPasswordJob*>(finished)->binaryData();
        key = SecretBytes(
            std::span(reinterpret_cast<const std::uint8_t*>(data.constData()), static_cast<std::size_t>(data.size())));
        wipeShared(data);
    });
    if (outcome.error != QKeychain::NoError) {
        return keyringError(outcome, slotId);
    }
    return key;
}

Status KeyringStore::remove(const QString& slotId) const
{
    auto* job = new QKeychain::DeletePasswordJob(m_service);
    job->setKey(entryKey(slotId));
    job->setInsecureFallback(false);
    const Outcome outcome = run(job);
    if (outcome.error != QKeychain::NoError && outcome.error != QKeychain::EntryNotFound) {
        return keyringError(outcome, slotId);
    }
    return {};
}

Status KeyringStore::remember(vault::Vault& vault) const
{
    Result<vault::Vault::KeyringKey> added = vault.addKeyringSlot();
    if (!added) {
        return added.error();
    }
    if (Status written = write(added->slotId, added->key); !written) {
        // Keep the original error: it says why; a failed clean-up leaves only an unusable slot.
        (void)vault.removeKeyringSlot(added->slotId);
        return written;
    }
    return {};
}

Status KeyringStore::forget(vault::Vault& vault) const
{
    std::optional<Error> first;
    for (const QString& slotId : vault.keyringSlotIds()) {
        Result<vault::Vault::KeyRotation> rotated = vault.removeKeyringSlot(slotId);
        // A slot still in the file keeps its keyring entry, so the two never disagree for long.
        Status removed = rotated ? remove(slotId) : Status{rotated.error()};
        if (!removed && !first) {
            first = removed.error();
        }
    }
    if (first) {
        return *first;
    }
    return {};
}

Result<vault::Vault> KeyringStore::open(const QString& path) const
{
    return vault::openWithKeyring(path, [this](const QString& slotId) { return read(slotId); });
}

} // namespace twostep::keyring
