// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/UnsavedChangesBar.h"

#include "ui/ErrorText.h"

#include <QDir>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStorageInfo>
#include <QStyle>

namespace twostep::ui {

namespace {

// A burst of folder events (a copy, a chmod -R) becomes one retry.
constexpr std::chrono::milliseconds kFolderSettle{300};

// What a failed save leaves exactly as it was (its lock file comes and goes): when this differs,
// someone freed space, changed permissions or replaced files, and a retry may succeed.
QString folderState(const QString& folder)
{
    const QStorageInfo storage(folder);
    return QString::number(QFileInfo(folder).permissions().toInt()) + QLatin1Char('|') +
           QString::number(storage.bytesAvailable()) + QLatin1Char('|') + QString::number(storage.isReadOnly()) +
           QLatin1Char('|') +
           QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).join(QLatin1Char('/'));
}

} // namespace

void styleAsWarningBar(QFrame* bar, QLabel* icon)
{
    bar->setFrameShape(QFrame::StyledPanel);
    bar->setAutoFillBackground(true);
    // Amber on the window colour, so it reads as a warning in light and dark palettes alike.
    QPalette warning = bar->palette();
    const QColor window = warning.color(QPalette::Window);
    const QColor amber(0xf6, 0x74, 0x00);
    const auto mix = [&](float amount) {
        const auto channel = [amount](float from, float to) { return from * (1 - amount) + to * amount; };
        return QColor::fromRgbF(channel(window.redF(), amber.redF()), channel(window.greenF(), amber.greenF()),
                                channel(window.blueF(), amber.blueF()));
    };
    warning.setColor(QPalette::Window, mix(0.18F));
    warning.setColor(QPalette::Light, mix(0.7F));
    warning.setColor(QPalette::Dark, mix(0.7F));
    warning.setColor(QPalette::Mid, mix(0.7F));
    bar->setPalette(warning);

    const int iconSize = bar->style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, bar);
    icon->setPixmap(bar->style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, bar).pixmap(iconSize, iconSize));
}

UnsavedChangesBar::UnsavedChangesBar(QWidget* parent)
    : QFrame(parent), m_icon(new QLabel(this)), m_text(new QLabel(this)),
      m_retry(new QPushButton(tr("Try again"), this)), m_watcher(new QFileSystemWatcher(this))
{
    setObjectName(QStringLiteral("unsavedChangesBar"));
    styleAsWarningBar(this, m_icon);
    m_icon->setAlignment(Qt::AlignTop);
    m_text->setObjectName(QStringLiteral("unsavedChangesLabel"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_retry->setObjectName(QStringLiteral("retrySaveButton"));

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_retry, 0, Qt::AlignVCenter);

    m_timer.setInterval(kRetryInterval);
    m_folderSettle.setSingleShot(true);
    m_folderSettle.setInterval(kFolderSettle);
    connect(m_retry, &QPushButton::clicked, this, [this] { Q_EMIT retryRequested(true); });
    connect(&m_timer, &QTimer::timeout, this, [this] { Q_EMIT retryRequested(false); });
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, &UnsavedChangesBar::onFolderChanged);
    connect(&m_folderSettle, &QTimer::timeout, this, [this] {
        if (m_active && folderState(m_folder) != m_folderState) {
            Q_EMIT retryRequested(false);
        }
    });
    hide();
}

void UnsavedChangesBar::showFailure(int count, const Error& error, const QString& folder)
{
    const QString reason = error.detail.isEmpty() ? errorTitle(error.code) : errorDetail(error);
    m_text->setText(
        tr("%n change(s) not saved yet: %1. Twostep keeps them in memory and will try again.", nullptr, count)
            .arg(reason));
    m_text->setToolTip(errorText(error));
    if (!m_watcher->directories().contains(folder)) {
        if (!m_watcher->directories().isEmpty()) {
            m_watcher->removePaths(m_watcher->directories());
        }
        m_watcher->addPath(folder);
    }
    m_folder = folder;
    m_folderState = folderState(folder);
    m_active = true;
    m_timer.start();
    show();
}

void UnsavedChangesBar::clear()
{
    m_active = false;
    m_timer.stop();
    m_folderSettle.stop();
    if (!m_watcher->directories().isEmpty()) {
        m_watcher->removePaths(m_watcher->directories());
    }
    hide();
}

QString UnsavedChangesBar::message() const
{
    return m_text->text();
}

void UnsavedChangesBar::onFolderChanged()
{
    if (m_active) {
        m_folderSettle.start();
    }
}

} // namespace twostep::ui
