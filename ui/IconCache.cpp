// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/IconCache.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QFile>
#include <QGuiApplication>
#include <QImageReader>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QSvgRenderer>

namespace twostep::ui {

namespace {

// resources/icons/issuers/issuers.json: lower-case issuer name -> file name.
const QJsonObject& bundledIndex()
{
    static const QJsonObject index = [] {
        QFile file(QStringLiteral(":/icons/issuers/issuers.json"));
        return file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.readAll()).object() : QJsonObject();
    }();
    return index;
}

QImage fitted(const QImage& image, int side)
{
    return image.scaled(side, side, Qt::KeepAspectRatio, Qt::SmoothTransformation);
}

} // namespace

IconCache::IconCache(QObject* parent)
    : QObject(parent), m_pixelRatio(qGuiApp != nullptr ? qGuiApp->devicePixelRatio() : 1.0)
{}

QImage IconCache::iconFor(const otp::AccountIcon& own, const QString& issuer)
{
    const otp::AccountIcon icon = own.isEmpty() ? bundledIcon(issuer) : own;
    if (icon.isEmpty()) {
        return {};
    }
    const QByteArray key = QCryptographicHash::hash(icon.data, QCryptographicHash::Sha1);
    const auto found = m_byContent.constFind(key);
    if (found != m_byContent.cend()) {
        return *found;
    }
    QImage image = render(icon, m_pixelRatio);
    m_byContent.insert(key, image);
    return image;
}

QImage IconCache::render(const otp::AccountIcon& icon, qreal pixelRatio)
{
    const int side = qRound(kSide * pixelRatio);
    QImage image;
    if (icon.mimeType == otp::kSvgMime) {
        QSvgRenderer svg(icon.data);
        if (!svg.isValid()) {
            return {};
        }
        image = QImage(side, side, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        QSize size = svg.defaultSize().scaled(side, side, Qt::KeepAspectRatio);
        svg.render(&painter,
                   QRectF((side - size.width()) / 2.0, (side - size.height()) / 2.0, size.width(), size.height()));
    } else {
        QBuffer buffer;
        buffer.setData(icon.data);
        QImageReader reader(&buffer);
        const QSize declared = reader.size();
        // A small file may claim a huge image: refuse before anything is allocated for it.
        if (!declared.isValid() || declared.width() > kMaxDecodedSide || declared.height() > kMaxDecodedSide) {
            return {};
        }
        image = fitted(reader.read(), side);
    }
    image.setDevicePixelRatio(pixelRatio);
    return image;
}

otp::AccountIcon IconCache::bundledIcon(const QString& issuer)
{
    const QString file = bundledIndex().value(issuer.trimmed().toLower()).toString();
    if (file.isEmpty()) {
        return {};
    }
    QFile svg(QStringLiteral(":/icons/issuers/") + file);
    if (!svg.open(QIODevice::ReadOnly)) {
        return {};
    }
    return otp::AccountIcon{svg.readAll(), otp::kSvgMime};
}

} // namespace twostep::ui
