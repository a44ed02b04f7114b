// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

#include <memory>

class QSettings;

namespace twostep::ui {

// The user's preferences, persisted in QSettings. Passed to the windows that read them; emits
// changed() so they can follow a new value at once.
class Settings final : public QObject
{
    Q_OBJECT
public:
    // The application's QSettings (organisation/application names) ...
    explicit Settings(QObject* parent = nullptr);
    // ... or an INI file, for tests and the screenshot script.
    explicit Settings(const QString& iniPath, QObject* parent = nullptr);
    ~Settings() override;

    // "Codes for the command line" (CodeServer): how the window answers `twostep-cli code`.
    enum class CliCodes { Ask, AllowWhileUnlocked, Never };

    int clipboardClearSeconds() const; // default 30; 0 = never
    void setClipboardClearSeconds(int seconds);
    int idleLockMinutes() const; // default 5; 0 = never
    void setIdleLockMinutes(int minutes);
    QString language() const; // "" follows the system locale, else "en" or "ko"
    void setLanguage(const QString& language);
    bool closeToTray() const;
    void setCloseToTray(bool enabled);
    bool alwaysShowNextCode() const; // otherwise the next code shows on hover
    void setAlwaysShowNextCode(bool enabled);
    bool lockOnScreenLock() const;
    void setLockOnScreenLock(bool enabled);
    bool hideCodes() const; // codes show as dots until their row is selected (screen sharing)
    void setHideCodes(bool enabled);
    QString listSortOrder() const; // AccountSortProxy::sortOrderName; default "byHand"
    void setListSortOrder(const QString& order);
    CliCodes codesForCommandLine() const; // default Ask
    void setCodesForCommandLine(CliCodes policy);
    // Desktop search (DesktopSearch): "" lists accounts for any query, else only after this word.
    QString searchKeyword() const;
    void setSearchKeyword(const QString& keyword);
    // The clock check against an NTP server the user names (ClockBar); off by default.
    bool measureClock() const;
    void setMeasureClock(bool enabled);
    QString ntpServer() const;
    void setNtpServer(const QString& server);
    QString shortcutAccountId() const; // the account the global shortcut copies; "" for none
    void setShortcutAccountId(const QString& id);
    // Enter (or a click) with under StepEndChoice::kNearEndSeconds left: copy the next step's code or warn.
    enum class NearStepEnd { CopyNext, Warn };
    NearStepEnd nearStepEnd() const; // default CopyNext
    void setNearStepEnd(NearStepEnd choice);
    // The main window's QWidget::saveGeometry(); written on close without emitting changed().
    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray& geometry);

Q_SIGNALS:
    void changed();

private:
    void write(const QString& key, const QVariant& value);

    std::unique_ptr<QSettings> m_store;
};

} // namespace twostep::ui
