// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>
#include <QLayout>
#include <QWidget>

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

// A line that comes and goes while a dialog is open keeps its room when hidden: the dialog's size
// never changes under the user, and nothing else is squeezed when the line appears.
inline void reserveSpaceWhenHidden(QWidget* widget)
{
    QSizePolicy policy = widget->sizePolicy();
    policy.setRetainSizeWhenHidden(true);
    widget->setSizePolicy(policy);
}

// A wrapped line whose text comes, goes and changes (a reason, what was copied) keeps the height of
// `lines` lines even when empty, for the same reason.
inline void reserveLines(QLabel* label, int lines)
{
    label->setWordWrap(true);
    label->setMinimumHeight(lines * label->fontMetrics().lineSpacing());
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
}

} // namespace twostep::ui
