// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace twostep::test {

// A dbus-daemon of the test's own, so a test neither needs nor disturbs the desktop's bus. With a
// `serviceDir`, the daemon starts the services whose .service files are there (D-Bus activation),
// in the test's environment plus `environment` ("NAME=value").
struct PrivateBus
{
    explicit PrivateBus(const QString& serviceDir = {}, const QStringList& environment = {});
    ~PrivateBus();
    PrivateBus(const PrivateBus&) = delete;
    PrivateBus& operator=(const PrivateBus&) = delete;

    QTemporaryDir dir;
    QProcess daemon;
    QString address;
};

} // namespace twostep::test
