// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/desktop/ClipboardService.h"

#include "common/SecretBytes.h"

#include <QClipboard>
#include <QMimeData>

namespace twostep::ui {

namespace {
const QString kPasswordManagerHint = QStringLiteral("x-kde-passwordManagerHint");
} // namespace

ClipboardService::ClipboardService(QClipboard* clipboard, QObject* parent) : QObject(parent), m_clipboard(clipboard)
{
    m_clearTimer.setSingleShot(true);
    connect(&m_clearTimer, &QTimer::timeout, this, &ClipboardService::clearIfOurs);
}

ClipboardService::~ClipboardService()
{
    wipeText(m_lastText);
}

void ClipboardService::copySecret(const QString& text)
{
    auto* mime = new QMimeData;
    mime->setText(text);
    mime->setData(kPasswordManagerHint, QByteArrayLiteral("secret"));
    m_clipboard->setMimeData(mime, QClipboard::Clipboard);
    m_lastText = text;
    if (m_clearAfterSeconds > 0) {
        m_clearTimer.start(m_clearAfterSeconds * 1000);
    } else {
        m_clearTimer.stop();
    }
    Q_EMIT copied();
}

void ClipboardService::setClearAfterSeconds(int seconds)
{
    m_clearAfterSeconds = qMax(0, seconds);
    if (m_clearAfterSeconds == 0) {
        m_clearTimer.stop();
    }
}

bool ClipboardService::holdsOurText() const
{
    if (m_lastText.isEmpty()) {
        return false;
    }
    const QMimeData* mime = m_clipboard->mimeData(QClipboard::Clipboard);
    return mime != nullptr && mime->hasText() && mime->text() == m_lastText;
}

void ClipboardService::clearIfOurs()
{
    m_clearTimer.stop();
    if (holdsOurText()) {
        m_clipboard->clear(QClipboard::Clipboard);
        Q_EMIT cleared();
    }
    wipeText(m_lastText);
}

} // namespace twostep::ui
