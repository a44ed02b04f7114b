// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/AccountDetailsFields.h"

#include "ui/IconCache.h"

#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>

namespace twostep::ui {

AccountDetailsFields::AccountDetailsFields(QFormLayout* form, QWidget* parent, const otp::AccountDetails& details)
    : QObject(parent), m_parent(parent), m_details(details), m_groups(new QLineEdit(parent)),
      m_note(new QPlainTextEdit(parent)), m_iconPreview(new QLabel(parent)), m_iconError(new QLabel(parent))
{
    m_groups->setObjectName(QStringLiteral("groupsLineEdit"));
    m_groups->setPlaceholderText(tr("Work, Personal"));
    m_groups->setText(details.groups.join(QStringLiteral(", ")));
    form->addRow(tr("&Groups:"), m_groups);
    m_note->setObjectName(QStringLiteral("noteTextEdit"));
    m_note->setPlainText(details.note);
    m_note->setTabChangesFocus(true);
    m_note->setFixedHeight(m_note->fontMetrics().lineSpacing() * 4 + 12);
    form->addRow(tr("&Note:"), m_note);

    auto* choose = new QPushButton(tr("Choose image…"), parent);
    choose->setObjectName(QStringLiteral("chooseIconButton"));
    auto* remove = new QPushButton(tr("No image"), parent);
    remove->setObjectName(QStringLiteral("removeIconButton"));
    m_iconPreview->setObjectName(QStringLiteral("iconPreviewLabel"));
    m_iconPreview->setFixedSize(IconCache::kSide, IconCache::kSide);
    m_iconError->setObjectName(QStringLiteral("iconErrorLabel"));
    m_iconError->setWordWrap(true);
    auto* row = new QHBoxLayout;
    row->addWidget(m_iconPreview);
    row->addWidget(choose);
    row->addWidget(remove);
    row->addStretch(1);
    form->addRow(tr("I&con:"), row);
    form->addRow(QString(), m_iconError);
    connect(choose, &QPushButton::clicked, this, &AccountDetailsFields::chooseIcon);
    connect(remove, &QPushButton::clicked, this, [this] {
        m_details.icon = {};
        m_iconError->clear();
        showIcon();
    });
    showIcon();
}

otp::AccountDetails AccountDetailsFields::details() const
{
    otp::AccountDetails result = m_details;
    result.groups = otp::normalizedGroups(m_groups->text().split(QLatin1Char(',')));
    result.note = m_note->toPlainText().trimmed();
    return result;
}

bool AccountDetailsFields::setIconFromFile(const QString& path)
{
    QFile file(path);
    if (QFileInfo(path).size() > otp::detailLimits::kMaxIconBytes) {
        m_iconError->setText(
            tr("The image is larger than %1 KiB; choose a smaller one.").arg(otp::detailLimits::kMaxIconBytes / 1024));
        return false;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        m_iconError->setText(tr("The image could not be read: %1").arg(file.errorString()));
        return false;
    }
    Result<otp::AccountIcon> icon = otp::makeIcon(file.read(otp::detailLimits::kMaxIconBytes + 1));
    if (!icon || IconCache::render(*icon, 1.0).isNull()) {
        m_iconError->setText(tr("This file is not a PNG, JPEG or SVG image Twostep can show."));
        return false;
    }
    m_details.icon = std::move(icon).value();
    m_iconError->clear();
    showIcon();
    return true;
}

void AccountDetailsFields::chooseIcon()
{
    const QString path = QFileDialog::getOpenFileName(
        m_parent, tr("Choose an image for the account"),
        QStandardPaths::writableLocation(QStandardPaths::PicturesLocation), tr("Images (*.png *.jpg *.jpeg *.svg)"));
    if (!path.isEmpty()) {
        setIconFromFile(path);
    }
}

void AccountDetailsFields::showIcon()
{
    const QImage image =
        m_details.icon.isEmpty() ? QImage() : IconCache::render(m_details.icon, m_parent->devicePixelRatioF());
    m_iconPreview->setPixmap(QPixmap::fromImage(image));
}

} // namespace twostep::ui
