// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ReservedLabel.h"

#include <QFontMetrics>
#include <QResizeEvent>

namespace twostep::ui {

ReservedLabel::ReservedLabel(QWidget* parent) : QLabel(parent)
{
    setWordWrap(true);
}

void ReservedLabel::setReservedTexts(const QStringList& texts)
{
    m_reserved = texts;
    if (isVisible()) { // else its width is still a default: the first resizeEvent() reserves
        reserve(width());
    }
}

void ReservedLabel::setText(const QString& text)
{
    QLabel::setText(text);
    if (isVisible()) {
        reserve(width());
    }
}

int ReservedLabel::reservedHeight(int width) const
{
    const QMargins margins = contentsMargins();
    const int textWidth = qMax(1, width - margins.left() - margins.right() - 2 * margin());
    const QFontMetrics metrics(font());
    int height = metrics.height();
    for (const QString& candidate : m_reserved + QStringList{text()}) {
        height =
            qMax(height, metrics.boundingRect(QRect(0, 0, textWidth, 1 << 20), Qt::TextWordWrap, candidate).height());
    }
    return height + margins.top() + margins.bottom() + 2 * margin();
}

// A fixed height: a layout with room to spare cannot grow the label, nor a longer text.
void ReservedLabel::reserve(int width)
{
    const int height = reservedHeight(width);
    if (minimumHeight() != height || maximumHeight() != height) {
        setFixedHeight(height);
    }
}

void ReservedLabel::resizeEvent(QResizeEvent* event)
{
    reserve(event->size().width());
    QLabel::resizeEvent(event);
}

} // namespace twostep::ui
