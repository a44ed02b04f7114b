// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/SecretBytes.h"
#include "formats/ImportPlan.h"
#include "otp/Account.h"

#include <QByteArray>
#include <QDialog>
#include <QList>

#include <memory>
#include <optional>

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
// are listed apart, and so are the batches of a transfer export the file lacks. Nothing touches
// the vault: the caller adds accounts() after the dialog was accepted. Reading (decrypting) and
// planning run on a worker thread while the dialog shows that it is busy; closing it meanwhile
// drops the result.
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
    // Reads and detects the file; a plain file is read and planned in the background, an encrypted
    // one asks for its password. fileLoaded() follows either way (false on an error, shown in the
    // dialog), once the preview is shown.
    void openFile(const QString& path);
    // Tries the typed password in the background; on WrongPassword the field keeps its focus and
    // says so.
    void unlockFile();
    // True while a file is being read and planned, and its preview filled.
    bool isBusy() const { return m_job != nullptr || m_filling; }

Q_SIGNALS:
    void fileLoaded(bool ok);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    struct ReadJob;

    void reset();
    void readFile(std::optional<SecretBytes> password);
    void readDone(const std::shared_ptr<ReadJob>& job);
    void setBusy(bool busy);
    void showPlan();
    void addRows(int first, int round);
    void showError(const QString& text);
    void updateImportButton();

    QList<otp::Account> m_existing;
    QByteArray m_data; // the file's bytes until they are imported, then wiped
    const formats::Importer* m_importer = nullptr;
    formats::ImportPlan m_plan;
    std::shared_ptr<ReadJob> m_job; // the read in progress, shared with its worker thread
    bool m_filling = false;         // rows of m_plan are still being added to the preview
    int m_fillRound = 0;            // a new file (reset) makes pending additions stale

    QLabel* m_fileLabel = nullptr;
    QLabel* m_formatLabel = nullptr;
    QWidget* m_passwordRow = nullptr;
    QLineEdit* m_password = nullptr;
    QLabel* m_passwordError = nullptr;
    QWidget* m_busy = nullptr;
    QLabel* m_error = nullptr;
    QLabel* m_summary = nullptr;
    QListWidget* m_list = nullptr;
    QLabel* m_warnings = nullptr;       // entries not imported
    QLabel* m_notes = nullptr;          // remarks on accounts that are imported
    QLabel* m_missingBatches = nullptr; // transfer batches the file lacks
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace twostep::ui
