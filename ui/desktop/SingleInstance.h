// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>
#include <sys/types.h>

class QLocalServer;
class QLocalSocket;

namespace twostep::ui {

// One running GUI per user and vault. The first process listens on a local socket in a private
// runtime folder (privateRuntimeFolder()), named after the vault's canonical path; a later process
// hands it a message (a QStringList, e.g. {"raise"} or {"scan-file", PATH}) and exits. Both ends
// check the other's uid (SO_PEERCRED) before a byte is exchanged. A socket file left by a crashed
// instance (nobody answers) is removed and taken over. A message may ask for an answer (ask()),
// which the receiver gives later through deferAnswer(), the way D-Bus delays a reply. An otpauth
// link in a message holds a secret: the log names its scheme only. Every message also carries the
// sender's XDG_ACTIVATION_TOKEN (after the list, so older versions ignore it): the token its
// launcher gave it, which lets the running window raise itself on Wayland.
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
    // Delivers `message` and waits up to answerTimeoutMs for the running instance's answer;
    // nullopt when no instance takes the message, empty when it closed the connection or the time
    // ran out without an answer. The answer is one line (its line breaks travel as tabs).
    std::optional<QString> ask(const QStringList& message, int answerTimeoutMs) const;
    // Called by a slot of messageReceived: the asker keeps waiting, and `Answer` (callable once,
    // later) sends it the answer. Outside such a slot, or for a plain message, the answer goes nowhere.
    using Answer = std::function<void(const QString&)>;
    Answer deferAnswer();
    // Becomes the running instance; false when another one already answers on the socket or
    // the socket cannot be created.
    bool listen();
    // Whether another instance answers on the socket (listen() failed because it is alive).
    bool answersElsewhere() const;

Q_SIGNALS:
    // `activationToken` is empty when the sender had none.
    void messageReceived(const QStringList& message, const QString& activationToken);

private:
    void acceptConnection();
    bool deliver(QLocalSocket& socket, const QStringList& message, int timeoutMs) const;

    QString m_name;
    QString m_error;
    QLocalServer* m_server = nullptr;
    QLocalSocket* m_answering = nullptr; // the connection whose message is being emitted
};

} // namespace twostep::ui
