// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

#include <chrono>
#include <optional>

namespace twostep::ui {

// Paints one account row: its icon (or its issuer's initial), a star for a favourite, issuer and
// name on the left; on the right the grouped code, a ring
// that empties as the period runs out, and a Copy button (hotp rows: a "Next code" button).
// The next code shows under the current one on hover, or always when set.
class AccountDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit AccountDelegate(QObject* parent = nullptr);

    void setAlwaysShowNextCode(bool enabled) { m_alwaysShowNextCode = enabled; }
    // One time for every ring of a paint, so rows of the same period show the same second.
    void setPaintTime(std::chrono::sys_seconds now) { m_paintTime = now; }
    // Codes as dots except on the row of `revealedId` (the selected one), for screen sharing.
    void setHideCodes(bool enabled) { m_hideCodes = enabled; }
    bool hidesCodes() const { return m_hideCodes; }
    void setRevealedId(const QString& id) { m_revealedId = id; }
    QString revealedId() const { return m_revealedId; }

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

    // Where the row's button is, in view coordinates, for a row drawn into `rowRect`.
    QRect buttonRect(const QRect& rowRect, const QModelIndex& index, const QWidget* widget) const;

Q_SIGNALS:
    void copyRequested(const QModelIndex& index);
    void nextCodeRequested(const QModelIndex& index);

protected:
    bool editorEvent(QEvent* event, QAbstractItemModel* model, const QStyleOptionViewItem& option,
                     const QModelIndex& index) override;

private:
    QString buttonText(const QModelIndex& index) const;

    // `tile`, when valid, is painted behind an icon (dark palettes).
    void paintIcon(QPainter* painter, const QRect& rect, const QModelIndex& index, const QColor& color,
                   const QColor& tile) const;

    bool m_alwaysShowNextCode = false;
    std::optional<std::chrono::sys_seconds> m_paintTime;
    bool m_hideCodes = false;
    QString m_revealedId;
};

} // namespace twostep::ui
