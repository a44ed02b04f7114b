// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/ScreenCaptureWait.h"

#include "ui/dialogs/ScreenCapture.h"

#include <QProgressDialog>

namespace twostep::ui {

ScreenCaptureWait::ScreenCaptureWait(ScreenCapture* capture) : QObject(capture), m_capture(capture)
{
    connect(capture, &ScreenCapture::waiting, this, &ScreenCaptureWait::show);
    connect(capture, &ScreenCapture::captured, this, &ScreenCaptureWait::close);
    connect(capture, &ScreenCapture::failed, this, &ScreenCaptureWait::close);
}

ScreenCaptureWait::~ScreenCaptureWait()
{
    delete m_box;
}

QProgressDialog* ScreenCaptureWait::box() const
{
    return m_box;
}

void ScreenCaptureWait::show()
{
    if (m_box != nullptr) {
        return;
    }
    // A top-level box: the dialog that asked for the screenshot is hidden.
    m_box = new QProgressDialog(tr("Waiting for the desktop to take the screenshot…"), tr("Cancel"), 0, 0);
    m_box->setObjectName(QStringLiteral("screenCaptureWaitBox"));
    m_box->setWindowTitle(tr("Scan screen"));
    m_box->setAccessibleName(tr("Waiting for the desktop"));
    m_box->setMinimumDuration(0);
    m_box->setAutoClose(false);
    m_box->setAutoReset(false);
    connect(m_box, &QProgressDialog::canceled, m_capture, &ScreenCapture::cancel);
    m_box->show();
}

void ScreenCaptureWait::close()
{
    if (m_box != nullptr) {
        m_box->deleteLater();
        m_box = nullptr;
    }
}

} // namespace twostep::ui
