// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>
#include <QStringList>

namespace twostep::ui {

// A word-wrapped label as tall as the tallest text it may show at its width, so the widgets under
// it stay put as its text changes (the password strength hint, a form's error line), and a long
// text in a form is never cut to the height the form guessed for it.
class ReservedLabel final : public QLabel
{
    Q_OBJECT
public:
    explicit ReservedLabel(QWidget* parent = nullptr);

    void setReservedTexts(const QStringList& texts);
    // Hides QLabel::setText: a text longer than every reserved one still gets its room.
    void setText(const QString& text);

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    int reservedHeight(int width) const;
    void reserve(int width);

    QStringList m_reserved;
};

} // namespace twostep::ui
