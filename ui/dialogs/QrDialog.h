// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "otp/Account.h"

#include <QDialog>
#include <QImage>
#include <QStringList>
#include <QTimer>

class QLabel;
class QPushButton;

namespace twostep::ui {

// Shows QR codes that carry secrets: one account's otpauth URI, or the pages of a Google
// Authenticator transfer. Large enough to scan from the screen, with a warning that whoever sees
// it gets the account, and it closes by itself after a minute. Each page saves as PNG or SVG.
class QrDialog final : public QDialog
{
    Q_OBJECT
public:
    static constexpr int kAutoCloseSeconds = 60;

    // `payloads`: one QR text per page. `notes`: shown under the warning (e.g. accounts left out).
    QrDialog(QStringList payloads, const QString& title, const QStringList& notes = {}, QWidget* parent = nullptr);
    ~QrDialog() override;

    static QrDialog* forAccount(const otp::Account& account, QWidget* parent = nullptr);
    // Transfer QRs for `accounts`, paged by batch; nullptr-free: with nothing exportable the
    // dialog shows why instead of a code.
    static QrDialog* forTransfer(const QList<otp::Account>& accounts, QWidget* parent = nullptr);

    int pageCount() const { return static_cast<int>(m_payloads.size()); }
    int currentPage() const { return m_page; }
    void showPage(int page);
    QImage currentImage() const { return m_image; }
    QString currentPayload() const;

    // Writes the current page's QR to `path` (.png or .svg, mode 0600); never replaces a file.
    Status saveCurrent(const QString& path) const;
    void setAutoCloseSeconds(int seconds);
    int secondsLeft() const { return m_secondsLeft; }

private:
    void chooseSaveFile();
    void tick();
    void updateCountdown();

    QStringList m_payloads;
    int m_page = 0;
    QString m_fileName = QStringLiteral("qr-code.png"); // what "Save" proposes
    QImage m_image;
    int m_secondsLeft = kAutoCloseSeconds;
    QTimer m_countdown;
    QLabel* m_qrLabel = nullptr;
    QLabel* m_pageLabel = nullptr;
    QLabel* m_countdownLabel = nullptr;
    QLabel* m_errorLabel = nullptr;
    QPushButton* m_previous = nullptr;
    QPushButton* m_next = nullptr;
    QPushButton* m_save = nullptr;
};

} // namespace twostep::ui
