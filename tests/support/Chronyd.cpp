// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Chronyd.h"

#include "TestSupport.h"
#include "otp/SntpClient.h"

#include <QFile>
#include <QStandardPaths>
#include <QThread>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace twostep::test {

int bindLoopbackUdp(std::uint16_t& port)
{
    const int fd = ::socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    REQUIRE(fd >= 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    REQUIRE(::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0);
    socklen_t length = sizeof address;
    REQUIRE(::getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length) == 0);
    port = ntohs(address.sin_port);
    return fd;
}

Chronyd::~Chronyd()
{
    process.kill();
    process.waitForFinished(5000);
}

std::optional<QString> Chronyd::start(int offsetSeconds)
{
    const QString chronyd = QStandardPaths::findExecutable(QStringLiteral("chronyd"),
                                                           {QStringLiteral("/usr/sbin"), QStringLiteral("/sbin")});
    const QString faketime = QStandardPaths::findExecutable(QStringLiteral("faketime"));
    if (chronyd.isEmpty() || (offsetSeconds != 0 && faketime.isEmpty())) {
        return QStringLiteral("chronyd or faketime is not installed (scripts/install-deps.sh)");
    }
    REQUIRE(dir.isValid());
    ::close(bindLoopbackUdp(port)); // free now; chronyd binds it next
    QFile conf(dir.filePath(QStringLiteral("chrony.conf")));
    REQUIRE(conf.open(QIODevice::WriteOnly));
    conf.write(QStringLiteral("local stratum 1\nallow 127.0.0.1\nbindaddress 127.0.0.1\nport %1\ncmdport 0\n"
                              "pidfile %2/chronyd.pid\ndriftfile %2/drift\n")
                   .arg(port)
                   .arg(dir.path())
                   .toUtf8());
    conf.close();
    QStringList arguments{QStringLiteral("-x"), QStringLiteral("-d"), QStringLiteral("-f"), conf.fileName()};
    if (::getuid() == 0) {
        arguments << QStringLiteral("-u") << QStringLiteral("root"); // the temporary folder is root's
    }
    QString program = chronyd;
    if (offsetSeconds != 0) {
        const QString shift = (offsetSeconds > 0 ? QStringLiteral("+") : QString()) + QString::number(offsetSeconds) +
                              QStringLiteral("s");
        arguments = QStringList{QStringLiteral("-f"), shift, chronyd} + arguments;
        program = faketime;
    }
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    if (!process.waitForStarted(5000)) {
        return QStringLiteral("chronyd did not start here");
    }
    // chronyd answers once it has bound its port: ask until it does.
    for (int attempt = 0; attempt < 50; ++attempt) {
        if (process.state() != QProcess::Running) {
            return QStringLiteral("chronyd exited (it may need privileges this machine does not give): ") +
                   QString::fromLocal8Bit(process.readAll());
        }
        if (otp::measureClockOffset(QStringLiteral("127.0.0.1"), port, std::chrono::milliseconds(200))) {
            return std::nullopt;
        }
        QThread::msleep(100); // a refused port answers at once
    }
    FAIL("chronyd runs but does not answer on 127.0.0.1:" << port << ": " << process.readAll().toStdString());
    return std::nullopt;
}

} // namespace twostep::test
