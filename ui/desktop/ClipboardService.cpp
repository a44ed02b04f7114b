// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/desktop/ClipboardService.h"

#include "common/SecretBytes.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QMimeData>

#include <utility>

namespace twostep::ui {

namespace {
const QString kPasswordManagerHint = QStringLiteral("x-kde-passwordManagerHint");

QMimeData* secretMimeData(const QString& text)
{
    auto* mime = new QMimeData;
    mime->setText(text);
    mime->setData(kPasswordManagerHint, QByteArrayLiteral("secret"));
    return mime;
}

bool onWayland()
{
    return QGuiApplication::platformName().startsWith(QStringLiteral("wayland"));
}
} // namespace

ClipboardService::ClipboardService(QClipboard* clipboard, QObject* parent) : QObject(parent), m_clipboard(clipboard)
{
    m_clearTimer.setSingleShot(true);
    connect(&m_clearTimer, &QTimer::timeout, this, &ClipboardService::clearIfOurs);
    if (auto* app = qobject_cast<QGuiApplication*>(QCoreApplication::instance())) {
        connect(app, &QGuiApplication::applicationStateChanged, this, &ClipboardService::applicationStateChanged);
        connect(app, &QCoreApplication::aboutToQuit, this, &ClipboardService::clearIfOurs);
    }
}

ClipboardService::~ClipboardService()
{
    wipeText(m_lastText);
}

bool ClipboardService::verdictComesLater()
{
    return onWayland();
}

void ClipboardService::copySecret(const QString& text)
{
    m_clearPending = false;
    m_clipboard->setMimeData(secretMimeData(text), QClipboard::Clipboard);
    m_lastText = text;
    if (m_clearAfterSeconds > 0) {
        m_clearTimer.start(m_clearAfterSeconds * 1000);
    } else {
        m_clearTimer.stop();
    }
    const quint64 serial = ++m_copySerial;
    QTimer::singleShot(kCopyCheckMs, this, [this, serial] { checkCopy(serial); });
}

void ClipboardService::checkCopy(quint64 serial)
{
    if (serial != m_copySerial || m_lastText.isEmpty()) {
        return; // a later copy or a clear took over
    }
    // ownsClipboard() is false on platforms that do not track ownership: the text tells then.
    if (m_clipboard->ownsClipboard() || holdsOurText()) {
        Q_EMIT copied();
        return;
    }
    m_clearTimer.stop();
    wipeText(m_lastText);
    Q_EMIT copyFailed(
        onWayland()
            ? tr("The code was not copied: the desktop accepts the clipboard only from the focused window. Open "
                 "Twostep's window and copy again.")
            : tr("The code was not copied: another program holds the clipboard. Copy again."));
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

bool ClipboardService::mayChangeClipboard() const
{
    return !onWayland() || QGuiApplication::applicationState() == Qt::ApplicationActive;
}

void ClipboardService::clearIfOurs()
{
    m_clearTimer.stop();
    if (!holdsOurText()) {
        m_clearPending = false;
        wipeText(m_lastText);
        return;
    }
    if (mayChangeClipboard()) {
        clearNow();
        return;
    }
    m_clearPending = true;
    if (!std::exchange(m_toldAboutFocus, true)) {
        Q_EMIT notice(tr("The copied code is still on the clipboard: on Wayland, Twostep can clear the clipboard "
                         "only while its window is focused. It is cleared when you return to Twostep."));
    }
}

void ClipboardService::clearNow()
{
    // Releasing is not enough: GNOME keeps a copy of a released selection and offers it again.
    m_clipboard->setMimeData(secretMimeData(QString()), QClipboard::Clipboard);
    m_clearPending = false;
    wipeText(m_lastText);
    Q_EMIT cleared();
}

void ClipboardService::applicationStateChanged(Qt::ApplicationState state)
{
    if (state == Qt::ApplicationActive && m_clearPending) {
        clearIfOurs();
    }
}

} // namespace twostep::ui
