// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/desktop/LockWatcher.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QEvent>
#include <QKeyEvent>

namespace twostep::ui {

LockWatcher::LockWatcher(QObject* parent) : QObject(parent)
{
    m_idle.setSingleShot(true);
    connect(&m_idle, &QTimer::timeout, this, [this] {
        if (m_armed) {
            Q_EMIT lockRequested(true);
        }
    });
    QCoreApplication::instance()->installEventFilter(this);

    QDBusConnection bus = QDBusConnection::sessionBus();
    if (bus.isConnected()) {
        const QString signal = QStringLiteral("ActiveChanged");
        // KDE, Xfce and others speak the freedesktop name; GNOME its own. QtDBus only takes slot names.
        const bool freedesktop = bus.connect(QString(), QStringLiteral("/org/freedesktop/ScreenSaver"),
                                             QStringLiteral("org.freedesktop.ScreenSaver"), signal, this,
                                             SLOT(onScreenSaverActiveChanged(bool)));
        const bool gnome =
            bus.connect(QString(), QStringLiteral("/org/gnome/ScreenSaver"), QStringLiteral("org.gnome.ScreenSaver"),
                        signal, this, SLOT(onScreenSaverActiveChanged(bool)));
        m_listening = freedesktop || gnome;
    }
}

LockWatcher::~LockWatcher()
{
    if (QCoreApplication::instance() != nullptr) {
        QCoreApplication::instance()->removeEventFilter(this);
    }
}

void LockWatcher::setIdleMinutes(int minutes)
{
    setIdleTimeout(std::chrono::minutes(qMax(0, minutes)));
}

void LockWatcher::setIdleTimeout(std::chrono::milliseconds timeout)
{
    m_idleTimeout = timeout;
    restartIdle();
}

void LockWatcher::setArmed(bool armed)
{
    m_armed = armed;
    restartIdle();
}

int LockWatcher::idleIntervalMs() const
{
    return m_idle.isActive() ? m_idle.interval() : 0;
}

void LockWatcher::restartIdle()
{
    if (m_armed && m_idleTimeout.count() > 0) {
        m_idle.start(m_idleTimeout);
    } else {
        m_idle.stop();
    }
}

bool LockWatcher::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::KeyPress && m_armed) {
        // Ctrl+L from any of our windows, also from window-modal dialogs that block the menu's shortcut.
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_L && key->modifiers() == Qt::ControlModifier) {
            Q_EMIT lockRequested(false);
            return true;
        }
    }
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
        if (m_idle.isActive()) {
            m_idle.start();
        }
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void LockWatcher::onScreenSaverActiveChanged(bool active)
{
    if (active && m_armed && m_followScreenLock) {
        Q_EMIT lockRequested(true);
    }
}

} // namespace twostep::ui
