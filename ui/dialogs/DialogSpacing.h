// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLayout>

namespace twostep::ui {

// The margins and spacing every Twostep dialog uses: the style's defaults (about 9 px offscreen
// and in Fusion) make text touch the window's edges.
constexpr int kDialogMargin = 18;
constexpr int kDialogSpacing = 10;

inline void applyDialogSpacing(QLayout* layout)
{
    layout->setContentsMargins(kDialogMargin, kDialogMargin, kDialogMargin, kDialogMargin);
    layout->setSpacing(kDialogSpacing);
}

} // namespace twostep::ui
