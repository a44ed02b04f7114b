// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <utility>

namespace twostep::test {

// A real zip written by libzip: name -> bytes, in order (deflated, as Aegis's icon packs are).
QByteArray makeZip(const QList<std::pair<QString, QByteArray>>& files);

} // namespace twostep::test
