// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <optional>
#include <sys/types.h>

class QLocalServer;

namespace twostep::ui {

// One running GUI per user and vault. The first process listens on a local socket in a private
// runtime folder (privateRuntimeFolder()), named after the vault's canonical path; a later process
// hands it a message (a QStringList, e.g. {"raise"} or {"scan-file", PATH}) and exits. Both ends
// check the other's uid (SO_PEERCRED) before a byte is exchanged. A socket file left by a crashed
// instance (nobody answers) is removed and taken over. Messages carry no secrets. Every message
// also carries the sender's XDG_ACTIVATION_TOKEN (after the list, so older versions ignore it):
// the token its launcher gave it, which lets the running window raise itself on Wayland.
class SingleInstance final : public QObject
{
    Q_OBJECT
public:
    explicit SingleInstance(const QString& vaultPath, QObject* parent = nullptr);
    ~SingleInstance() override;

    // $XDG_RUNTIME_DIR when set (it must be a folder of ours, 0700), else TMPDIR/twostep-<uid>,
    // created 0700; an existing one that is a symlink, another user's or open to others is refused.
    static Result<QString> privateRuntimeFolder();
    // The uid of the process at the other end of a connected local socket.
    static std::optional<uid_t> peerUid(qintptr socketDescriptor);
    static bool isPeerThisUser(qintptr socketDescriptor);

    // The socket path for this user and vault; empty when the runtime folder was refused.
    QString socketName() const { return m_name; }
    // Why there is no socket (the runtime folder was refused), or empty.
    QString error() const { return m_error; }

    // Puts a token received with a message where Qt's next QWindow::requestActivate() reads it.
    static void adoptActivationToken(const QString& token);

    // Delivers `message` (and $XDG_ACTIVATION_TOKEN) to a running instance; false when none
    // answers within timeoutMs.
    bool sendToRunning(const QStringList& message, int timeoutMs = 2000) const;
    // Becomes the running instance; false when another one already answers on the socket or
    // the socket cannot be created.
    bool listen();

Q_SIGNALS:
    // `activationToken` is empty when the sender had none.
    void messageReceived(const QStringList& message, const QString& activationToken);

private:
    void acceptConnection();

    QString m_name;
    QString m_error;
    QLocalServer* m_server = nullptr;
};

} // namespace twostep::ui
