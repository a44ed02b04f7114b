// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "vault/Vault.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QString>

#include <functional>
#include <sys/types.h>

class QJsonObject;
class QLocalServer;
class QLocalSocket;
class QMessageBox;
class QWidget;

namespace twostep::ui {

class Settings;

// "Codes for the command line": `twostep-cli code ACCOUNT` asks the unlocked window over a local
// socket in the user's runtime folder ($XDG_RUNTIME_DIR/twostep/code.socket, folder 0700, socket
// 0600) instead of deriving the vault key again. A peer of another uid is refused before a byte
// is read. Request, one JSON line: {"account", "vault", "program", "fresh"}; reply, JSON lines:
// {"asking": true} while the dialog is up, {"wait": SECONDS} (--fresh), then {"code": DIGITS} or
// {"refused": REASON, "detail"}.
// REASON is locked, never, other-vault, hotp (the CLI falls through to its other sources), or
// denied, not-found, ambiguous, error (final). Only the code crosses the socket, never a secret.
class CodeServer final : public QObject
{
    Q_OBJECT
public:
    // The open vault, or nullptr while the window is locked.
    using VaultProvider = std::function<const vault::Vault*()>;

    CodeServer(Settings& settings, VaultProvider vault, QWidget* dialogParent, QObject* parent = nullptr);
    ~CodeServer() override;

    static QString socketPath();
    // Whether the peer of a connected local socket runs as `expected` (SO_PEERCRED).
    static bool isPeerUid(qintptr socketDescriptor, uid_t expected);
    // Who the dialog and the grants name: the kernel's answer for the peer (ui/desktop/AskingProgram.h);
    // unverified when /proc cannot tell and the request's "program" stands in (no 10-minute grant then).
    struct Asker
    {
        QString name;
        bool verified = false;
    };
    static Asker askerOf(qintptr socketDescriptor, const QJsonObject& request);

    bool listen();
    QString error() const { return m_error; }
    // "Allow for 10 minutes" ends when the window locks.
    void forgetGrants() { m_grants.clear(); }

Q_SIGNALS:
    // The "ask each time" dialog is on screen (tests drive its buttons).
    void askShown(QMessageBox* dialog);

private:
    void acceptConnection();
    void handleRequest(QLocalSocket* socket, const QByteArray& line);
    void ask(QLocalSocket* socket, const vault::VaultEntry& entry, const Asker& asker, bool fresh);
    void answer(QLocalSocket* socket, const vault::VaultEntry& entry, bool fresh);

    Settings& m_settings;
    VaultProvider m_vault;
    QWidget* m_dialogParent;
    QLocalServer* m_server = nullptr;
    QString m_error;
    QHash<QString, QDateTime> m_grants; // account id + program -> allowed until
};

} // namespace twostep::ui
