// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ShortcutSettings.h"

#include "ui/AccountListModel.h"
#include "ui/Settings.h"
#include "ui/desktop/GlobalShortcuts.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace twostep::ui {

ShortcutSettings::ShortcutSettings(Settings& settings, const AccountListModel& accounts,
                                   const GlobalShortcuts& shortcuts, const QString& command, QWidget* parent)
    : QGroupBox(tr("Desktop shortcut"), parent), m_settings(settings), m_shortcuts(shortcuts), m_command(command),
      m_account(new QComboBox(this)), m_status(new QLabel(this)), m_commandLine(new QLineEdit(this))
{
    setObjectName(QStringLiteral("shortcutSettings"));
    m_account->setObjectName(QStringLiteral("shortcutAccountComboBox"));
    m_status->setObjectName(QStringLiteral("shortcutStatusLabel"));
    m_commandLine->setObjectName(QStringLiteral("shortcutCommandLineEdit"));
    m_status->setWordWrap(true);
    m_commandLine->setReadOnly(true);

    const QString chosen = settings.shortcutAccountId();
    m_account->addItem(tr("The first favourite"), QString());
    for (int row = 0; row < accounts.rowCount(); ++row) {
        const QModelIndex index = accounts.index(row);
        m_account->addItem(index.data(Qt::DisplayRole).toString(), index.data(AccountListModel::IdRole));
    }
    if (accounts.rowCount() == 0 && !chosen.isEmpty()) {
        // Locked: the choice stays as it is.
        m_account->addItem(tr("(unlock to see the account)"), chosen);
        m_account->setEnabled(false);
    }
    m_account->setCurrentIndex(qMax(0, m_account->findData(chosen)));

    auto* form = new QFormLayout(this);
    form->addRow(tr("Account to copy:"), m_account);
    form->addRow(m_status);
    form->addRow(m_commandLine);
    connect(m_account, &QComboBox::currentIndexChanged, this, &ShortcutSettings::updateText);
    connect(&shortcuts, &GlobalShortcuts::stateChanged, this, &ShortcutSettings::updateText);
    updateText();
}

void ShortcutSettings::save()
{
    if (m_account->isEnabled()) {
        m_settings.setShortcutAccountId(m_account->currentData().toString());
    }
}

void ShortcutSettings::updateText()
{
    const QString id = m_account->currentData().toString();
    m_commandLine->setText(m_command + QLatin1Char(' ') + (id.isEmpty() ? tr("ACCOUNT") : id));
    using State = GlobalShortcuts::State;
    switch (m_shortcuts.state()) {
    case State::Bound:
        m_status->setText(tr("The desktop's global shortcuts \"Copy the code of the favourite account\" and "
                             "\"Show Twostep\" are set; change their keys in the desktop's keyboard settings. "
                             "This command does the same from any custom shortcut:"));
        break;
    case State::Starting:
        m_status->setText(tr("Asking the desktop for global shortcuts…"));
        break;
    case State::Refused:
        m_status->setText(tr("The desktop did not allow the global shortcuts. Bind this command to a key in the "
                             "desktop's keyboard settings (custom shortcuts) instead:"));
        break;
    case State::Unavailable:
        m_status->setText(tr("This desktop offers no global shortcuts to applications (no GlobalShortcuts portal). "
                             "Bind this command to a key in the desktop's keyboard settings (custom shortcuts):"));
        break;
    }
}

} // namespace twostep::ui
