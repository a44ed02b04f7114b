// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/desktop/SingleInstance.h"

#include "common/FileIo.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLoggingCategory>
#include <QPointer>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

namespace twostep::ui {

namespace {
Q_LOGGING_CATEGORY(lcInstance, "twostep.instance", QtWarningMsg)

// A sanity bound: messages are a handful of short strings.
constexpr qint64 kMaxMessageBytes = 64LL * 1024;

// A folder we may put the socket in: a real folder (not a symlink), ours, closed to others.
Status checkPrivateFolder(const QString& folder)
{
    struct stat info
    {};
    if (::lstat(QFile::encodeName(folder).constData(), &info) != 0) {
        return makeError(ErrorCode::IoError, QStringLiteral("Twostep will not use the runtime folder %1: %2")
                                                 .arg(folder, QString::fromLocal8Bit(std::strerror(errno))));
    }
    QString why;
    if (S_ISLNK(info.st_mode)) {
        why = QStringLiteral("it is a symbolic link");
    } else if (!S_ISDIR(info.st_mode)) {
        why = QStringLiteral("it is not a folder");
    } else if (info.st_uid != ::getuid()) {
        why = QStringLiteral("it belongs to another user (uid %1)").arg(info.st_uid);
    } else if ((info.st_mode & 077) != 0) {
        why = QStringLiteral("other users may use it (mode %1, it must be 0700)")
                  .arg(info.st_mode & 07777, 4, 8, QLatin1Char('0'));
    }
    if (!why.isEmpty()) {
        return makeError(ErrorCode::IoError,
                         QStringLiteral("Twostep will not use the runtime folder %1: %2").arg(folder, why));
    }
    return {};
}

// An otpauth link holds its secret: the log keeps the scheme.
QStringList loggable(QStringList message)
{
    for (QString& word : message) {
        if (word.startsWith(QLatin1String("otpauth"), Qt::CaseInsensitive)) {
            word = word.section(QLatin1Char(':'), 0, 0) + QStringLiteral(":…");
        }
    }
    return message;
}

} // namespace

Result<QString> SingleInstance::privateRuntimeFolder()
{
    const QString xdg = qEnvironmentVariable("XDG_RUNTIME_DIR");
    if (!xdg.isEmpty() && QFileInfo(xdg).isDir()) {
        if (Status checked = checkPrivateFolder(xdg); !checked) {
            return checked.error();
        }
        return xdg;
    }
    // No runtime folder: one of our own in the temp folder, which anyone may have created first.
    const QString folder = QDir::tempPath() + QStringLiteral("/twostep-%1").arg(::getuid());
    if (::mkdir(QFile::encodeName(folder).constData(), 0700) != 0 && errno != EEXIST) {
        return makeError(ErrorCode::IoError, QStringLiteral("Twostep cannot create the runtime folder %1: %2")
                                                 .arg(folder, QString::fromLocal8Bit(std::strerror(errno))));
    }
    if (Status checked = checkPrivateFolder(folder); !checked) {
        return checked.error();
    }
    return folder;
}

std::optional<uid_t> SingleInstance::peerUid(qintptr socketDescriptor)
{
    ucred credentials{};
    socklen_t size = sizeof(credentials);
    if (::getsockopt(static_cast<int>(socketDescriptor), SOL_SOCKET, SO_PEERCRED, &credentials, &size) != 0 ||
        size != sizeof(credentials)) {
        return std::nullopt;
    }
    return credentials.uid;
}

bool SingleInstance::isPeerThisUser(qintptr socketDescriptor)
{
    const std::optional<uid_t> uid = peerUid(socketDescriptor);
    return uid && *uid == ::getuid();
}

SingleInstance::SingleInstance(const QString& vaultPath, QObject* parent) : QObject(parent)
{
    const QByteArray vaultHash =
        QCryptographicHash::hash(files::canonicalPath(vaultPath).toUtf8(), QCryptographicHash::Sha256).toHex().left(16);
    Result<QString> folder = privateRuntimeFolder();
    if (!folder) {
        m_error = folder.error().detail;
        return;
    }
    m_name = *folder + QStringLiteral("/twostep-%1-%2.sock").arg(::getuid()).arg(QString::fromLatin1(vaultHash));
}

SingleInstance::~SingleInstance() = default;

void SingleInstance::adoptActivationToken(const QString& token)
{
    if (!token.isEmpty()) {
        qputenv("XDG_ACTIVATION_TOKEN", token.toUtf8());
    }
}

bool SingleInstance::deliver(QLocalSocket& socket, const QStringList& message, int timeoutMs) const
{
    if (m_name.isEmpty()) {
        return false;
    }
    socket.connectToServer(m_name);
    if (!socket.waitForConnected(timeoutMs)) {
        return false;
    }
    if (!isPeerThisUser(socket.socketDescriptor())) {
        qCWarning(lcInstance) << "the socket" << m_name << "belongs to another user; not handing anything to it";
        socket.abort();
        return false;
    }
    QByteArray payload;
    QDataStream encoder(&payload, QIODevice::WriteOnly);
    encoder << message << qEnvironmentVariable("XDG_ACTIVATION_TOKEN");
    QDataStream out(&socket);
    out << payload;
    socket.flush();
    // The running instance answers once it has the whole message, so nothing is lost on exit.
    while (!socket.canReadLine()) {
        if (!socket.waitForReadyRead(timeoutMs)) {
            return false;
        }
    }
    const bool delivered = socket.readLine().startsWith("ok");
    qCInfo(lcInstance) << "handed to the running instance:" << message.value(0);
    return delivered;
}

bool SingleInstance::sendToRunning(const QStringList& message, int timeoutMs) const
{
    QLocalSocket socket;
    const bool delivered = deliver(socket, message, timeoutMs);
    socket.disconnectFromServer();
    return delivered;
}

std::optional<QString> SingleInstance::ask(const QStringList& message, int answerTimeoutMs) const
{
    QLocalSocket socket;
    if (!deliver(socket, message, 2000)) {
        return std::nullopt;
    }
    QElapsedTimer waited;
    waited.start();
    while (!socket.canReadLine()) {
        if (socket.bytesAvailable() > kMaxMessageBytes ||
            !socket.waitForReadyRead(static_cast<int>(std::max<qint64>(1, answerTimeoutMs - waited.elapsed())))) {
            return QString();
        }
    }
    return QString::fromUtf8(socket.readLine()).chopped(1).replace(QLatin1Char('\t'), QLatin1Char('\n'));
}

SingleInstance::Answer SingleInstance::deferAnswer()
{
    return [socket = QPointer<QLocalSocket>(m_answering)](const QString& answer) {
        if (socket) {
            socket->write(answer.toUtf8().replace('\n', '\t') + '\n');
            socket->flush();
            socket->disconnectFromServer();
        }
    };
}

bool SingleInstance::answersElsewhere() const
{
    if (m_name.isEmpty() || m_server != nullptr) {
        return false;
    }
    QLocalSocket probe;
    probe.connectToServer(m_name);
    return probe.waitForConnected(1000);
}

bool SingleInstance::listen()
{
    if (m_server != nullptr) {
        return true;
    }
    if (m_name.isEmpty()) {
        return false;
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
        if (!isPeerThisUser(socket->socketDescriptor())) {
            qCWarning(lcInstance) << "refused a connection from another user";
            socket->abort();
            socket->deleteLater();
            continue;
        }
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
            QString token;
            QDataStream decoder(payload);
            decoder >> message >> token;
            socket->write("ok\n");
            socket->flush();
            if (message.isEmpty()) {
                return;
            }
            qCInfo(lcInstance).noquote() << "received:" << loggable(message).join(QLatin1Char(' '))
                                         << (token.isEmpty() ? "" : "(with an activation token)");
            m_answering = socket;
            Q_EMIT messageReceived(message, token);
            m_answering = nullptr;
        });
    }
}

} // namespace twostep::ui
