// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ClockAndSearchSettings.h"

#include "ui/Settings.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace twostep::ui {

ClockAndSearchSettings::ClockAndSearchSettings(Settings& settings, QWidget* parent)
    : QWidget(parent), m_settings(settings), m_keyword(new QLineEdit(this)),
      m_measureClock(new QCheckBox(tr("Check the clock against a time server"), this)), m_ntpServer(new QLineEdit(this))
{
    m_keyword->setObjectName(QStringLiteral("searchKeywordLineEdit"));
    m_keyword->setPlaceholderText(tr("None: any search lists matching accounts"));
    m_keyword->setMaxLength(64);
    m_keyword->setText(settings.searchKeyword());
    m_keyword->setToolTip(tr("GNOME Shell and KRunner list your accounts (names only, never codes) while the "
                             "vault is unlocked. With a keyword, only searches that start with it do."));
    m_measureClock->setObjectName(QStringLiteral("measureClockCheckBox"));
    m_measureClock->setChecked(settings.measureClock());
    m_ntpServer->setObjectName(QStringLiteral("ntpServerLineEdit"));
    m_ntpServer->setPlaceholderText(QStringLiteral("pool.ntp.org"));
    m_ntpServer->setMaxLength(253);
    m_ntpServer->setText(settings.ntpServer());
    m_ntpServer->setEnabled(settings.measureClock());
    connect(m_measureClock, &QCheckBox::toggled, m_ntpServer, &QWidget::setEnabled);
    auto* note = new QLabel(tr("Twostep then sends this server one 48-byte time request (SNTP) at start and when "
                               "this setting changes. The request holds nothing of the vault and not even this "
                               "computer's time; the server sees your IP address."),
                            this);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);

    auto* form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Desktop search keyword:"), m_keyword);
    form->addRow(QString(), m_measureClock);
    form->addRow(tr("Time server:"), m_ntpServer);
    form->addRow(QString(), note);
}

void ClockAndSearchSettings::save()
{
    m_settings.setSearchKeyword(m_keyword->text());
    m_settings.setNtpServer(m_ntpServer->text());
    m_settings.setMeasureClock(m_measureClock->isChecked());
}

} // namespace twostep::ui
