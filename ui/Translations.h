// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>

namespace twostep::ui {

// Picks the interface language: `override` ("en", "ko") when set, else the system locale.
// Installs Twostep's compiled translation and Qt's own (standard buttons) on the application.
// Returns the language in use ("en" or "ko").
QString installTranslations(const QString& override, const QLocale& system = QLocale::system());

} // namespace twostep::ui
