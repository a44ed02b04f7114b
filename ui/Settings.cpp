// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/Settings.h"

#include <QSettings>

namespace twostep::ui {

namespace {
const QString kClipboardSeconds = QStringLiteral("clipboard/clearAfterSeconds");
const QString kIdleLockMinutes = QStringLiteral("security/idleLockMinutes");
const QString kLockOnScreenLock = QStringLiteral("security/lockOnScreenLock");
const QString kShortcutAccount = QStringLiteral("desktop/shortcutAccount");
const QString kCodesForCommandLine = QStringLiteral("security/codesForCommandLine");
const QString kLanguage = QStringLiteral("ui/language");
const QString kCloseToTray = QStringLiteral("ui/closeToTray");
const QString kShowNextCode = QStringLiteral("ui/alwaysShowNextCode");
const QString kSearchKeyword = QStringLiteral("desktop/searchKeyword");
const QString kMeasureClock = QStringLiteral("clock/measure");
const QString kNtpServer = QStringLiteral("clock/ntpServer");
// A keyword or a host name; a longer value is not one.
constexpr int kMaxWordLength = 253;
const QString kNearStepEnd = QStringLiteral("ui/nearStepEnd");
const QString kWindowGeometry = QStringLiteral("ui/windowGeometry");
const QString kHideCodes = QStringLiteral("ui/hideCodes");
const QString kListSortOrder = QStringLiteral("ui/listSortOrder");
} // namespace

Settings::Settings(QObject* parent) : QObject(parent), m_store(std::make_unique<QSettings>()) {}

Settings::Settings(const QString& iniPath, QObject* parent)
    : QObject(parent), m_store(std::make_unique<QSettings>(iniPath, QSettings::IniFormat))
{}

Settings::~Settings() = default;

void Settings::write(const QString& key, const QVariant& value)
{
    if (m_store->value(key) == value) {
        return;
    }
    m_store->setValue(key, value);
    m_store->sync();
    Q_EMIT changed();
}

int Settings::clipboardClearSeconds() const
{
    return qBound(0, m_store->value(kClipboardSeconds, 30).toInt(), 3600);
}

void Settings::setClipboardClearSeconds(int seconds)
{
    write(kClipboardSeconds, qBound(0, seconds, 3600));
}

int Settings::idleLockMinutes() const
{
    return qBound(0, m_store->value(kIdleLockMinutes, 5).toInt(), 1440);
}

void Settings::setIdleLockMinutes(int minutes)
{
    write(kIdleLockMinutes, qBound(0, minutes, 1440));
}

QString Settings::language() const
{
    const QString value = m_store->value(kLanguage).toString();
    return value == QLatin1String("en") || value == QLatin1String("ko") ? value : QString();
}

void Settings::setLanguage(const QString& language)
{
    write(kLanguage, language);
}

bool Settings::closeToTray() const
{
    return m_store->value(kCloseToTray, false).toBool();
}

void Settings::setCloseToTray(bool enabled)
{
    write(kCloseToTray, enabled);
}

bool Settings::alwaysShowNextCode() const
{
    return m_store->value(kShowNextCode, false).toBool();
}

void Settings::setAlwaysShowNextCode(bool enabled)
{
    write(kShowNextCode, enabled);
}

bool Settings::hideCodes() const
{
    return m_store->value(kHideCodes, false).toBool();
}

void Settings::setHideCodes(bool enabled)
{
    write(kHideCodes, enabled);
}

QString Settings::listSortOrder() const
{
    return m_store->value(kListSortOrder, QStringLiteral("byHand")).toString();
}

void Settings::setListSortOrder(const QString& order)
{
    write(kListSortOrder, order);
}

bool Settings::lockOnScreenLock() const
{
    return m_store->value(kLockOnScreenLock, true).toBool();
}

void Settings::setLockOnScreenLock(bool enabled)
{
    write(kLockOnScreenLock, enabled);
}

Settings::CliCodes Settings::codesForCommandLine() const
{
    const QString value = m_store->value(kCodesForCommandLine).toString();
    if (value == QLatin1String("unlocked")) {
        return CliCodes::AllowWhileUnlocked;
    }
    return value == QLatin1String("never") ? CliCodes::Never : CliCodes::Ask;
}

void Settings::setCodesForCommandLine(CliCodes policy)
{
    write(kCodesForCommandLine, policy == CliCodes::AllowWhileUnlocked ? QStringLiteral("unlocked")
                                : policy == CliCodes::Never            ? QStringLiteral("never")
                                                                       : QStringLiteral("ask"));
}

QString Settings::searchKeyword() const
{
    return m_store->value(kSearchKeyword).toString().trimmed().left(kMaxWordLength);
}

void Settings::setSearchKeyword(const QString& keyword)
{
    write(kSearchKeyword, keyword.trimmed());
}

bool Settings::measureClock() const
{
    return m_store->value(kMeasureClock, false).toBool();
}

void Settings::setMeasureClock(bool enabled)
{
    write(kMeasureClock, enabled);
}

QString Settings::ntpServer() const
{
    return m_store->value(kNtpServer).toString().trimmed().left(kMaxWordLength);
}

void Settings::setNtpServer(const QString& server)
{
    write(kNtpServer, server.trimmed());
}

QString Settings::shortcutAccountId() const
{
    return m_store->value(kShortcutAccount).toString();
}

void Settings::setShortcutAccountId(const QString& id)
{
    write(kShortcutAccount, id);
}

Settings::NearStepEnd Settings::nearStepEnd() const
{
    return m_store->value(kNearStepEnd).toString() == QLatin1String("warn") ? NearStepEnd::Warn : NearStepEnd::CopyNext;
}

void Settings::setNearStepEnd(NearStepEnd choice)
{
    write(kNearStepEnd, choice == NearStepEnd::Warn ? QStringLiteral("warn") : QStringLiteral("copyNext"));
}

QByteArray Settings::windowGeometry() const
{
    return m_store->value(kWindowGeometry).toByteArray();
}

void Settings::setWindowGeometry(const QByteArray& geometry)
{
    // Not through write(): nothing follows the geometry, so it emits no changed() on every close.
    m_store->setValue(kWindowGeometry, geometry);
    m_store->sync();
}

} // namespace twostep::ui
