// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcess>
#include <QString>
#include <QTemporaryDir>

#include <cstdint>
#include <optional>

namespace twostep::test {

// A UDP socket bound to 127.0.0.1 on a free port, which it writes to `port`; the caller closes it.
int bindLoopbackUdp(std::uint16_t& port);

// chronyd from Debian serving its local clock (`local stratum 1`) on 127.0.0.1 and a free UDP
// port; -x: it never touches the system clock. With an offset, it runs under libfaketime, so
// its clock is that many seconds away from ours.
struct Chronyd
{
    QTemporaryDir dir;
    QProcess process;
    std::uint16_t port = 0;

    Chronyd() = default;
    ~Chronyd();
    Chronyd(const Chronyd&) = delete;
    Chronyd& operator=(const Chronyd&) = delete;

    // Starts it and waits until it answers. A reason to skip when this machine cannot run it
    // (no chronyd or faketime, chronyd exits at once), nullopt when it serves.
    std::optional<QString> start(int offsetSeconds = 0);
};

} // namespace twostep::test
