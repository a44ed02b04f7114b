// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/CameraPreview.h"

#include "ui/dialogs/QrFrameScanner.h"

#include <QCamera>
#include <QMediaCaptureSession>
#include <QMediaDevices>
#include <QVideoFrame>
#include <QVideoSink>

namespace twostep::ui {

CameraPreview::CameraPreview(QWidget* parent)
    : QLabel(parent), m_session(new QMediaCaptureSession(this)), m_sink(new QVideoSink(this)),
      m_scanner(new QrFrameScanner(m_sink, this))
{
    setObjectName(QStringLiteral("cameraPreview"));
    setAlignment(Qt::AlignCenter);
    setMinimumSize(320, 240);
    m_session->setVideoSink(m_sink);
    connect(m_sink, &QVideoSink::videoFrameChanged, this, [this](const QVideoFrame& frame) {
        if (isVisible()) {
            setPixmap(QPixmap::fromImage(frame.toImage().scaled(size(), Qt::KeepAspectRatio)));
        }
    });
    connect(m_scanner, &QrFrameScanner::codesFound, this, &CameraPreview::codesFound);
}

CameraPreview::~CameraPreview()
{
    stop();
}

bool CameraPreview::cameraAvailable()
{
    return !QMediaDevices::videoInputs().isEmpty();
}

void CameraPreview::start()
{
    if (m_camera) {
        return;
    }
    m_camera = new QCamera(QMediaDevices::defaultVideoInput(), this);
    connect(m_camera, &QCamera::errorOccurred, this,
            [this](QCamera::Error, const QString& reason) { Q_EMIT failed(reason); });
    m_session->setCamera(m_camera);
    m_camera->start();
}

void CameraPreview::stop()
{
    if (!m_camera) {
        return;
    }
    m_camera->stop();
    m_session->setCamera(nullptr);
    delete m_camera;
    m_camera = nullptr;
}

} // namespace twostep::ui
