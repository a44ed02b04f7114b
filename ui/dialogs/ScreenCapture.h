// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QList>
#include <QObject>
#include <QVariantMap>

namespace twostep::ui {

// Pictures of every monitor, kept in memory. On X11 (and other platforms that allow it) each
// QScreen is grabbed directly; on Wayland the xdg-desktop-portal Screenshot call asks the
// compositor, and the file the portal hands over is deleted as soon as it has been read.
class ScreenCapture final : public QObject
{
    Q_OBJECT
public:
    explicit ScreenCapture(QObject* parent = nullptr);

    static bool usesPortal();
    // Emits captured() or failed() exactly once per call, possibly before returning.
    void capture();

Q_SIGNALS:
    void captured(const QList<QImage>& images);
    void failed(const QString& reason);

private Q_SLOTS:
    void portalResponse(uint response, const QVariantMap& results);

private:
    void requestPortalScreenshot();
    QString m_requestPath;
};

} // namespace twostep::ui
