// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/QrDialog.h"

#include "migration/Migration.h"
#include "otp/OtpauthUri.h"
#include "qr/QrEncoder.h"
#include "ui/ErrorText.h"
#include "ui/dialogs/DialogSpacing.h"
#include "ui/dialogs/FileDialogFolders.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPixmap>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace twostep::ui {

namespace {

// About 420 px across: phones read it from a laptop screen at arm's length.
constexpr int kTargetPixels = 420;

Result<QImage> renderQr(const QString& text)
{
    const Result<QImage> probe = qr::encodeQr(text, 1);
    if (!probe) {
        return probe.error();
    }
    const int moduleSize = std::clamp(kTargetPixels / std::max(1, probe->width()), 3, 16);
    return qr::encodeQr(text, moduleSize);
}

} // namespace

QrDialog::QrDialog(QStringList payloads, const QString& title, const QStringList& notes, QWidget* parent)
    : QDialog(parent), m_payloads(std::move(payloads))
{
    setObjectName(QStringLiteral("qrDialog"));
    setWindowTitle(title);
    auto* layout = new QVBoxLayout(this);
    applyDialogSpacing(layout);

    auto* warning = new QLabel(tr("This QR code contains the secret key. Anyone who scans or photographs it can "
                                  "generate your codes. Do not share it or leave it on the screen."),
                               this);
    warning->setObjectName(QStringLiteral("secretWarningLabel"));
    warning->setWordWrap(true);
    warning->setStyleSheet(QStringLiteral("QLabel { font-weight: bold; }"));
    layout->addWidget(warning);
    if (!notes.isEmpty()) {
        auto* notesLabel = new QLabel(notes.join(QLatin1Char('\n')), this);
        notesLabel->setObjectName(QStringLiteral("notesLabel"));
        notesLabel->setWordWrap(true);
        layout->addWidget(notesLabel);
    }

    m_qrLabel = new QLabel(this);
    m_qrLabel->setObjectName(QStringLiteral("qrImageLabel"));
    m_qrLabel->setAlignment(Qt::AlignCenter);
    // The code is black on white whatever the palette, or dark themes would invert the contrast.
    m_qrLabel->setStyleSheet(QStringLiteral("QLabel { background: white; }"));
    layout->addWidget(m_qrLabel, 1);
    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->hide();
    layout->addWidget(m_errorLabel);

    auto* pager = new QHBoxLayout;
    m_previous = new QPushButton(tr("&Previous"), this);
    m_previous->setObjectName(QStringLiteral("previousPageButton"));
    m_pageLabel = new QLabel(this);
    m_pageLabel->setObjectName(QStringLiteral("pageLabel"));
    m_pageLabel->setAlignment(Qt::AlignCenter);
    m_next = new QPushButton(tr("&Next"), this);
    m_next->setObjectName(QStringLiteral("nextPageButton"));
    pager->addWidget(m_previous);
    pager->addWidget(m_pageLabel, 1);
    pager->addWidget(m_next);
    layout->addLayout(pager);
    const bool paged = m_payloads.size() > 1;
    m_previous->setVisible(paged);
    m_next->setVisible(paged);
    m_pageLabel->setVisible(paged);

    m_countdownLabel = new QLabel(this);
    m_countdownLabel->setObjectName(QStringLiteral("countdownLabel"));
    layout->addWidget(m_countdownLabel);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_save = buttons->addButton(tr("&Save as…"), QDialogButtonBox::ActionRole);
    m_save->setObjectName(QStringLiteral("saveButton"));
    layout->addWidget(buttons);

    connect(m_previous, &QPushButton::clicked, this, [this] { showPage(m_page - 1); });
    connect(m_next, &QPushButton::clicked, this, [this] { showPage(m_page + 1); });
    connect(m_save, &QPushButton::clicked, this, &QrDialog::chooseSaveFile);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_countdown.setInterval(1000);
    connect(&m_countdown, &QTimer::timeout, this, &QrDialog::tick);
    m_countdown.start();

    showPage(0);
    updateCountdown();
}

QrDialog::~QrDialog()
{
    m_image = QImage();
}

QrDialog* QrDialog::forAccount(const otp::Account& account, QWidget* parent)
{
    auto* dialog = new QrDialog({otp::formatOtpauthUri(account)}, tr("QR code for %1").arg(account.label()),
                                {account.label()}, parent);
    dialog->m_fileName = FileDialogFolders::fileNameFor(account.issuer, account.name, QStringLiteral("png"));
    return dialog;
}

QrDialog* QrDialog::forTransfer(const QList<otp::Account>& accounts, QWidget* parent)
{
    const migration::MigrationExport exported = migration::buildMigrationUris(accounts);
    QStringList notes = exported.warnings;
    if (exported.uris.size() > 1) {
        notes.prepend(tr("Scan all %n QR codes, one after the other, with Google Authenticator's \"Import accounts\".",
                         nullptr, static_cast<int>(exported.uris.size())));
    }
    return new QrDialog(exported.uris, tr("Transfer accounts"), notes, parent);
}

QString QrDialog::currentPayload() const
{
    return m_payloads.value(m_page);
}

void QrDialog::showPage(int page)
{
    m_save->setEnabled(false);
    if (m_payloads.isEmpty()) {
        m_errorLabel->setText(tr("There is nothing to show: none of these accounts can be exported this way."));
        m_errorLabel->show();
        return;
    }
    m_page = std::clamp(page, 0, pageCount() - 1);
    const Result<QImage> image = renderQr(m_payloads.at(m_page));
    if (!image) {
        m_image = QImage();
        m_qrLabel->clear();
        m_errorLabel->setText(errorText(image.error()));
        m_errorLabel->show();
    } else {
        m_image = *image;
        m_qrLabel->setPixmap(QPixmap::fromImage(m_image));
        m_errorLabel->hide();
        m_save->setEnabled(true);
    }
    m_pageLabel->setText(tr("QR code %1 of %2").arg(m_page + 1).arg(pageCount()));
    m_previous->setEnabled(m_page > 0);
    m_next->setEnabled(m_page + 1 < pageCount());
}

Status QrDialog::saveCurrent(const QString& path) const
{
    return qr::saveQr(currentPayload(), path);
}

void QrDialog::chooseSaveFile()
{
    QString selected;
    // saveQr never replaces a file (the QR is the secret), so the dialog must not offer to.
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save QR code"), FileDialogFolders::suggestedPath(FileDialogFolders::Kind::Images, m_fileName),
        tr("PNG image (*.png);;SVG image (*.svg)"), &selected, QFileDialog::DontConfirmOverwrite);
    FileDialogFolders::remember(FileDialogFolders::Kind::Images, path);
    if (path.isEmpty()) {
        return;
    }
    QString target = path;
    if (!target.endsWith(QStringLiteral(".png"), Qt::CaseInsensitive) &&
        !target.endsWith(QStringLiteral(".svg"), Qt::CaseInsensitive)) {
        target += selected.contains(QStringLiteral("svg")) ? QStringLiteral(".svg") : QStringLiteral(".png");
    }
    const Status saved = saveCurrent(target);
    if (!saved) {
        QMessageBox::warning(this, tr("Save QR code"), errorText(saved.error()));
    }
}

void QrDialog::setAutoCloseSeconds(int seconds)
{
    m_secondsLeft = seconds;
    updateCountdown();
}

void QrDialog::tick()
{
    --m_secondsLeft;
    updateCountdown();
    if (m_secondsLeft <= 0) {
        m_countdown.stop();
        reject();
    }
}

void QrDialog::updateCountdown()
{
    m_countdownLabel->setText(tr("This window closes by itself in %n second(s).", nullptr, std::max(0, m_secondsLeft)));
}

} // namespace twostep::ui
