// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QEvent>
#include <QLabel>
#include <QLayout>
#include <QWidget>

#include <algorithm>

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

// A window's minimum size leaves out the extra height of wrapped lines, and a tall window is cut
// to two thirds of the screen (200 % on 1080p): the wrapped lines then took the codes' room.
// When the dialog is shown (and when a line is added before), its minimum height is raised to what
// the layout needs at the narrowest width.
class WrappedLinesKeeper final : public QObject
{
public:
    explicit WrappedLinesKeeper(QWidget* dialog) : QObject(dialog) { dialog->installEventFilter(this); }

    bool eventFilter(QObject* watched, QEvent* event) override
    {
        auto* dialog = static_cast<QWidget*>(watched);
        QLayout* layout = dialog->layout();
        // Not while open: the dialog's size must not follow what its lines say.
        const bool redone =
            event->type() == QEvent::Show || (event->type() == QEvent::LayoutRequest && !dialog->isVisible());
        if (redone && layout != nullptr && layout->hasHeightForWidth()) {
            const int width = std::max(dialog->minimumWidth(), layout->totalMinimumSize().width());
            dialog->setMinimumHeight(layout->totalHeightForWidth(width));
        }
        return false;
    }
};

} // namespace twostep::ui
