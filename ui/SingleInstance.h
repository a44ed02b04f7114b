// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

class QLocalServer;

namespace twostep::ui {

// One running GUI per user and vault. The first process listens on a local socket in
// $XDG_RUNTIME_DIR (else the temp folder), named after the vault path; a later process hands it
// a message (a QStringList, e.g. {"raise"} or {"scan-file", PATH}) and exits. A socket file left
// by a crashed instance (nobody answers) is removed and taken over. Messages carry no secrets.
class SingleInstance final : public QObject
{
    Q_OBJECT
public:
    explicit SingleInstance(const QString& vaultPath, QObject* parent = nullptr);
    ~SingleInstance() override;

    // The socket path for this user and vault.
    QString socketName() const { return m_name; }

    // Delivers `message` to a running instance; false when none answers within timeoutMs.
    bool sendToRunning(const QStringList& message, int timeoutMs = 2000) const;
    // Becomes the running instance; false when another one already answers on the socket or
    // the socket cannot be created.
    bool listen();

Q_SIGNALS:
    void messageReceived(const QStringList& message);

private:
    void acceptConnection();

    QString m_name;
    QLocalServer* m_server = nullptr;
};

} // namespace twostep::ui
