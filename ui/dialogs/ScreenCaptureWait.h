// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>

class QProgressDialog;

namespace twostep::ui {

class ScreenCapture;

// While Twostep's windows are hidden for a portal screenshot that does not come, the user still
// sees something of Twostep: a small "Waiting for the desktop…" box with Cancel, shown once the
// capture reports waiting() and closed with its answer.
class ScreenCaptureWait final : public QObject
{
    Q_OBJECT
public:
    explicit ScreenCaptureWait(ScreenCapture* capture);
    ~ScreenCaptureWait() override;

    // The box while it is shown, else null.
    QProgressDialog* box() const;

private:
    void show();
    void close();

    ScreenCapture* m_capture;
    QPointer<QProgressDialog> m_box;
};

} // namespace twostep::ui
