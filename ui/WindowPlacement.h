// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QObject>
#include <QSize>

class QWidget;

namespace twostep::ui {

// Where a window goes on the screens there are: never larger than its screen's available geometry
// (QScreen::availableGeometry, so 200 % scale on 1080p still fits) and never off every screen.
namespace WindowPlacement {
// Shrinks `window` (frame included) to the available geometry of its screen and moves it inside.
void fitToScreen(QWidget* window);
// Puts back a saveGeometry() result, or `defaultSize` without one; a place no screen shows any
// more (a monitor unplugged) lands centred on the primary screen. Then fits it to the screen.
void restore(QWidget* window, const QByteArray& geometry, QSize defaultSize);
} // namespace WindowPlacement

// Fits every top-level window and dialog to its screen as it is shown (an application event filter).
class ScreenFit final : public QObject
{
    Q_OBJECT
public:
    explicit ScreenFit(QObject* parent = nullptr);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
};

} // namespace twostep::ui
