// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PrivateBus.h"

#include "TestSupport.h"

#include <QFile>
#include <QProcessEnvironment>

namespace twostep::test {

PrivateBus::PrivateBus(const QString& serviceDir, const QStringList& environment)
{
    QStringList arguments{QStringLiteral("--nofork"), QStringLiteral("--print-address")};
    if (serviceDir.isEmpty()) {
        arguments << QStringLiteral("--session");
    } else {
        REQUIRE(dir.isValid());
        // Debian's session configuration, with the service folder in place of the standard ones.
        QFile session(QStringLiteral("/usr/share/dbus-1/session.conf"));
        REQUIRE(session.open(QIODevice::ReadOnly));
        QByteArray text = session.readAll();
        REQUIRE(text.contains("<standard_session_servicedirs />"));
        text.replace("<standard_session_servicedirs />",
                     QByteArray("<servicedir>" + QFile::encodeName(serviceDir) + "</servicedir>"));
        QFile config(dir.filePath(QStringLiteral("bus.conf")));
        REQUIRE(config.open(QIODevice::WriteOnly));
        config.write(text);
        config.close();
        arguments << QStringLiteral("--config-file=%1").arg(config.fileName());
    }
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString& entry : environment) {
        env.insert(entry.section(QLatin1Char('='), 0, 0), entry.section(QLatin1Char('='), 1));
    }
    daemon.setProcessEnvironment(env);
    daemon.start(QStringLiteral("dbus-daemon"), arguments);
    REQUIRE(daemon.waitForStarted());
    REQUIRE(daemon.waitForReadyRead(5000));
    address = QString::fromUtf8(daemon.readLine().trimmed());
    REQUIRE_FALSE(address.isEmpty());
}

PrivateBus::~PrivateBus()
{
    daemon.kill();
    daemon.waitForFinished();
}

} // namespace twostep::test
