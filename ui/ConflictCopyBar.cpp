// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ConflictCopyBar.h"

#include "ui/ErrorText.h"
#include "ui/UnsavedChangesBar.h"

#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStringList>
#include <QVBoxLayout>

namespace twostep::ui {

namespace {

constexpr qsizetype kNamesShown = 5; // a merge of hundreds of accounts stays a short bar

QString names(const QList<vault::merge::ReportItem>& items)
{
    QStringList labels;
    for (qsizetype i = 0; i < items.size() && i < kNamesShown; ++i) {
        labels << items[i].label;
    }
    QString text = labels.join(QStringLiteral(", "));
    if (items.size() > kNamesShown) {
        text += QStringLiteral(", …");
    }
    return text;
}

} // namespace

QString ConflictCopyBar::describeMerge(const vault::merge::Report& report)
{
    QStringList lines;
    if (!report.added.isEmpty()) {
        lines << tr("Merge adds %n account(s): %1", nullptr, int(report.added.size())).arg(names(report.added));
    }
    if (!report.updated.isEmpty()) {
        lines << tr("Merge updates %n account(s): %1", nullptr, int(report.updated.size())).arg(names(report.updated));
    }
    if (!report.removed.isEmpty()) {
        lines << tr("Merge removes %n account(s): %1", nullptr, int(report.removed.size())).arg(names(report.removed));
    }
    if (!report.flagged.isEmpty()) {
        QList<vault::merge::ReportItem> theirs;
        for (const vault::merge::LikelyDuplicate& pair : report.flagged) {
            theirs << pair.theirs;
        }
        lines << tr("%n account(s) look like ones you have under another name; both are kept: %1", nullptr,
                    int(theirs.size()))
                     .arg(names(theirs));
    }
    if (report.changesNothing() && report.flagged.isEmpty()) {
        lines << tr("Merging changes no account.");
    }
    return lines.join(QLatin1Char('\n'));
}

ConflictCopyBar::ConflictCopyBar(QWidget* parent)
    : QFrame(parent), m_icon(new QLabel(this)), m_text(new QLabel(this)), m_merge(new QPushButton(tr("Merge"), this)),
      m_show(new QPushButton(tr("Show"), this)), m_ignore(new QPushButton(tr("Ignore"), this)),
      m_forget(new QPushButton(tr("Don't merge"), this))
{
    setObjectName(QStringLiteral("conflictCopyBar"));
    styleAsWarningBar(this, m_icon);
    m_text->setObjectName(QStringLiteral("conflictCopyLabel"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_merge->setObjectName(QStringLiteral("mergeCopyButton"));
    m_show->setObjectName(QStringLiteral("showCopyButton"));
    m_ignore->setObjectName(QStringLiteral("ignoreCopyButton"));
    m_forget->setObjectName(QStringLiteral("forgetCopyButton"));

    auto* buttons = new QVBoxLayout;
    buttons->addWidget(m_merge);
    buttons->addWidget(m_show);
    buttons->addWidget(m_ignore);
    buttons->addWidget(m_forget);
    buttons->addStretch(1);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addLayout(buttons);
    connect(m_merge, &QPushButton::clicked, this, [this] { Q_EMIT mergeRequested(m_path); });
    connect(m_show, &QPushButton::clicked, this, [this] { Q_EMIT showRequested(m_path); });
    connect(m_ignore, &QPushButton::clicked, this, [this] { Q_EMIT ignoreRequested(m_path); });
    connect(m_forget, &QPushButton::clicked, this, [this] { Q_EMIT forgetRequested(m_path); });
    hide();
}

void ConflictCopyBar::showPreview(const QString& path, bool replacedByRollback, const vault::merge::Report& preview)
{
    showCopy(path, replacedByRollback, describeMerge(preview), true);
}

void ConflictCopyBar::showNeedsPassword(const QString& path, bool replacedByRollback)
{
    showCopy(path, replacedByRollback,
             tr("It was saved with another password (changed on the other computer): Merge asks for it."), true);
}

void ConflictCopyBar::showUnreadable(const QString& path, bool replacedByRollback, const Error& error)
{
    showCopy(path, replacedByRollback, tr("It cannot be merged: %1").arg(errorText(error)), false);
}

void ConflictCopyBar::showCopy(const QString& path, bool replacedByRollback, const QString& detail, bool mergeable)
{
    m_path = path;
    const QString where = QDir::toNativeSeparators(path);
    const QString headline =
        replacedByRollback ? tr("An older copy of this vault replaced a newer version, which is kept in %1.").arg(where)
                           : tr("A copy of this vault changed on another computer: %1").arg(where);
    m_text->setText(headline + QLatin1Char('\n') + detail);
    m_merge->setEnabled(mergeable);
    m_forget->setVisible(replacedByRollback);
    show();
}

QString ConflictCopyBar::message() const
{
    return m_text->text();
}

} // namespace twostep::ui
