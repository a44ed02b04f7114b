// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "formats/Intake.h"
#include "migration/TransferBatches.h"
#include "otp/Account.h"
#include "qr/QrScanner.h"

#include <QDialog>
#include <QImage>
#include <QList>

class QDialogButtonBox;
class QLabel;
class QListWidget;
class QPushButton;
class QTabWidget;

namespace twostep::ui {

class CameraPreview;
class ManualEntryWidget;
class ScreenCapture;

// Adds accounts from a screenshot file (file dialog or dropped image files), the clipboard (an
// image, or otpauth / otpauth-migration text), the screen (all monitors), or the typed secret key.
// Everything found goes through formats::planIntake and lands in a checklist; a transfer QR
// contributes all its accounts; an account whose secret and type are already in the vault (or
// earlier in the list) is flagged with the intake's reason and cannot be checked. Batches of a transfer export that
// were not scanned yet are named in the status line. A secret key pasted or dropped (AWS's "Show secret key")
// opens the manual page with it filled in; Ctrl+V pastes; a disabled "Add" says why. Images are only ever held in
// memory. The caller adds accounts() to the vault.
class AddAccountDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit AddAccountDialog(QList<otp::Account> existing, QWidget* parent = nullptr);
    ~AddAccountDialog() override;

    // The checked accounts of the scan page, or the typed account on the manual page.
    QList<otp::Account> accounts() const;

    // Each source scans and fills the checklist; scanFinished() follows (also on failure).
    void addImage(const QImage& image);
    // otpauth links (one a line) go to the list; a secret key alone goes to the manual page.
    void addText(const QString& text);
    void addImageFile(const QString& path);
    void pasteFromClipboard();
    void scanScreen();
    void chooseImageFile();
    // Codes the camera saw for the first time: listed as a screenshot's are.
    void addCameraCodes(const QList<qr::ScannedCode>& codes);

Q_SIGNALS:
    void scanFinished(int accountsFound);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    // Back from a screen scan: the owner window, then this dialog on top with the focus.
    void comeBack();
    void addScannedCodes(const QList<qr::ScannedCode>& codes, const QString& emptyMessage);
    // Plans `texts` against the vault and the accounts found before; returns the lines for the status.
    QStringList takeIn(const QStringList& texts, bool lines, int& found);
    void finishScan(int found, const QString& message);
    void updateAcceptButton();
    // Why "Add" is disabled, or empty when it is not.
    QString addDisabledReason() const;
    // No QR code where one was expected: what to do on the AWS page, and the secret key path.
    QString noQrText(const QString& where) const;

    QList<otp::Account> m_existing;
    QList<formats::PlannedAccount> m_planned; // every account found, in list order
    migration::TransferBatches m_batches;     // every transfer QR of this dialog, to name missing batches
    QTabWidget* m_tabs = nullptr;
    QListWidget* m_list = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_useSecretKey = nullptr;
    QLabel* m_addReason = nullptr;
    ManualEntryWidget* m_manual = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    ScreenCapture* m_screenCapture = nullptr;
    CameraPreview* m_camera = nullptr;
};

} // namespace twostep::ui
