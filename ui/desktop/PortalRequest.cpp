// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/desktop/PortalRequest.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QRandomGenerator>

namespace twostep::ui {

namespace {
const QString kRequestInterface = QStringLiteral("org.freedesktop.portal.Request");
} // namespace

const QString PortalRequest::kService = QStringLiteral("org.freedesktop.portal.Desktop");
const QString PortalRequest::kPath = QStringLiteral("/org/freedesktop/portal/desktop");

QString portalToken()
{
    return QStringLiteral("twostep%1").arg(QRandomGenerator::global()->generate());
}

PortalRequest::PortalRequest(const QString& interface, const QString& method, const QVariantList& arguments,
                             QVariantMap options, QObject* parent)
    : QObject(parent)
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    const QString token = portalToken();
    QString sender = bus.baseService().mid(1);
    sender.replace(QLatin1Char('.'), QLatin1Char('_'));
    m_requestPath = QStringLiteral("/org/freedesktop/portal/desktop/request/%1/%2").arg(sender, token);
    // QtDBus offers only the string form to connect a D-Bus signal.
    bus.connect(kService, m_requestPath, kRequestInterface, QStringLiteral("Response"), this,
                SLOT(portalResponse(uint, QVariantMap)));
    options.insert(QStringLiteral("handle_token"), token);
    QDBusMessage call = QDBusMessage::createMethodCall(kService, kPath, interface, method);
    call.setArguments(arguments + QVariantList{options});
    auto* watcher = new QDBusPendingCallWatcher(bus.asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher* pending) {
        pending->deleteLater();
        if (pending->isError()) {
            finish(2, {}, pending->error().name());
        }
    });
}

PortalRequest::~PortalRequest()
{
    QDBusConnection::sessionBus().disconnect(kService, m_requestPath, kRequestInterface, QStringLiteral("Response"),
                                             this, SLOT(portalResponse(uint, QVariantMap)));
}

void PortalRequest::portalResponse(uint response, const QVariantMap& results)
{
    finish(response, results, {});
}

void PortalRequest::finish(uint response, const QVariantMap& results, const QString& error)
{
    if (m_done) {
        return;
    }
    m_done = true;
    Q_EMIT finished(response, results, error);
    deleteLater();
}

} // namespace twostep::ui
