// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ClockBar.h"

#include "ui/AccountListModel.h"
#include "ui/BackgroundJob.h"
#include "ui/ErrorText.h"
#include "ui/Settings.h"
#include "ui/UnsavedChangesBar.h"
#include "ui/desktop/ClockSynchronisation.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace twostep::ui {

namespace {

// "host" or "host:port" (an IPv6 address, with its colons, takes the standard port).
std::pair<QString, std::uint16_t> hostAndPort(const QString& server)
{
    const qsizetype colon = server.lastIndexOf(QLatin1Char(':'));
    bool isNumber = false;
    const uint port = colon > 0 && server.count(QLatin1Char(':')) == 1 ? server.mid(colon + 1).toUInt(&isNumber) : 0;
    if (isNumber && port > 0 && port <= 65535) {
        return {server.left(colon), static_cast<std::uint16_t>(port)};
    }
    return {server, otp::kNtpPort};
}

QString seconds(std::chrono::milliseconds offset)
{
    return QString::number(std::abs(static_cast<double>(offset.count())) / 1000.0, 'f', 1);
}

} // namespace

ClockBar::ClockBar(Settings& settings, AccountListModel* model, QWidget* parent, otp::Clock clock)
    : QFrame(parent), m_settings(settings), m_model(model), m_clock(std::move(clock)), m_icon(new QLabel(this)),
      m_text(new QLabel(this)), m_apply(new QPushButton(tr("Use the server's time"), this)),
      m_close(new QPushButton(tr("Close"), this))
{
    setObjectName(QStringLiteral("clockBar"));
    styleAsWarningBar(this, m_icon);
    m_text->setObjectName(QStringLiteral("clockLabel"));
    m_text->setWordWrap(true);
    m_apply->setObjectName(QStringLiteral("applyClockOffsetButton"));
    m_close->setObjectName(QStringLiteral("closeClockBarButton"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_apply, 0, Qt::AlignVCenter);
    layout->addWidget(m_close, 0, Qt::AlignVCenter);
    connect(m_apply, &QPushButton::clicked, this, &ClockBar::applyOffset);
    connect(m_close, &QPushButton::clicked, this, &QWidget::hide);
    connect(&m_settings, &Settings::changed, this, &ClockBar::measureIfWanted);
    hide();
    check();
}

void ClockBar::check()
{
    checkSynchronisation();
    m_measuredServer.clear();
    measureIfWanted();
}

void ClockBar::checkSynchronisation()
{
    queryClockSynchronised(this, [this](bool synchronised) {
        m_unsynchronised = !synchronised;
        refresh();
    });
}

QString ClockBar::message() const
{
    return m_text->text();
}

void ClockBar::measureIfWanted()
{
    const QString server = m_settings.measureClock() ? m_settings.ntpServer() : QString();
    if (server == m_measuredServer) {
        return;
    }
    m_measuredServer = server;
    if (server.isEmpty()) {
        m_offsetWarning.clear();
        m_offset = m_applied = std::chrono::milliseconds(0);
        m_model->setClock(m_clock);
        refresh();
        return;
    }
    const auto [host, port] = hostAndPort(server);
    runInBackground(
        this,
        [host = host, port = port, clock = m_clock] {
            return otp::measureClockOffset(host, port, otp::kSntpDefaultTimeout, clock);
        },
        [this, server](const Result<otp::SntpMeasurement>& measurement) { showMeasurement(server, measurement); });
}

void ClockBar::showMeasurement(const QString& server, const Result<otp::SntpMeasurement>& measurement)
{
    if (server != m_measuredServer) {
        return; // the setting changed while this one was on its way
    }
    m_offsetWarning.clear();
    if (!measurement) {
        Q_EMIT statusMessage(
            tr("The clock could not be checked against %1: %2").arg(server, errorText(measurement.error())));
    } else if (std::chrono::abs(measurement->offset) <= kWarnAbove) {
        m_offset = measurement->offset;
        if (m_applied != std::chrono::milliseconds(0)) {
            m_applied = std::chrono::milliseconds(0); // the clock was put right since
            m_model->setClock(m_clock);
        }
        Q_EMIT statusMessage(tr("The clock is %1 s from the time of %2.").arg(seconds(m_offset), server));
    } else {
        m_offset = measurement->offset;
        m_offsetWarning = (m_offset.count() > 0 ? tr("This computer's clock is %1 s behind the time of %2.")
                                                : tr("This computer's clock is %1 s ahead of the time of %2."))
                              .arg(seconds(m_offset), server);
    }
    refresh();
    Q_EMIT measured();
}

void ClockBar::applyOffset()
{
    m_applied = m_offset;
    m_model->setClock([clock = m_clock, offset = m_applied] { return clock() + offset; });
    Q_EMIT statusMessage(tr("The codes shown now follow the time of %1.").arg(m_measuredServer));
    refresh();
}

void ClockBar::refresh()
{
    QStringList parts;
    if (m_unsynchronised) {
        parts << tr("The system clock is not synchronised with a time server, so codes may be refused. Turn on "
                    "automatic date and time in the system settings.");
    }
    if (!m_offsetWarning.isEmpty()) {
        parts << m_offsetWarning;
        parts << (m_applied == m_offset ? tr("The codes shown use the server's time.")
                                        : tr("Codes from this clock may be refused."));
    }
    m_text->setText(parts.join(QLatin1Char(' ')));
    m_apply->setVisible(!m_offsetWarning.isEmpty() && m_applied != m_offset);
    setVisible(!parts.isEmpty());
}

} // namespace twostep::ui
