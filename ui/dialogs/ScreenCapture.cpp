// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/ScreenCapture.h"

#include "common/FileIo.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QFile>
#include <QGuiApplication>
#include <QImageReader>
#include <QPixmap>
#include <QRandomGenerator>
#include <QScreen>
#include <QUrl>

namespace twostep::ui {

namespace {
const QString kPortalService = QStringLiteral("org.freedesktop.portal.Desktop");
const QString kPortalPath = QStringLiteral("/org/freedesktop/portal/desktop");
} // namespace

ScreenCapture::ScreenCapture(QObject* parent) : QObject(parent) {}

bool ScreenCapture::usesPortal()
{
    // Under Wayland, even through XWayland, direct grabs come back black or empty.
    return QGuiApplication::platformName().startsWith(QStringLiteral("wayland")) ||
           qEnvironmentVariable("XDG_SESSION_TYPE") == QStringLiteral("wayland");
}

void ScreenCapture::capture()
{
    if (usesPortal()) {
        requestPortalScreenshot();
        return;
    }
    QList<QImage> images;
    for (QScreen* screen : QGuiApplication::screens()) {
        const QImage image = screen->grabWindow(0).toImage();
        if (!image.isNull()) {
            images.append(image);
        }
    }
    if (images.isEmpty()) {
        Q_EMIT failed(tr("The screen could not be captured."));
        return;
    }
    Q_EMIT captured(images);
}

void ScreenCapture::requestPortalScreenshot()
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        Q_EMIT failed(tr("The screen could not be captured: no desktop session bus."));
        return;
    }
    // Subscribe to the request's Response before calling, at the path the portal will use.
    const QString token = QStringLiteral("twostep%1").arg(QRandomGenerator::global()->generate());
    QString sender = bus.baseService().mid(1);
    sender.replace(QLatin1Char('.'), QLatin1Char('_'));
    m_requestPath = QStringLiteral("/org/freedesktop/portal/desktop/request/%1/%2").arg(sender, token);
    // QtDBus offers only the string form to connect a D-Bus signal.
    bus.connect(kPortalService, m_requestPath, QStringLiteral("org.freedesktop.portal.Request"),
                QStringLiteral("Response"), this, SLOT(portalResponse(uint, QVariantMap)));

    QDBusMessage call = QDBusMessage::createMethodCall(
        kPortalService, kPortalPath, QStringLiteral("org.freedesktop.portal.Screenshot"), QStringLiteral("Screenshot"));
    QVariantMap options;
    options.insert(QStringLiteral("handle_token"), token);
    options.insert(QStringLiteral("interactive"), false);
    call << QString() << options;
    auto* watcher = new QDBusPendingCallWatcher(bus.asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher* finished) {
        finished->deleteLater();
        const QDBusPendingReply<QDBusObjectPath> reply = *finished;
        if (reply.isError()) {
            QDBusConnection::sessionBus().disconnect(
                kPortalService, m_requestPath, QStringLiteral("org.freedesktop.portal.Request"),
                QStringLiteral("Response"), this, SLOT(portalResponse(uint, QVariantMap)));
            Q_EMIT failed(tr("The desktop refused the screenshot: %1").arg(reply.error().message()));
        }
    });
}

void ScreenCapture::portalResponse(uint response, const QVariantMap& results)
{
    QDBusConnection::sessionBus().disconnect(kPortalService, m_requestPath,
                                             QStringLiteral("org.freedesktop.portal.Request"),
                                             QStringLiteral("Response"), this, SLOT(portalResponse(uint, QVariantMap)));
    if (response != 0) {
        Q_EMIT failed(tr("The screenshot was cancelled."));
        return;
    }
    const QString path = QUrl(results.value(QStringLiteral("uri")).toString()).toLocalFile();
    constexpr qint64 kMaxScreenshotBytes = 256LL * 1024 * 1024;
    Result<QByteArray> bytes = files::readRegularFile(path, kMaxScreenshotBytes);
    const QImage image = bytes ? QImage::fromData(*bytes) : QImage();
    // The portal's file shows the secret's QR: it must not outlive this read.
    QFile::remove(path);
    if (image.isNull()) {
        Q_EMIT failed(tr("The screenshot could not be read."));
        return;
    }
    Q_EMIT captured({image});
}

} // namespace twostep::ui
