// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/QrFrameScanner.h"

#include <QVideoFrame>
#include <QVideoSink>
#include <QtConcurrent/QtConcurrentRun>

namespace twostep::ui {

QrFrameScanner::QrFrameScanner(QVideoSink* sink, QObject* parent) : QObject(parent)
{
    connect(sink, &QVideoSink::videoFrameChanged, this, &QrFrameScanner::scanFrame);
    connect(&m_watcher, &QFutureWatcher<QList<qr::ScannedCode>>::finished, this, &QrFrameScanner::scanDone);
}

QrFrameScanner::~QrFrameScanner()
{
    m_watcher.waitForFinished();
}

void QrFrameScanner::scanFrame(const QVideoFrame& frame)
{
    if (m_watcher.isRunning()) {
        ++m_skipped;
        return;
    }
    if (!frame.isValid()) {
        return;
    }
    ++m_scanned;
    // The frame is shared, not copied; converting it is part of the worker's job.
    m_watcher.setFuture(QtConcurrent::run([frame] { return qr::scanImage(frame.toImage()); }));
}

void QrFrameScanner::scanDone()
{
    QList<qr::ScannedCode> fresh;
    for (const qr::ScannedCode& code : m_watcher.result()) {
        if (!m_seen.contains(code.text)) {
            m_seen.insert(code.text);
            fresh.append(code);
        }
    }
    if (!fresh.isEmpty()) {
        Q_EMIT codesFound(fresh);
    }
}

} // namespace twostep::ui
