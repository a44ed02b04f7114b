// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/AccountListModel.h"

#include "ui/IconCache.h"

#include <QCollator>
#include <QHash>
#include <QMimeData>

namespace twostep::ui {

AccountListModel::AccountListModel(QObject* parent)
    : QAbstractListModel(parent), m_icons(new IconCache(this)), m_clock(otp::systemTime)
{
    m_boundaryTimer.setSingleShot(true);
    m_boundaryTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_boundaryTimer, &QTimer::timeout, this, &AccountListModel::refreshCodes);
}

AccountListModel::~AccountListModel()
{
    // Wipe without clear()'s reset signals: their receivers (the main window) may be half destroyed.
    for (Row& row : m_rows) {
        wipeText(row.code);
        wipeText(row.nextCode);
    }
}

void AccountListModel::setClock(otp::Clock clock)
{
    m_clock = std::move(clock);
    refreshCodes();
}

std::chrono::sys_seconds AccountListModel::now() const
{
    return std::chrono::floor<std::chrono::seconds>(m_clock());
}

void AccountListModel::computeRow(Row& row, std::chrono::sys_seconds now)
{
    if (!row.generator || !row.timeBased) {
        return;
    }
    row.step = otp::timeStep(now, row.period);
    wipeText(row.code);
    wipeText(row.nextCode);
    row.code = row.generator->code(row.step);
    row.nextCode = row.generator->code(row.step + 1);
}

void AccountListModel::setEntries(const QList<vault::VaultEntry>& entries)
{
    beginResetModel();
    // A counter-based code stays on screen until the next one is asked for, across reloads.
    QHash<QString, QString> revealed;
    for (Row& row : m_rows) {
        if (!row.timeBased && !row.code.isEmpty()) {
            revealed.insert(row.id, std::exchange(row.code, QString()));
        }
        wipeText(row.code);
        wipeText(row.nextCode);
    }
    m_rows.clear();
    m_rows.reserve(static_cast<std::size_t>(entries.size()));
    const auto now = this->now();
    for (const vault::VaultEntry& entry : entries) {
        Row row;
        row.id = entry.id;
        row.issuer = entry.account.issuer;
        row.name = entry.account.name;
        row.period = entry.account.parameters.period();
        row.timeBased = entry.account.parameters.isTimeBased();
        if (auto generator = otp::OtpGenerator::create(entry.account)) {
            row.generator.emplace(std::move(generator).value());
        }
        const otp::AccountDetails& details = entry.account.details;
        row.favorite = details.favorite;
        row.groups = details.groups;
        row.note = details.note;
        row.useCount = entry.useCount;
        row.lastUsedMs = entry.lastUsed.isValid() ? entry.lastUsed.toMSecsSinceEpoch() : 0;
        row.icon = m_icons->iconFor(details.icon, row.issuer);
        computeRow(row, now);
        if (!row.timeBased) {
            row.code = revealed.take(row.id);
        }
        m_rows.push_back(std::move(row));
    }
    for (QString& code : revealed) {
        wipeText(code);
    }
    endResetModel();
    scheduleRefresh();
}

void AccountListModel::clear()
{
    m_boundaryTimer.stop();
    beginResetModel();
    for (Row& row : m_rows) {
        wipeText(row.code);
        wipeText(row.nextCode);
    }
    m_rows.clear();
    endResetModel();
}

void AccountListModel::setRevealedCode(const QString& id, const QString& code)
{
    const int row = rowOf(id);
    if (row < 0) {
        return;
    }
    wipeText(m_rows[static_cast<std::size_t>(row)].code);
    m_rows[static_cast<std::size_t>(row)].code = code;
    const QModelIndex changed = index(row);
    Q_EMIT dataChanged(changed, changed, {CodeRole});
}

QStringList AccountListModel::groupNames() const
{
    QStringList names;
    for (const Row& row : m_rows) {
        for (const QString& group : row.groups) {
            if (!names.contains(group)) {
                names.append(group);
            }
        }
    }
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(names.begin(), names.end(), collator);
    return names;
}

QString AccountListModel::idAt(int row) const
{
    return row >= 0 && row < rowCount() ? m_rows[static_cast<std::size_t>(row)].id : QString();
}

int AccountListModel::rowOf(const QString& id) const
{
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].id == id) {
            return static_cast<int>(i);
        }
    }
    return -1;
}

int AccountListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant AccountListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Row& row = m_rows[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return row.issuer.isEmpty() ? row.name : QString(row.issuer + QStringLiteral(" — ") + row.name);
    case Qt::ToolTipRole:
        return row.note.isEmpty() ? QString(row.issuer + QLatin1Char(' ') + row.name)
                                  : QString(row.issuer + QLatin1Char(' ') + row.name + QLatin1Char('\n') + row.note);
    case FilterRole:
        // The issuer's initials too: "aws" finds Amazon Web Services, as on the command line.
        return QString(row.issuer + QLatin1Char(' ') + row.name + QLatin1Char(' ') + otp::issuerInitials(row.issuer));
    case IdRole:
        return row.id;
    case IssuerRole:
        return row.issuer;
    case NameRole:
        return row.name;
    case CodeRole:
        return row.code;
    case NextCodeRole:
        return row.nextCode;
    case PeriodRole:
        return static_cast<qlonglong>(row.period);
    case TimeBasedRole:
        return row.timeBased;
    case SecondsRemainingRole:
        return static_cast<qlonglong>(otp::secondsRemaining(now(), row.period));
    case FavoriteRole:
        return row.favorite;
    case GroupsRole:
        return row.groups;
    case UseCountRole:
        return static_cast<qlonglong>(row.useCount);
    case LastUsedRole:
        return static_cast<qlonglong>(row.lastUsedMs);
    case IconRole:
        return row.icon;
    case NoteRole:
        return row.note;
    default:
        return {};
    }
}

QHash<int, QByteArray> AccountListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, QByteArrayLiteral("id"));
    names.insert(IssuerRole, QByteArrayLiteral("issuer"));
    names.insert(NameRole, QByteArrayLiteral("name"));
    names.insert(CodeRole, QByteArrayLiteral("code"));
    names.insert(NextCodeRole, QByteArrayLiteral("nextCode"));
    names.insert(PeriodRole, QByteArrayLiteral("period"));
    names.insert(TimeBasedRole, QByteArrayLiteral("timeBased"));
    return names;
}

Qt::ItemFlags AccountListModel::flags(const QModelIndex& index) const
{
    return QAbstractListModel::flags(index) | (index.isValid() ? Qt::ItemIsDragEnabled : Qt::NoItemFlags);
}

QStringList AccountListModel::mimeTypes() const
{
    return {QString::fromLatin1(kIdMimeType)};
}

QMimeData* AccountListModel::mimeData(const QModelIndexList& indexes) const
{
    if (indexes.isEmpty()) {
        return nullptr;
    }
    auto* mime = new QMimeData;
    mime->setData(QString::fromLatin1(kIdMimeType), idAt(indexes.first().row()).toUtf8());
    return mime;
}

void AccountListModel::refreshCodes()
{
    const auto now = this->now();
    int first = -1;
    int last = -1;
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        Row& row = m_rows[i];
        if (!row.timeBased || !row.generator || otp::timeStep(now, row.period) == row.step) {
            continue;
        }
        computeRow(row, now);
        first = first < 0 ? static_cast<int>(i) : first;
        last = static_cast<int>(i);
    }
    if (first >= 0) {
        Q_EMIT dataChanged(index(first), index(last), {CodeRole, NextCodeRole});
    }
    scheduleRefresh();
    Q_EMIT codesRefreshed();
}

qint64 AccountListModel::msecsToNextBoundary() const
{
    const otp::ClockTime now = m_clock();
    qint64 best = -1;
    for (const Row& row : m_rows) {
        if (!row.timeBased) {
            continue;
        }
        const qint64 untilBoundary = otp::millisecondsToNextStep(row.period, now).count();
        best = best < 0 ? untilBoundary : qMin(best, untilBoundary);
    }
    return best;
}

void AccountListModel::scheduleRefresh()
{
    const qint64 wait = msecsToNextBoundary();
    if (wait < 0) {
        m_boundaryTimer.stop();
        return;
    }
    // A few ms past the boundary, so the new step has certainly begun when the timer fires.
    m_boundaryTimer.start(static_cast<int>(qMin<qint64>(wait + 5, 24LL * 3600 * 1000)));
}

} // namespace twostep::ui
