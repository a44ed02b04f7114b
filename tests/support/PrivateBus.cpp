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
        QFile config(dir.filePath(QStringLiteral("bus.conf")));
        REQUIRE(config.open(QIODevice::WriteOnly));
        config.write(QStringLiteral("<busconfig><type>session</type><listen>unix:tmpdir=%1</listen>"
                                    "<servicedir>%2</servicedir><policy context=\"default\">"
                                    "<allow send_destination=\"*\"/><allow own=\"*\"/></policy></busconfig>\n")
                         .arg(dir.path(), serviceDir)
                         .toUtf8());
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
