// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/RollbackBar.h"

#include "ui/UnsavedChangesBar.h"

#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace twostep::ui {

RollbackBar::RollbackBar(QWidget* parent)
    : QFrame(parent), m_icon(new QLabel(this)), m_text(new QLabel(this)), m_close(new QPushButton(tr("Close"), this))
{
    setObjectName(QStringLiteral("rollbackBar"));
    styleAsWarningBar(this, m_icon);
    m_text->setObjectName(QStringLiteral("rollbackLabel"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_close->setObjectName(QStringLiteral("closeRollbackBarButton"));

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_close, 0, Qt::AlignVCenter);
    connect(m_close, &QPushButton::clicked, this, &QWidget::hide);
    hide();
}

void RollbackBar::showRollback(const vault::Rollback& rollback, const QString& vaultPath)
{
    QString text = tr("The vault file went back from save %1 to save %2: an older copy replaced it (a synced "
                      "folder or a restore), and Twostep now shows that copy.")
                       .arg(rollback.newerGeneration)
                       .arg(rollback.fileGeneration);
    text += QLatin1Char(' ');
    text += rollback.newerCopy.isEmpty()
                ? tr("No copy of the newer version is left on this computer.")
                : tr("The newer version is kept in %1. To bring its accounts back into %2, press Merge on the bar "
                     "below; it stays offered until merged.")
                      .arg(QDir::toNativeSeparators(rollback.newerCopy), QDir::toNativeSeparators(vaultPath));
    m_text->setText(text);
    show();
}

QString RollbackBar::message() const
{
    return m_text->text();
}

} // namespace twostep::ui
