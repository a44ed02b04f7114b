// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>
#include <QVariantList>
#include <QVariantMap>

namespace twostep::ui {

// One call of an xdg-desktop-portal method that answers through an org.freedesktop.portal.Request
// object: subscribes to its Response at the path the portal will use (handle_token), calls, and
// emits finished() once. Deletes itself afterwards.
class PortalRequest final : public QObject
{
    Q_OBJECT
public:
    static const QString kService;
    static const QString kPath;

    // `options` is the method's a{sv} argument, the last one; handle_token is added to it.
    PortalRequest(const QString& interface, const QString& method, const QVariantList& arguments, QVariantMap options,
                  QObject* parent);
    ~PortalRequest() override;

Q_SIGNALS:
    // `response` 0 is success, 1 cancelled by the user, 2 otherwise ended; `error` is the D-Bus
    // error's name when the call itself failed (no portal, no such interface).
    void finished(uint response, const QVariantMap& results, const QString& error);

private Q_SLOTS:
    void portalResponse(uint response, const QVariantMap& results);

private:
    void finish(uint response, const QVariantMap& results, const QString& error);

    QString m_requestPath;
    bool m_done = false;
};

// A token for handle_token / session_handle_token: letters, digits and underscores only.
QString portalToken();

} // namespace twostep::ui
