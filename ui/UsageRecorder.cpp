// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/UsageRecorder.h"

#include "ui/VaultSession.h"
#include "vault/AccountDetailsEdit.h"

namespace twostep::ui {

UsageRecorder::UsageRecorder(VaultSession& session, QObject* parent) : QObject(parent), m_session(session)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(kDelayMs);
    connect(&m_timer, &QTimer::timeout, this, &UsageRecorder::flush);
}

void UsageRecorder::record(const QString& id)
{
    ++m_pending[id];
    m_timer.start();
}

void UsageRecorder::flush()
{
    m_timer.stop();
    vault::Vault* vault = m_session.vault();
    if (m_pending.isEmpty() || vault == nullptr) {
        m_pending.clear();
        return;
    }
    // Counts only order the list: a save that fails drops them rather than asking the user.
    const bool saved = static_cast<bool>(vault::recordUses(*vault, m_pending, QDateTime::currentDateTimeUtc()));
    m_pending.clear();
    if (saved) {
        Q_EMIT recorded();
    }
}

} // namespace twostep::ui
