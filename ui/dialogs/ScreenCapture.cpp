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

ScreenCapture::ScreenCapture(QObject* parent) : QObject(parent)
{
    setObjectName(QStringLiteral("screenCapture"));
    m_portalTimeout.setSingleShot(true);
    m_portalTimeout.setInterval(kDefaultPortalTimeout);
    m_waitingTimer.setSingleShot(true);
    m_waitingTimer.setInterval(kWaitingAfter);
    connect(&m_waitingTimer, &QTimer::timeout, this, &ScreenCapture::waiting);
    connect(&m_portalTimeout, &QTimer::timeout, this, [this] {
        const auto seconds = std::chrono::duration_cast<std::chrono::seconds>(portalTimeout()).count();
        giveUp(tr("The desktop did not take the screenshot within %n seconds. Try again, or open a saved "
                  "screenshot with \"Open screenshot\".",
                  nullptr, static_cast<int>(seconds)));
    });
}

void ScreenCapture::cancel()
{
    if (isWaitingForPortal()) {
        giveUp(tr("The screenshot was cancelled."));
    }
}

void ScreenCapture::giveUp(const QString& reason)
{
    // Still listening: a late answer's file shows the screen and must be deleted.
    m_portalTimeout.stop();
    m_waitingTimer.stop();
    m_requestPath.clear();
    Q_EMIT failed(reason);
}

void ScreenCapture::stopListening(const QString& requestPath)
{
    QDBusConnection::sessionBus().disconnect(
        kPortalService, requestPath, QStringLiteral("org.freedesktop.portal.Request"), QStringLiteral("Response"), this,
        SLOT(portalResponse(uint, QVariantMap, QDBusMessage)));
}

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
                QStringLiteral("Response"), this, SLOT(portalResponse(uint, QVariantMap, QDBusMessage)));

    QDBusMessage call = QDBusMessage::createMethodCall(
        kPortalService, kPortalPath, QStringLiteral("org.freedesktop.portal.Screenshot"), QStringLiteral("Screenshot"));
    QVariantMap options;
    options.insert(QStringLiteral("handle_token"), token);
    options.insert(QStringLiteral("interactive"), false);
    call << QString() << options;
    m_portalTimeout.start();
    m_waitingTimer.start();
    auto* watcher = new QDBusPendingCallWatcher(bus.asyncCall(call), this);
    const QString requestPath = m_requestPath;
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, requestPath](QDBusPendingCallWatcher* finished) {
        finished->deleteLater();
        const QDBusPendingReply<QDBusObjectPath> reply = *finished;
        if (reply.isError() && requestPath == m_requestPath && isWaitingForPortal()) {
            stopListening(requestPath);
            giveUp(tr("The desktop refused the screenshot: %1").arg(reply.error().message()));
        }
    });
}

void ScreenCapture::portalResponse(uint response, const QVariantMap& results, const QDBusMessage& message)
{
    stopListening(message.path());
    const QString path = QUrl(results.value(QStringLiteral("uri")).toString()).toLocalFile();
    if (message.path() != m_requestPath || !isWaitingForPortal()) {
        // An answer to a request given up on: ignored, but its file shows the screen.
        if (response == 0 && !path.isEmpty()) {
            QFile::remove(path);
        }
        return;
    }
    m_portalTimeout.stop();
    m_waitingTimer.stop();
    m_requestPath.clear();
    if (response != 0) {
        Q_EMIT failed(tr("The screenshot was cancelled."));
        return;
    }
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
