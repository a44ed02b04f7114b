// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/WindowPlacement.h"

#include <QApplication>
#include <QEvent>
#include <QScreen>
#include <QWidget>

#include <algorithm>

namespace twostep::ui {

namespace {

// Enough of a window to grab its title bar and drag it back.
constexpr int kVisibleWidth = 120;
constexpr int kVisibleHeight = 40;

QScreen* screenOf(const QWidget* window)
{
    if (QScreen* screen = QGuiApplication::screenAt(window->frameGeometry().center())) {
        return screen;
    }
    return window->screen() != nullptr ? window->screen() : QGuiApplication::primaryScreen();
}

bool showsEnoughOf(const QRect& frame)
{
    const QList<QScreen*> screens = QGuiApplication::screens();
    return std::any_of(screens.begin(), screens.end(), [&frame](const QScreen* screen) {
        const QRect seen = screen->availableGeometry().intersected(frame);
        return seen.width() >= qMin(kVisibleWidth, frame.width()) &&
               seen.height() >= qMin(kVisibleHeight, frame.height());
    });
}

} // namespace

void WindowPlacement::fitToScreen(QWidget* window)
{
    const QScreen* screen = screenOf(window);
    if (screen == nullptr) {
        return;
    }
    const QRect available = screen->availableGeometry();
    const QRect frame = window->frameGeometry();
    const QRect inner = window->geometry();
    const QSize decoration = frame.size() - inner.size();
    const QSize size = window->size().boundedTo(available.size() - decoration).expandedTo(window->minimumSize());
    if (size != window->size()) {
        window->resize(size);
    }
    const QSize outer = size + decoration;
    const int x = qBound(available.left(), frame.left(), qMax(available.left(), available.right() + 1 - outer.width()));
    const int y = qBound(available.top(), frame.top(), qMax(available.top(), available.bottom() + 1 - outer.height()));
    if (QPoint(x, y) != frame.topLeft()) {
        window->move(x, y);
    }
}

void WindowPlacement::restore(QWidget* window, const QByteArray& geometry, QSize defaultSize)
{
    if (geometry.isEmpty() || !window->restoreGeometry(geometry)) {
        window->resize(defaultSize);
    }
    if (!showsEnoughOf(window->frameGeometry())) {
        if (const QScreen* primary = QGuiApplication::primaryScreen()) {
            QRect centred(QPoint(), window->frameGeometry().size());
            centred.moveCenter(primary->availableGeometry().center());
            window->move(centred.topLeft());
        }
    }
    fitToScreen(window);
}

ScreenFit::ScreenFit(QObject* parent) : QObject(parent) {}

bool ScreenFit::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::Show && watched->isWidgetType()) {
        auto* widget = static_cast<QWidget*>(watched);
        if (widget->windowType() == Qt::Window || widget->windowType() == Qt::Dialog) {
            WindowPlacement::fitToScreen(widget);
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace twostep::ui
