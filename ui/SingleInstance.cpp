// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SingleInstance.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QDir>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLoggingCategory>

#include <unistd.h>

namespace twostep::ui {

namespace {
Q_LOGGING_CATEGORY(lcInstance, "twostep.instance", QtWarningMsg)

// A sanity bound: messages are a handful of short strings.
constexpr qint64 kMaxMessageBytes = 64LL * 1024;

QString runtimeDir()
{
    QString xdg = qEnvironmentVariable("XDG_RUNTIME_DIR");
    if (!xdg.isEmpty() && QFileInfo(xdg).isDir()) {
        return xdg;
    }
    return QDir::tempPath();
}
} // namespace

SingleInstance::SingleInstance(const QString& vaultPath, QObject* parent) : QObject(parent)
{
    const QByteArray vaultHash =
        QCryptographicHash::hash(QFileInfo(vaultPath).absoluteFilePath().toUtf8(), QCryptographicHash::Sha256)
            .toHex()
            .left(16);
    // The uid keeps users apart when the fallback temp folder is shared.
    m_name = runtimeDir() + QStringLiteral("/twostep-%1-%2.sock").arg(::getuid()).arg(QString::fromLatin1(vaultHash));
}

SingleInstance::~SingleInstance() = default;

bool SingleInstance::sendToRunning(const QStringList& message, int timeoutMs) const
{
    QLocalSocket socket;
    socket.connectToServer(m_name);
    if (!socket.waitForConnected(timeoutMs)) {
        return false;
    }
    QByteArray payload;
    QDataStream encoder(&payload, QIODevice::WriteOnly);
    encoder << message;
    QDataStream out(&socket);
    out << payload;
    socket.flush();
    // The running instance answers once it has the whole message, so nothing is lost on exit.
    if (!socket.waitForReadyRead(timeoutMs)) {
        return false;
    }
    const bool delivered = socket.readAll().startsWith("ok");
    socket.disconnectFromServer();
    qCInfo(lcInstance) << "handed to the running instance:" << message.value(0);
    return delivered;
}

bool SingleInstance::listen()
{
    if (m_server != nullptr) {
        return true;
    }
    auto* server = new QLocalServer(this);
    server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!server->listen(m_name)) {
        if (server->serverError() != QAbstractSocket::AddressInUseError) {
            qCWarning(lcInstance) << "cannot listen on" << m_name << ":" << server->errorString();
            delete server;
            return false;
        }
        // In use: either a live instance or a socket file left by one that crashed.
        QLocalSocket probe;
        probe.connectToServer(m_name);
        if (probe.waitForConnected(1000)) {
            delete server;
            return false;
        }
        qCInfo(lcInstance) << "removing a stale socket" << m_name;
        QLocalServer::removeServer(m_name);
        if (!server->listen(m_name)) {
            qCWarning(lcInstance) << "cannot listen on" << m_name << ":" << server->errorString();
            delete server;
            return false;
        }
    }
    m_server = server;
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::acceptConnection);
    qCInfo(lcInstance) << "listening on" << m_name;
    return true;
}

void SingleInstance::acceptConnection()
{
    while (QLocalSocket* socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
            if (socket->bytesAvailable() > kMaxMessageBytes) {
                socket->abort();
                return;
            }
            QDataStream in(socket);
            in.startTransaction();
            QByteArray payload;
            in >> payload;
            if (!in.commitTransaction()) {
                return; // wait for the rest
            }
            QStringList message;
            QDataStream decoder(payload);
            decoder >> message;
            socket->write("ok\n");
            socket->flush();
            if (message.isEmpty()) {
                return;
            }
            qCInfo(lcInstance).noquote() << "received:" << message.join(QLatin1Char(' '));
            Q_EMIT messageReceived(message);
        });
    }
}

} // namespace twostep::ui
