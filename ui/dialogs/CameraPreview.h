// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "qr/QrScanner.h"

#include <QLabel>

class QCamera;
class QMediaCaptureSession;
class QVideoSink;

namespace twostep::ui {

class QrFrameScanner;

// The default camera's live picture, its frames scanned for QR codes as they come.
class CameraPreview final : public QLabel
{
    Q_OBJECT
public:
    explicit CameraPreview(QWidget* parent = nullptr);
    ~CameraPreview() override;

    static bool cameraAvailable();
    void start();
    void stop();

Q_SIGNALS:
    void codesFound(const QList<twostep::qr::ScannedCode>& codes);
    void failed(const QString& reason);

private:
    QMediaCaptureSession* m_session = nullptr;
    QCamera* m_camera = nullptr;
    QVideoSink* m_sink = nullptr;
    QrFrameScanner* m_scanner = nullptr;
};

} // namespace twostep::ui
