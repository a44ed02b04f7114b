// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/SecretBytes.h"
#include "formats/ImportPlan.h"
#include "otp/Account.h"

#include <QByteArray>
#include <QDialog>
#include <QList>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QWidget;

namespace twostep::formats {
class Importer;
}

namespace twostep::ui {

// Imports another authenticator's export file (chosen, or dropped on the window): shows the
// detected format, asks for the file's password when it is encrypted, then previews the accounts
// as a checklist from formats::planImport. Accounts already in the vault (or repeated in the
// file) are flagged and unchecked; entries that cannot be imported and notes on those that can
// are listed apart. Nothing touches the vault: the
// caller adds accounts() after the dialog was accepted.
class ImportDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit ImportDialog(QList<otp::Account> existing, QWidget* parent = nullptr);
    ~ImportDialog() override;

    // The checked accounts once the user confirmed; empty before that and after Cancel.
    QList<otp::Account> accounts() const;
    // The accounts checked right now.
    QList<otp::Account> checkedAccounts() const;
    const formats::ImportPlan& plan() const { return m_plan; }

    void chooseFile();
    // Reads and detects the file; a plain file is previewed at once, an encrypted one asks for
    // its password. fileLoaded() follows either way (false on an error, shown in the dialog).
    void openFile(const QString& path);
    // Tries the typed password; on WrongPassword the field keeps its focus and says so.
    void unlockFile();

Q_SIGNALS:
    void fileLoaded(bool ok);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void reset();
    void readFile(const SecretBytes* password);
    void showPlan();
    void showError(const QString& text);
    void updateImportButton();

    QList<otp::Account> m_existing;
    QByteArray m_data; // the file's bytes until they are imported, then wiped
    const formats::Importer* m_importer = nullptr;
    formats::ImportPlan m_plan;

    QLabel* m_fileLabel = nullptr;
    QLabel* m_formatLabel = nullptr;
    QWidget* m_passwordRow = nullptr;
    QLineEdit* m_password = nullptr;
    QLabel* m_passwordError = nullptr;
    QLabel* m_error = nullptr;
    QLabel* m_summary = nullptr;
    QListWidget* m_list = nullptr;
    QLabel* m_warnings = nullptr; // entries not imported
    QLabel* m_notes = nullptr;    // remarks on accounts that are imported
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace twostep::ui
