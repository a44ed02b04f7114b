// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/AccountDelegate.h"

#include "otp/OtpGenerator.h"
#include "otp/TimeStep.h"
#include "ui/AccountListModel.h"
#include "ui/IconCache.h"

#include <QApplication>
#include <QFontDatabase>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>

namespace twostep::ui {

namespace {
constexpr int kMargin = 10;
constexpr int kSpacing = 10;

QFont codeFont(const QFont& base)
{
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    font.setPointSizeF(base.pointSizeF() * 1.7);
    font.setBold(true);
    return font;
}

QFont smallFont(const QFont& base)
{
    QFont font = base;
    font.setPointSizeF(base.pointSizeF() * 0.9);
    return font;
}

int ringSize(const QFont& base)
{
    return QFontMetrics(base).height() * 2;
}

const QStyle* styleOf(const QWidget* widget)
{
    return widget != nullptr ? widget->style() : QApplication::style();
}
} // namespace

AccountDelegate::AccountDelegate(QObject* parent) : QStyledItemDelegate(parent) {}

QString AccountDelegate::buttonText(const QModelIndex& index) const
{
    return index.data(AccountListModel::TimeBasedRole).toBool() ? tr("Copy") : tr("Next code");
}

QRect AccountDelegate::buttonRect(const QRect& rowRect, const QModelIndex& index, const QWidget* widget) const
{
    const QFont font = widget != nullptr ? widget->font() : QApplication::font();
    const QFontMetrics metrics(font);
    const int width = metrics.horizontalAdvance(buttonText(index)) + 2 * metrics.height();
    const int height = metrics.height() + 12;
    return {rowRect.right() - kMargin - width, rowRect.center().y() - height / 2, width, height};
}

QSize AccountDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& /*index*/) const
{
    const QFontMetrics text(option.font);
    const QFontMetrics code(codeFont(option.font));
    const int contentHeight = qMax(text.height() + QFontMetrics(smallFont(option.font)).height() * 2,
                                   qMax(code.height() + text.height(), ringSize(option.font)));
    return {text.averageCharWidth() * 40, contentHeight + 2 * kMargin};
}

void AccountDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget* widget = option.widget;
    const QStyle* style = styleOf(widget);
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, widget);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const bool selected = (option.state & QStyle::State_Selected) != 0;
    const QPalette::ColorGroup group =
        (option.state & QStyle::State_Enabled) != 0 ? QPalette::Normal : QPalette::Disabled;
    const QColor textColor = option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    QColor dimColor = textColor;
    dimColor.setAlphaF(0.65F);

    const QRect row = option.rect.adjusted(kMargin, kMargin, -kMargin, -kMargin);
    const QRect button = buttonRect(option.rect, index, widget);
    const bool timeBased = index.data(AccountListModel::TimeBasedRole).toBool();

    // Button.
    QStyleOptionButton buttonOption;
    buttonOption.initFrom(widget);
    buttonOption.rect = button;
    buttonOption.text = buttonText(index);
    buttonOption.state = QStyle::State_Enabled | QStyle::State_Raised;
    style->drawControl(QStyle::CE_PushButton, &buttonOption, painter, widget);

    // Countdown ring.
    int right = button.left() - kSpacing;
    if (timeBased) {
        const int size = ringSize(option.font);
        const QRectF ring(right - size, row.center().y() - size / 2.0, size, size);
        const qlonglong period = qMax<qlonglong>(1, index.data(AccountListModel::PeriodRole).toLongLong());
        const qlonglong remaining = m_paintTime ? otp::secondsRemaining(*m_paintTime, period)
                                                : index.data(AccountListModel::SecondsRemainingRole).toLongLong();
        const QRectF arcRect = ring.adjusted(2, 2, -2, -2);
        QPen track(dimColor, 3);
        track.setColor(QColor(dimColor.red(), dimColor.green(), dimColor.blue(), 60));
        painter->setPen(track);
        painter->drawEllipse(arcRect);
        const QColor arcColor = remaining <= 5 ? QColor(0xe0, 0x4a, 0x4a)
                                : selected     ? textColor
                                               : option.palette.color(group, QPalette::Highlight);
        QPen arc(arcColor, 3);
        arc.setCapStyle(Qt::RoundCap);
        painter->setPen(arc);
        painter->drawArc(arcRect, 90 * 16, static_cast<int>(360LL * 16 * remaining / period));
        painter->setPen(textColor);
        painter->setFont(smallFont(option.font));
        painter->drawText(ring, Qt::AlignCenter, QString::number(remaining));
        right = static_cast<int>(ring.left()) - kSpacing;
    }

    // Code, and the next one under it.
    const bool hidden = m_hideCodes && index.data(AccountListModel::IdRole).toString() != m_revealedId;
    const QString code = hidden ? QString() : index.data(AccountListModel::CodeRole).toString();
    const QFont bigFont = codeFont(option.font);
    const QFontMetrics bigMetrics(bigFont);
    const QString shown = code.isEmpty() ? QStringLiteral("••• •••") : otp::groupCode(code);
    const int codeWidth = bigMetrics.horizontalAdvance(shown);
    const QRect codeRect(right - codeWidth, row.top(), codeWidth, row.height());
    const QString next = hidden ? QString() : index.data(AccountListModel::NextCodeRole).toString();
    const bool showNext =
        timeBased && !next.isEmpty() && (m_alwaysShowNextCode || (option.state & QStyle::State_MouseOver) != 0);
    painter->setFont(bigFont);
    painter->setPen(code.isEmpty() ? dimColor : textColor);
    if (showNext) {
        const QFont nextFont = smallFont(option.font);
        const int nextHeight = QFontMetrics(nextFont).height();
        const QRect top(codeRect.left(), row.center().y() - (bigMetrics.height() + nextHeight) / 2, codeWidth,
                        bigMetrics.height());
        painter->drawText(top, Qt::AlignRight | Qt::AlignVCenter, shown);
        painter->setFont(nextFont);
        painter->setPen(dimColor);
        const QRect below(right - 4 * codeWidth, top.bottom(), 4 * codeWidth, nextHeight);
        painter->drawText(below, Qt::AlignRight | Qt::AlignVCenter, tr("next %1").arg(otp::groupCode(next)));
    } else {
        painter->drawText(codeRect, Qt::AlignRight | Qt::AlignVCenter, shown);
    }

    // Icon, then issuer and account name, elided to the room that is left.
    QFont issuerFont = option.font;
    issuerFont.setBold(true);
    const QRect iconRect(row.left(), row.center().y() - IconCache::kSide / 2, IconCache::kSide, IconCache::kSide);
    painter->setFont(issuerFont); // the initial drawn without an icon, not in the code's font
    // Logos are drawn for a light background (GitHub's is black, Google's the highlight's blue): on a
    // dark list or a selected row they sit on a light tile.
    const bool onTile = selected || option.palette.color(group, QPalette::Base).lightness() < 128;
    paintIcon(painter, iconRect, index, dimColor, onTile ? QColor(0xf2, 0xf2, 0xf2) : QColor());
    const int textLeft = iconRect.right() + 1 + kSpacing;
    const int textWidth = qMax(0, codeRect.left() - kSpacing - textLeft);
    const QString issuer = index.data(AccountListModel::IssuerRole).toString();
    const QString name = index.data(AccountListModel::NameRole).toString();
    const QFontMetrics issuerMetrics(issuerFont);
    const QFont nameFont = smallFont(option.font);
    const QFontMetrics nameMetrics(nameFont);
    const QString star = index.data(AccountListModel::FavoriteRole).toBool() ? QStringLiteral("★ ") : QString();
    const QString title = star + (issuer.isEmpty() ? name : issuer);
    const QString subtitle = issuer.isEmpty() ? QString() : name;
    const int blockHeight = issuerMetrics.height() + (subtitle.isEmpty() ? 0 : nameMetrics.height());
    const int top = row.center().y() - blockHeight / 2;
    painter->setFont(issuerFont);
    painter->setPen(textColor);
    painter->drawText(QRect(textLeft, top, textWidth, issuerMetrics.height()), Qt::AlignLeft | Qt::AlignVCenter,
                      issuerMetrics.elidedText(title, Qt::ElideRight, textWidth));
    if (!subtitle.isEmpty()) {
        painter->setFont(nameFont);
        painter->setPen(dimColor);
        painter->drawText(QRect(textLeft, top + issuerMetrics.height(), textWidth, nameMetrics.height()),
                          Qt::AlignLeft | Qt::AlignVCenter,
                          nameMetrics.elidedText(subtitle, Qt::ElideMiddle, textWidth));
    }
    painter->restore();
}

void AccountDelegate::paintIcon(QPainter* painter, const QRect& rect, const QModelIndex& index, const QColor& color,
                                const QColor& tile) const
{
    const QImage icon = index.data(AccountListModel::IconRole).value<QImage>();
    if (!icon.isNull()) {
        if (tile.isValid()) {
            painter->setPen(Qt::NoPen);
            painter->setBrush(tile);
            painter->drawRoundedRect(QRectF(rect).adjusted(-4, -4, 4, 4), 6, 6);
        }
        painter->drawImage(rect, icon);
        return;
    }
    // No icon: the issuer's initial in a ring, so rows stay aligned.
    const QString issuer = index.data(AccountListModel::IssuerRole).toString();
    const QString label = issuer.isEmpty() ? index.data(AccountListModel::NameRole).toString() : issuer;
    painter->setPen(color);
    painter->drawEllipse(QRectF(rect).adjusted(1.5, 1.5, -1.5, -1.5));
    painter->drawText(rect, Qt::AlignCenter, label.left(1).toUpper());
}

bool AccountDelegate::editorEvent(QEvent* event, QAbstractItemModel* model, const QStyleOptionViewItem& option,
                                  const QModelIndex& index)
{
    if (event->type() == QEvent::MouseButtonRelease) {
        const auto* mouse = static_cast<QMouseEvent*>(event);
        if (mouse->button() == Qt::LeftButton &&
            buttonRect(option.rect, index, option.widget).contains(mouse->position().toPoint())) {
            if (index.data(AccountListModel::TimeBasedRole).toBool()) {
                Q_EMIT copyRequested(index);
            } else {
                Q_EMIT nextCodeRequested(index);
            }
            return true;
        }
    }
    return QStyledItemDelegate::editorEvent(event, model, option, index);
}

} // namespace twostep::ui
