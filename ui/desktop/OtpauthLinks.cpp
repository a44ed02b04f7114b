// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/desktop/OtpauthLinks.h"

#include "common/SecretBytes.h"
#include "ui/AccountActions.h"
#include "ui/MainWindow.h"
#include "ui/dialogs/AddAccountDialog.h"

namespace twostep::ui {

OtpauthLinks::OtpauthLinks(SingleInstance& instance, MainWindow& window, QObject* parent)
    : QObject(parent), m_window(window)
{
    connect(&instance, &SingleInstance::messageReceived, this, [this](const QStringList& message) {
        if (message.value(0) == kMessage && message.size() == 2) {
            open(message.at(1));
        }
    });
    connect(&window, &MainWindow::unlocked, this, &OtpauthLinks::openUnlocked);
    connect(&window, &MainWindow::locked, this, [this] {
        for (QString& link : m_pending) {
            wipeText(link);
        }
        m_pending.clear();
    });
}

OtpauthLinks::~OtpauthLinks()
{
    for (QString& link : m_pending) {
        wipeText(link);
    }
}

bool OtpauthLinks::isOtpauthLink(const QString& argument)
{
    return argument.startsWith(QLatin1String("otpauth://"), Qt::CaseInsensitive) ||
           argument.startsWith(QLatin1String("otpauth-migration://"), Qt::CaseInsensitive);
}

void OtpauthLinks::open(const QString& link)
{
    if (!isOtpauthLink(link)) {
        return;
    }
    m_pending.append(link);
    m_window.raiseFromOutside();
    if (m_window.isUnlocked()) {
        openUnlocked();
    }
}

void OtpauthLinks::openUnlocked()
{
    if (m_pending.isEmpty()) {
        return;
    }
    if (AddAccountDialog* dialog = m_window.actions()->openAddDialog()) {
        dialog->addText(m_pending.join(QLatin1Char('\n')));
    }
    for (QString& link : m_pending) {
        wipeText(link);
    }
    m_pending.clear();
}

} // namespace twostep::ui
