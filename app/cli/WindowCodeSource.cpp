// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "WindowCodeSource.h"

#include "CliCommon.h"
#include "common/FileDescriptor.h"
#include "otp/HandedOutStep.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <poll.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

namespace twostep::cli {

namespace {
// A window answers at once; its "ask each time" dialog then gives the user up to 60 s.
constexpr int kFirstReplyTimeoutMs = 2000;
constexpr int kAskTimeoutMs = 90'000;
constexpr qsizetype kMaxReplyBytes = 4096;

// The program that runs twostep-cli (aws-vault, sh, ...), named in the window's dialog.
QString askingProgram()
{
    QFile comm(QStringLiteral("/proc/%1/comm").arg(::getppid()));
    return comm.open(QIODevice::ReadOnly) ? QString::fromUtf8(comm.readLine(64)).trimmed() : QString();
}

bool peerIsThisUser(int fd)
{
    ucred credentials{};
    socklen_t size = sizeof(credentials);
    return ::getsockopt(fd, SOL_SOCKET, SO_PEERCRED, &credentials, &size) == 0 && size == sizeof(credentials) &&
           credentials.uid == ::getuid();
}

// One reply line; empty on timeout, end of stream or an overlong line.
QByteArray readLine(int fd, QByteArray& pending, int timeoutMs)
{
    while (!pending.contains('\n')) {
        pollfd wanted{fd, POLLIN, 0};
        char chunk[512];
        if (::poll(&wanted, 1, timeoutMs) <= 0 || pending.size() > kMaxReplyBytes) {
            return {};
        }
        const ssize_t got = ::read(fd, chunk, sizeof(chunk));
        if (got <= 0) {
            return {};
        }
        pending.append(chunk, got);
    }
    const qsizetype end = pending.indexOf('\n');
    QByteArray line = pending.left(end);
    pending.remove(0, end + 1);
    return line;
}
} // namespace

Result<std::optional<QString>> codeFromWindow(const QString& account, const QString& vaultPath, bool fresh,
                                              QString& whyNot)
{
    const QByteArray path =
        QFile::encodeName(QFileInfo(otp::HandedOutStep::defaultFolder()).path() + QStringLiteral("/code.socket"));
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    if (static_cast<std::size_t>(path.size()) >= sizeof(address.sun_path)) {
        whyNot = QStringLiteral("its socket path is too long");
        return std::optional<QString>();
    }
    std::memcpy(address.sun_path, path.constData(), static_cast<std::size_t>(path.size()));
    const FileDescriptor socket(::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0));
    if (socket.get() < 0 ||
        ::connect(socket.get(), reinterpret_cast<const sockaddr*>(&address), sizeof(address)) != 0) {
        whyNot = QStringLiteral("not running");
        return std::optional<QString>();
    }
    if (!peerIsThisUser(socket.get())) {
        whyNot = QStringLiteral("its socket belongs to another user");
        return std::optional<QString>();
    }
    const QJsonObject request{{QStringLiteral("account"), account},
                              {QStringLiteral("vault"), vaultPath},
                              {QStringLiteral("program"), askingProgram()},
                              {QStringLiteral("fresh"), fresh}};
    const QByteArray line = QJsonDocument(request).toJson(QJsonDocument::Compact) + '\n';
    if (::send(socket.get(), line.constData(), static_cast<std::size_t>(line.size()), MSG_NOSIGNAL) != line.size()) {
        whyNot = QStringLiteral("it closed the connection");
        return std::optional<QString>();
    }
    QByteArray pending;
    int timeoutMs = kFirstReplyTimeoutMs;
    for (;;) {
        const QJsonObject reply = QJsonDocument::fromJson(readLine(socket.get(), pending, timeoutMs)).object();
        if (reply.contains(QStringLiteral("asking"))) {
            timeoutMs = kAskTimeoutMs;
            continue;
        }
        if (reply.contains(QStringLiteral("wait"))) {
            const qint64 seconds = reply.value(QStringLiteral("wait")).toInteger();
            printNote(QStringLiteral("a code of %1 was already handed out in this time step; waiting %2 s for the next")
                          .arg(account)
                          .arg(seconds));
            timeoutMs = static_cast<int>(std::clamp<qint64>(seconds, 0, 300)) * 1000 + kFirstReplyTimeoutMs;
            continue;
        }
        const QString code = reply.value(QStringLiteral("code")).toString();
        if (!code.isEmpty()) {
            return std::optional<QString>(code);
        }
        const QString refused = reply.value(QStringLiteral("refused")).toString();
        const QString detail = reply.value(QStringLiteral("detail")).toString();
        if (refused == QLatin1String("denied")) {
            return makeError(ErrorCode::WrongPassword, QStringLiteral("the Twostep window denied the code"),
                             ErrorCause::RefusedInWindow);
        }
        if (refused == QLatin1String("not-found") || refused == QLatin1String("ambiguous")) {
            return makeError(refused == QLatin1String("ambiguous") ? ErrorCode::Ambiguous : ErrorCode::NotFound,
                             detail);
        }
        whyNot = refused.isEmpty() ? QStringLiteral("no answer") : refused;
        return std::optional<QString>();
    }
}

} // namespace twostep::cli
