// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "qr/QrScanner.h"

#include <QFutureWatcher>
#include <QObject>
#include <QSet>

class QVideoFrame;
class QVideoSink;

namespace twostep::ui {

// Turns video frames (a camera's, or a video file's in the tests) into QR codes: each frame that
// arrives while no scan runs is scanned on a worker thread, frames arriving meanwhile are
// skipped, and each code is reported once, the first time any frame shows it.
class QrFrameScanner final : public QObject
{
    Q_OBJECT
public:
    explicit QrFrameScanner(QVideoSink* sink, QObject* parent = nullptr);
    ~QrFrameScanner() override; // waits for the scan that runs

    int scannedFrames() const { return m_scanned; }
    int skippedFrames() const { return m_skipped; }

Q_SIGNALS:
    void codesFound(const QList<twostep::qr::ScannedCode>& codes); // never seen before, never empty

private:
    void scanFrame(const QVideoFrame& frame);
    void scanDone();

    QFutureWatcher<QList<qr::ScannedCode>> m_watcher;
    QSet<QString> m_seen;
    int m_scanned = 0;
    int m_skipped = 0;
};

} // namespace twostep::ui
