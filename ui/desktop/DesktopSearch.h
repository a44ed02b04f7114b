// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDBusConnection>
#include <QObject>
#include <QString>
#include <QStringList>

namespace twostep::ui {

class AccountListModel;
class MainWindow;
class Settings;

// Desktop search: GNOME Shell's search provider and KRunner's runner (DesktopSearchAdaptors.h)
// ask this for the accounts whose issuer and name match what the user typed, and activate one to
// copy its code. Results are account ids, names and issuers only: never a code, never a secret.
// While the vault is locked every query has one result, "Unlock Twostep", which shows the window.
class DesktopSearch final : public QObject
{
    Q_OBJECT
public:
    // GNOME Shell shows few results anyway; a short list also bounds the work per keystroke.
    static constexpr int kMaxResults = 20;
    static QString busName();           // io.github.twostep.Twostep.SearchProvider
    static QString gnomeObjectPath();   // org.gnome.Shell.SearchProvider2 lives here
    static QString krunnerObjectPath(); // org.kde.krunner1 lives here
    static QString unlockResultId();

    struct Result
    {
        QString id;
        QString name;        // the issuer, or the account name when there is none
        QString description; // the account name under an issuer
    };

    DesktopSearch(AccountListModel* model, Settings& settings, QObject* parent = nullptr);
    ~DesktopSearch() override;

    // Follows the window's lock state and hands activations to it (copy, show).
    void followWindow(MainWindow& window);
    void setUnlocked(bool unlocked) { m_unlocked = unlocked; }
    // Exports both interfaces and takes the bus name; false when another window holds it. The
    // name is given back on destruction, so D-Bus activation starts Twostep again.
    bool registerOn(QDBusConnection bus);

    // The ids of the matching accounts, at most kMaxResults; [] when the query is not for us.
    QStringList search(const QStringList& terms) const;
    // `previous` narrowed by longer terms (GNOME's GetSubsearchResultSet).
    QStringList narrow(const QStringList& previous, const QStringList& terms) const;
    QList<Result> describe(const QStringList& ids) const;
    void activate(const QString& id);

Q_SIGNALS:
    void copyRequested(const QString& id);
    void showRequested();

private:
    // Drops the configured keyword from the terms; false when the query is not for us.
    bool stripKeyword(QStringList& terms) const;
    bool matches(int row, const QStringList& terms) const;

    AccountListModel* m_model;
    Settings& m_settings;
    bool m_unlocked = false;
    QString m_connectionName; // of the bus we registered on, to give the name back
};

} // namespace twostep::ui
