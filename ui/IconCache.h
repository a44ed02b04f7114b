// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "otp/AccountDetails.h"

#include <QHash>
#include <QImage>
#include <QObject>

namespace twostep::ui {

// Account icons as small images for the list: an account's own icon, else the bundled icon of its
// issuer (resources/icons/issuers, matched case-insensitively), else none. Each distinct icon is
// decoded once, at the list's size only, so a thousand accounts of one issuer share one image.
class IconCache final : public QObject
{
    Q_OBJECT
public:
    static constexpr int kSide = 32;             // logical pixels in a row
    static constexpr int kMaxDecodedSide = 4096; // an icon claiming more is not decoded

    explicit IconCache(QObject* parent = nullptr);

    QImage iconFor(const otp::AccountIcon& own, const QString& issuer);
    // `icon` as a kSide image at the screen's pixel ratio; null when it cannot be decoded.
    static QImage render(const otp::AccountIcon& icon, qreal pixelRatio);
    // The bundled icon of `issuer` (case-insensitive), or an empty icon.
    static otp::AccountIcon bundledIcon(const QString& issuer);

private:
    QHash<QByteArray, QImage> m_byContent; // SHA-1 of the bytes
    qreal m_pixelRatio;
};

} // namespace twostep::ui
