// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/AddAccountDialog.h"

#include "ui/BusyCursor.h"
#if TWOSTEP_CAMERA
#include "ui/dialogs/CameraPreview.h"
#endif
#include "ui/ErrorText.h"
#include "ui/dialogs/DialogSpacing.h"
#include "ui/dialogs/FileDialogFolders.h"
#include "ui/dialogs/IntakeText.h"
#include "ui/dialogs/ManualEntryWidget.h"
#include "ui/dialogs/ScreenCapture.h"
#include "ui/dialogs/ScreenCaptureWait.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QImageReader>
#include <QLabel>
#include <QListWidget>
#include <QMimeData>
#include <QPushButton>
#include <QShortcut>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace twostep::ui {

namespace {

constexpr int kScanPage = 0;
constexpr int kManualPage = 1;
// Time for the compositor to take our windows off the screen before it is grabbed.
constexpr int kHideBeforeGrabMs = 350;

QPushButton* makeButton(const QString& text, const QString& objectName, QWidget* parent)
{
    auto* button = new QPushButton(text, parent);
    button->setObjectName(objectName);
    button->setAutoDefault(false);
    return button;
}

} // namespace

AddAccountDialog::AddAccountDialog(QList<otp::Account> existing, QWidget* parent)
    : QDialog(parent), m_existing(std::move(existing)), m_screenCapture(new ScreenCapture(this))
{
    setObjectName(QStringLiteral("addAccountDialog"));
    setWindowTitle(tr("Add account"));
    setAcceptDrops(true);
    auto* layout = new QVBoxLayout(this);
    applyDialogSpacing(layout);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("sourceTabs"));

    auto* scanPage = new QWidget(m_tabs);
    auto* scanLayout = new QVBoxLayout(scanPage);
    auto* intro = new QLabel(tr("Take a screenshot of the page that shows the QR code, then open it here, paste it, "
                                "or drop the file on this window. You can also scan the screen directly."),
                             scanPage);
    intro->setWordWrap(true);
    scanLayout->addWidget(intro);
    auto* sourceButtons = new QHBoxLayout;
    auto* openButton = makeButton(tr("&Open screenshot…"), QStringLiteral("openFileButton"), scanPage);
    auto* pasteButton = makeButton(tr("&Paste"), QStringLiteral("pasteButton"), scanPage);
    auto* screenButton = makeButton(tr("&Scan screen"), QStringLiteral("scanScreenButton"), scanPage);
    sourceButtons->addWidget(openButton);
    sourceButtons->addWidget(pasteButton);
    sourceButtons->addWidget(screenButton);
    auto* cameraButton = makeButton(tr("Scan with &camera"), QStringLiteral("scanCameraButton"), scanPage);
    cameraButton->setCheckable(true);
#if TWOSTEP_CAMERA
    const bool camera = CameraPreview::cameraAvailable();
#else
    const bool camera = false;
#endif
    if (!camera) {
        cameraButton->setEnabled(false);
        cameraButton->setText(tr("No camera found"));
        cameraButton->setToolTip(tr("Connect a camera to scan a QR code shown on a phone."));
    }
    sourceButtons->addWidget(cameraButton);
    scanLayout->addLayout(sourceButtons);
#if TWOSTEP_CAMERA
    m_camera = new CameraPreview(scanPage);
    m_camera->hide();
    scanLayout->addWidget(m_camera);
#endif
    m_status = new QLabel(scanPage);
    m_status->setObjectName(QStringLiteral("scanStatusLabel"));
    reserveLines(m_status, 3); // "not found", what AWS shows and the secret-key path
    scanLayout->addWidget(m_status);
    m_useSecretKey = makeButton(tr("&Enter the secret key instead"), QStringLiteral("useSecretKeyButton"), scanPage);
    m_useSecretKey->hide();
    reserveSpaceWhenHidden(m_useSecretKey);
    scanLayout->addWidget(m_useSecretKey, 0, Qt::AlignLeft);
    m_list = new QListWidget(scanPage);
    m_list->setObjectName(QStringLiteral("candidateList"));
    // A long label with its note wraps inside the list instead of running past its edge.
    m_list->setWordWrap(true);
    m_list->setTextElideMode(Qt::ElideNone);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setResizeMode(QListView::Adjust);
    m_list->setAccessibleName(tr("Accounts found"));
    m_list->setAccessibleDescription(tr("The accounts found in the scanned QR codes; checked ones are added."));
    scanLayout->addWidget(m_list);
    m_tabs->insertTab(kScanPage, scanPage, tr("Scan a QR code"));

    m_manual = new ManualEntryWidget(m_tabs);
    m_tabs->insertTab(kManualPage, m_manual, tr("Enter the secret key"));
    layout->addWidget(m_tabs);

    // Always there, two lines high: a reason appearing or changing never resizes the dialog.
    m_addReason = new QLabel(this);
    m_addReason->setObjectName(QStringLiteral("addDisabledReasonLabel"));
    reserveLines(m_addReason, 2);
    layout->addWidget(m_addReason);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Add"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("addButton"));
    layout->addWidget(m_buttons);

    connect(openButton, &QPushButton::clicked, this, &AddAccountDialog::chooseImageFile);
    connect(pasteButton, &QPushButton::clicked, this, &AddAccountDialog::pasteFromClipboard);
    connect(screenButton, &QPushButton::clicked, this, &AddAccountDialog::scanScreen);
    connect(m_useSecretKey, &QPushButton::clicked, this, [this] {
        m_tabs->setCurrentIndex(kManualPage);
        m_manual->setFocus();
    });
    // The intro says "paste it": Ctrl+V does, unless a text field takes the paste itself.
    connect(new QShortcut(QKeySequence::Paste, this), &QShortcut::activated, this,
            &AddAccountDialog::pasteFromClipboard);
#if TWOSTEP_CAMERA
    connect(cameraButton, &QPushButton::toggled, this, [this](bool on) {
        m_camera->setVisible(on);
        on ? m_camera->start() : m_camera->stop();
    });
    connect(m_camera, &CameraPreview::codesFound, this, &AddAccountDialog::addCameraCodes);
    connect(m_camera, &CameraPreview::failed, this, [this](const QString& reason) { finishScan(0, reason); });
#endif
    connect(m_list, &QListWidget::itemChanged, this, &AddAccountDialog::updateAcceptButton);
    connect(m_tabs, &QTabWidget::currentChanged, this, &AddAccountDialog::updateAcceptButton);
    connect(m_manual, &ManualEntryWidget::completeChanged, this, &AddAccountDialog::updateAcceptButton);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    new ScreenCaptureWait(m_screenCapture);
    connect(m_screenCapture, &ScreenCapture::captured, this, [this](const QList<QImage>& images) {
        comeBack();
        const BusyCursor busy;
        QList<qr::ScannedCode> codes;
        for (const QImage& image : images) {
            codes.append(qr::scanImage(image));
        }
        addScannedCodes(codes, noQrText(tr("No QR code was found on the screen. Make sure the QR code is fully "
                                           "visible.")));
    });
    connect(m_screenCapture, &ScreenCapture::failed, this, [this](const QString& reason) {
        comeBack();
        finishScan(0, reason);
    });
    updateAcceptButton();
    new WrappedLinesKeeper(this);
    // Room for the taller page (the manual one with its advanced fields), so switching pages never squeezes it.
    resize(std::max(520, sizeHint().width()), std::max(460, sizeHint().height()));
}

AddAccountDialog::~AddAccountDialog() = default;

QList<otp::Account> AddAccountDialog::accounts() const
{
    if (m_tabs->currentIndex() == kManualPage) {
        Result<otp::Account> typed = m_manual->account();
        return typed ? QList<otp::Account>{std::move(typed).value()} : QList<otp::Account>{};
    }
    QList<otp::Account> chosen;
    for (int row = 0; row < m_list->count(); ++row) {
        const QListWidgetItem* item = m_list->item(row);
        const int index = item->data(Qt::UserRole).toInt();
        const formats::PlannedAccount& planned = m_planned.at(index);
        if (item->checkState() == Qt::Checked && planned.status == formats::PlannedAccount::Status::New) {
            chosen.append(planned.account);
        }
    }
    return chosen;
}

void AddAccountDialog::addImage(const QImage& image)
{
    const BusyCursor busy;
    addScannedCodes(qr::scanImage(image), noQrText(tr("No QR code was found in the image.")));
}

void AddAccountDialog::addImageFile(const QString& path)
{
    const BusyCursor busy;
    const Result<QList<qr::ScannedCode>> codes = qr::scanImageFile(path);
    if (!codes) {
        finishScan(0, errorText(codes.error()));
        return;
    }
    addScannedCodes(*codes, noQrText(tr("No QR code was found in %1.").arg(path)));
}

void AddAccountDialog::addText(const QString& text)
{
    m_useSecretKey->hide();
    if (!formats::isOtpUriText(text) && formats::isSecretKeyText(text)) {
        m_tabs->setCurrentIndex(kManualPage);
        m_manual->setSecretKey(text);
        updateAcceptButton();
        Q_EMIT scanFinished(0);
        return;
    }
    // A pasted list may hold several URIs, one per line.
    QStringList lines = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    lines.removeIf([](const QString& line) { return line.trimmed().isEmpty(); });
    int found = 0;
    QStringList problems = takeIn(lines, true, found);
    if (lines.isEmpty()) {
        problems.append(tr("The clipboard holds neither an image, an otpauth link nor a secret key."));
    }
    finishScan(found, problems.join(QLatin1Char('\n')));
}

void AddAccountDialog::pasteFromClipboard()
{
    m_tabs->setCurrentIndex(kScanPage);
    const QMimeData* mime = QGuiApplication::clipboard()->mimeData();
    if (mime != nullptr && mime->hasImage()) {
        addImage(qvariant_cast<QImage>(mime->imageData()));
    } else if (mime != nullptr && mime->hasUrls() && mime->urls().constFirst().isLocalFile()) {
        for (const QUrl& url : mime->urls()) {
            addImageFile(url.toLocalFile());
        }
    } else {
        addText(mime != nullptr ? mime->text() : QString());
    }
}

void AddAccountDialog::scanScreen()
{
    m_tabs->setCurrentIndex(kScanPage);
    // Our own windows must not cover the QR code that is being scanned.
    hide();
    if (QWidget* owner = parentWidget()) {
        owner->window()->hide();
    }
    QTimer::singleShot(kHideBeforeGrabMs, m_screenCapture, &ScreenCapture::capture);
}

void AddAccountDialog::comeBack()
{
    // The parent first: a dialog shown before it ends up behind it (weston) or detached (sway).
    if (QWidget* owner = parentWidget()) {
        owner->window()->show();
    }
    show();
    raise();
    activateWindow();
}

void AddAccountDialog::chooseImageFile()
{
    m_tabs->setCurrentIndex(kScanPage);
    QStringList filters;
    const QList<QByteArray> formats = QImageReader::supportedImageFormats();
    for (const QByteArray& format : formats) {
        filters.append(QStringLiteral("*.") + QString::fromLatin1(format));
    }
    using Folders = FileDialogFolders;
    const QStringList paths =
        QFileDialog::getOpenFileNames(this, tr("Open screenshot"), Folders::startFolder(Folders::Kind::Images),
                                      tr("Images (%1)").arg(filters.join(QLatin1Char(' '))));
    Folders::remember(Folders::Kind::Images, paths.value(0));
    for (const QString& path : paths) {
        addImageFile(path);
    }
}

void AddAccountDialog::dragEnterEvent(QDragEnterEvent* event)
{
    if (event->mimeData()->hasUrls() || event->mimeData()->hasImage() || event->mimeData()->hasText()) {
        event->acceptProposedAction();
    }
}

void AddAccountDialog::dropEvent(QDropEvent* event)
{
    m_tabs->setCurrentIndex(kScanPage);
    const QMimeData* mime = event->mimeData();
    if (mime->hasImage()) {
        addImage(qvariant_cast<QImage>(mime->imageData()));
    } else if (!mime->hasUrls() || !mime->urls().constFirst().isLocalFile()) {
        addText(mime->text());
    } else {
        for (const QUrl& url : mime->urls()) {
            if (url.isLocalFile()) {
                addImageFile(url.toLocalFile());
            }
        }
    }
    event->acceptProposedAction();
}

void AddAccountDialog::addCameraCodes(const QList<qr::ScannedCode>& codes)
{
    addScannedCodes(codes, QString());
}

void AddAccountDialog::addScannedCodes(const QList<qr::ScannedCode>& codes, const QString& emptyMessage)
{
    QStringList texts;
    for (const qr::ScannedCode& code : codes) {
        texts.append(code.text);
    }
    int found = 0;
    QStringList problems = takeIn(texts, false, found);
    if (codes.isEmpty()) {
        problems.append(emptyMessage);
    }
    m_useSecretKey->setVisible(codes.isEmpty() && !emptyMessage.isEmpty());
    finishScan(found, problems.join(QLatin1Char('\n')));
}

QStringList AddAccountDialog::takeIn(const QStringList& texts, bool lines, int& found)
{
    QList<otp::Account> earlier;
    for (const formats::PlannedAccount& planned : std::as_const(m_planned)) {
        earlier.append(planned.account);
    }
    formats::IntakePlan plan = formats::planIntake(texts, m_existing, earlier, m_batches);
    QStringList problems;
    for (const formats::RejectedText& rejected : std::as_const(plan.rejected)) {
        problems.append(rejectedTextLine(rejected, lines));
    }
    problems.append(plan.accounts.skipped);
    problems.append(plan.accounts.notes);
    const QSignalBlocker blocker(m_list);
    for (formats::PlannedAccount& planned : plan.accounts.items) {
        auto* item = new QListWidgetItem(plannedAccountText(planned), m_list);
        item->setData(Qt::UserRole, static_cast<int>(m_planned.size()));
        if (planned.status == formats::PlannedAccount::Status::New) {
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Checked);
        } else {
            item->setFlags(item->flags() & ~(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled));
            item->setCheckState(Qt::Unchecked);
        }
        m_planned.append(std::move(planned));
    }
    found = static_cast<int>(plan.accounts.items.size());
    return problems;
}

void AddAccountDialog::finishScan(int found, const QString& message)
{
    QString status = found > 0 ? tr("Found %n account(s).", nullptr, found) : QString();
    for (const QString& line : {message, missingBatchesText(m_batches.missing())}) {
        if (!line.isEmpty()) {
            status = status.isEmpty() ? line : status + QLatin1Char('\n') + line;
        }
    }
    m_status->setText(status);
    updateAcceptButton();
    Q_EMIT scanFinished(found);
}

void AddAccountDialog::updateAcceptButton()
{
    const QString reason = addDisabledReason();
    QPushButton* add = m_buttons->button(QDialogButtonBox::Ok);
    add->setEnabled(reason.isEmpty());
    add->setToolTip(reason);
    m_addReason->setText(reason);
}

QString AddAccountDialog::addDisabledReason() const
{
    if (m_tabs->currentIndex() == kManualPage) {
        return m_manual->isComplete()
                   ? QString()
                   : tr("Nothing to add yet: enter the secret key and an issuer or an account name.");
    }
    if (!accounts().isEmpty()) {
        return {};
    }
    if (m_planned.isEmpty()) {
        return tr("Nothing to add yet: open, paste or drop a screenshot of the QR code, or scan the screen.");
    }
    const bool anyNew = std::any_of(m_planned.cbegin(), m_planned.cend(), [](const formats::PlannedAccount& planned) {
        return planned.status == formats::PlannedAccount::Status::New;
    });
    return anyNew ? tr("Nothing to add: no account is checked.")
                  : tr("Nothing to add: every account found is already in the vault or repeats one above.");
}

QString AddAccountDialog::noQrText(const QString& where) const
{
    return where + QLatin1Char('\n') +
           tr("On the AWS page the QR code appears only after you click \"Show QR code\". You can also click \"Show "
              "secret key\" there and enter the key here instead.");
}

} // namespace twostep::ui
