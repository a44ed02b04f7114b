// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/SettingsDialog.h"

#include "ui/ClockAndSearchSettings.h"
#include "ui/ErrorText.h"
#include "ui/ReservedLabel.h"
#include "ui/Settings.h"
#include "ui/StepEndChoice.h"
#include "ui/desktop/Autostart.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QMessageBox>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QSystemTrayIcon>
#include <QVBoxLayout>

namespace twostep::ui {

namespace {

// QScrollArea's size hint is capped at 24 lines: this one asks for all the options, and ScreenFit
// shrinks the dialog when the screen is smaller.
class OptionsScrollArea final : public QScrollArea
{
public:
    using QScrollArea::QScrollArea;
    QSize sizeHint() const override
    {
        const int frame = 2 * frameWidth();
        return widget()->sizeHint() + QSize(verticalScrollBar()->sizeHint().width() + frame, frame);
    }
};

} // namespace

SettingsDialog::SettingsDialog(Settings& settings, QWidget* parent)
    : QDialog(parent), m_settings(settings), m_clipboardSeconds(new QSpinBox(this)), m_idleMinutes(new QSpinBox(this)),
      m_lockOnScreenLock(new QCheckBox(tr("Lock when the screen locks"), this)),
      m_closeToTray(new QCheckBox(tr("Closing the window keeps Twostep in the tray"), this)),
      m_showNextCode(new QCheckBox(tr("Always show the next code (otherwise on hover)"), this)),
      m_hideCodes(new QCheckBox(tr("Hide codes until revealed (select a row or press Space)"), this)),
      m_startWithSession(new QCheckBox(tr("Start Twostep in the tray when I log in"), this)),
      m_remember(new QCheckBox(tr("Remember on this computer (unlock with the desktop keyring)"), this)),
      m_language(new QComboBox(this)), m_cliCodes(new QComboBox(this)), m_nearStepEnd(new QComboBox(this)),
      m_noKeyring(new ReservedLabel(this)), m_clockAndSearch(new ClockAndSearchSettings(settings, this))
{
    m_noKeyring->setText(tr("No desktop keyring answers on this computer (Secret Service or KWallet), so "
                            "Twostep cannot remember the vault here: unlock it with the password."));
    setWindowTitle(tr("Settings"));
    setObjectName(QStringLiteral("settingsDialog"));

    m_clipboardSeconds->setObjectName(QStringLiteral("clipboardSecondsSpinBox"));
    m_clipboardSeconds->setRange(0, 3600);
    m_clipboardSeconds->setSpecialValueText(tr("Never"));
    m_clipboardSeconds->setSuffix(tr(" s"));
    m_clipboardSeconds->setValue(settings.clipboardClearSeconds());

    m_idleMinutes->setObjectName(QStringLiteral("idleMinutesSpinBox"));
    m_idleMinutes->setRange(0, 1440);
    m_idleMinutes->setSpecialValueText(tr("Never"));
    m_idleMinutes->setSuffix(tr(" min"));
    m_idleMinutes->setValue(settings.idleLockMinutes());

    m_lockOnScreenLock->setObjectName(QStringLiteral("lockOnScreenLockCheckBox"));
    m_lockOnScreenLock->setChecked(settings.lockOnScreenLock());
    m_closeToTray->setObjectName(QStringLiteral("closeToTrayCheckBox"));
    m_closeToTray->setChecked(settings.closeToTray());
    m_showNextCode->setObjectName(QStringLiteral("showNextCodeCheckBox"));
    m_showNextCode->setChecked(settings.alwaysShowNextCode());
    m_hideCodes->setObjectName(QStringLiteral("hideCodesCheckBox"));
    m_hideCodes->setToolTip(tr("For screen sharing: a code shows on its selected row for 30 seconds."));
    m_hideCodes->setChecked(settings.hideCodes());
    m_startWithSession->setObjectName(QStringLiteral("startWithSessionCheckBox"));
    m_startWithSession->setChecked(Autostart::isEnabled());
    m_remember->setObjectName(QStringLiteral("rememberKeyringCheckBox"));
    setRememberOnThisComputer(false, false);

    m_language->setObjectName(QStringLiteral("languageComboBox"));
    m_language->addItem(tr("System language"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("한국어"), QStringLiteral("ko"));
    m_language->setCurrentIndex(qMax(0, m_language->findData(settings.language())));

    using CliCodes = Settings::CliCodes;
    m_cliCodes->setObjectName(QStringLiteral("cliCodesComboBox"));
    m_cliCodes->addItem(tr("Ask each time"), static_cast<int>(CliCodes::Ask));
    m_cliCodes->addItem(tr("Allow while unlocked"), static_cast<int>(CliCodes::AllowWhileUnlocked));
    m_cliCodes->addItem(tr("Never"), static_cast<int>(CliCodes::Never));
    m_cliCodes->setCurrentIndex(qMax(0, m_cliCodes->findData(static_cast<int>(settings.codesForCommandLine()))));
    m_cliCodes->setToolTip(tr("Whether twostep-cli may take codes from this window while it is unlocked, "
                              "without the vault password."));

    m_nearStepEnd->setObjectName(QStringLiteral("nearStepEndComboBox"));
    m_nearStepEnd->addItem(tr("Copy the next code"), static_cast<int>(Settings::NearStepEnd::CopyNext));
    m_nearStepEnd->addItem(tr("Copy the current code and warn"), static_cast<int>(Settings::NearStepEnd::Warn));
    m_nearStepEnd->setCurrentIndex(qMax(0, m_nearStepEnd->findData(static_cast<int>(settings.nearStepEnd()))));
    m_noKeyring->setObjectName(QStringLiteral("noKeyringLabel"));
    m_noKeyring->hide();

    auto* form = new QFormLayout;
    form->addRow(tr("Clear copied codes after:"), m_clipboardSeconds);
    form->addRow(tr("Lock after idle for:"), m_idleMinutes);
    form->addRow(QString(), m_lockOnScreenLock);
    form->addRow(QString(), m_closeToTray);
    form->addRow(QString(), m_showNextCode);
    form->addRow(QString(), m_hideCodes);
    form->addRow(QString(), m_startWithSession);
    form->addRow(QString(), m_remember);
    form->addRow(QString(), m_noKeyring);
    form->addRow(tr("Codes for the command line:"), m_cliCodes);
    form->addRow(tr("Copying with under %n second(s) left:", nullptr, static_cast<int>(StepEndChoice::kNearEndSeconds)),
                 m_nearStepEnd);
    form->addRow(tr("Language:"), m_language);
    auto* note = new QLabel(tr("A new language applies the next time Twostep starts."), this);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(QString(), note);
    if (!QSystemTrayIcon::isSystemTrayAvailable()) {
        int row = 0;
        form->getWidgetPosition(m_closeToTray, &row, nullptr);
        form->insertRow(row, QString(), disableTrayOptions());
    }

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);

    // The options scroll and the buttons stay: at 200 % on 1080p the options are taller than the screen.
    auto* content = new QWidget;
    m_sections = new QVBoxLayout(content);
    m_sections->addLayout(form);
    m_sections->addWidget(m_clockAndSearch);
    m_sections->addStretch();
    auto* scroll = new OptionsScrollArea(this);
    scroll->setObjectName(QStringLiteral("settingsScrollArea"));
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(content);
    m_scroll = scroll;
    fitWidthToOptions();

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(scroll);
    layout->addWidget(buttons);
}

QLabel* SettingsDialog::disableTrayOptions()
{
    const QString why = tr("This desktop shows no tray icons (on GNOME, the AppIndicator extension adds them), so "
                           "Twostep cannot stay in the tray.");
    // A box already ticked stays editable, so it can be turned off.
    for (QCheckBox* box : {m_closeToTray, m_startWithSession}) {
        box->setEnabled(box->isChecked());
        box->setToolTip(why);
        box->setAccessibleDescription(why);
    }
    auto* reason = new QLabel(why, this);
    reason->setObjectName(QStringLiteral("noTrayLabel"));
    reason->setWordWrap(true);
    return reason;
}

void SettingsDialog::setRememberOnThisComputer(bool remembered, bool editable)
{
    m_remembered = remembered;
    m_remember->setChecked(remembered);
    m_remember->setEnabled(editable);
    m_remember->setToolTip(editable ? tr("Turning this off removes the vault's key from the keyring; the password "
                                         "keeps working either way.")
                                    : tr("Unlock the vault to change this."));
}

void SettingsDialog::addSection(QWidget* section)
{
    m_sections->insertWidget(m_sections->count() - 1, section);
    fitWidthToOptions();
}

void SettingsDialog::fitWidthToOptions()
{
    // A scroll area's size hint is a fixed guess: as wide as the options (plus the scroll bar) cuts none off.
    const int width = m_scroll->widget()->minimumSizeHint().width() + m_scroll->verticalScrollBar()->sizeHint().width();
    m_scroll->setMinimumWidth(width);
}

void SettingsDialog::setKeyringAvailable(bool available)
{
    m_noKeyring->setVisible(!available);
    if (!available) {
        m_remember->setEnabled(false);
        m_remember->setToolTip(m_noKeyring->text());
    }
}

void SettingsDialog::accept()
{
    m_settings.setClipboardClearSeconds(m_clipboardSeconds->value());
    m_settings.setIdleLockMinutes(m_idleMinutes->value());
    m_settings.setLockOnScreenLock(m_lockOnScreenLock->isChecked());
    m_settings.setCloseToTray(m_closeToTray->isChecked());
    m_settings.setAlwaysShowNextCode(m_showNextCode->isChecked());
    m_settings.setHideCodes(m_hideCodes->isChecked());
    m_settings.setLanguage(m_language->currentData().toString());
    m_settings.setCodesForCommandLine(static_cast<Settings::CliCodes>(m_cliCodes->currentData().toInt()));
    m_clockAndSearch->save();
    m_settings.setNearStepEnd(static_cast<Settings::NearStepEnd>(m_nearStepEnd->currentData().toInt()));
    if (m_startWithSession->isChecked() != Autostart::isEnabled()) {
        if (const Status written = Autostart::setEnabled(m_startWithSession->isChecked()); !written) {
            QMessageBox::warning(this, windowTitle(), errorText(written.error()));
        }
    }
    const bool remember = m_remember->isChecked();
    QDialog::accept();
    if (m_remember->isEnabled() && remember != m_remembered) {
        Q_EMIT rememberOnThisComputerChanged(remember);
    }
}

} // namespace twostep::ui
