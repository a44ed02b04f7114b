// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/AccountListPage.h"

#include "formats/Intake.h"
#include "ui/AccountDelegate.h"
#include "ui/AccountListModel.h"
#include "ui/AccountSortProxy.h"
#include "ui/Settings.h"

#include <QClipboard>
#include <QComboBox>
#include <QDropEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMimeData>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <utility>

namespace twostep::ui {

namespace {
// Text the filter must never hold: it would show a secret in clear text.
bool isAccountText(const QString& text)
{
    return formats::isOtpUriText(text) || formats::isSecretKeyText(text);
}

bool clipboardHoldsAccount()
{
    const QMimeData* mime = QGuiApplication::clipboard()->mimeData();
    if (mime == nullptr) {
        return false;
    }
    return mime->hasImage() || isAccountText(mime->text());
}
} // namespace

AccountListPage::AccountListPage(AccountListModel* model, QWidget* parent)
    : QWidget(parent), m_model(model), m_proxy(new AccountSortProxy(this)), m_delegate(new AccountDelegate(this)),
      m_filter(new QLineEdit(this)), m_sort(new QComboBox(this)), m_group(new QComboBox(this)),
      m_view(new QListView(this)), m_stack(new QStackedWidget(this)), m_noMatch(new QLabel(this)),
      m_ringTick(new QTimer(this)), m_revealTimer(new QTimer(this))
{
    m_proxy->setSourceModel(model);
    using Order = AccountSortProxy::SortOrder;
    m_sort->setObjectName(QStringLiteral("sortComboBox"));
    m_sort->setToolTip(tr("Order of the list (favourites always first)"));
    m_sort->addItem(tr("By hand"), QVariant::fromValue(static_cast<int>(Order::ByHand)));
    m_sort->addItem(tr("By name"), QVariant::fromValue(static_cast<int>(Order::Name)));
    m_sort->addItem(tr("By issuer"), QVariant::fromValue(static_cast<int>(Order::Issuer)));
    m_sort->addItem(tr("Most used"), QVariant::fromValue(static_cast<int>(Order::MostUsed)));
    m_sort->addItem(tr("Last used"), QVariant::fromValue(static_cast<int>(Order::LastUsed)));
    m_group->setObjectName(QStringLiteral("groupFilterComboBox"));
    m_group->setToolTip(tr("Show one group only"));

    m_filter->setObjectName(QStringLiteral("filterLineEdit"));
    m_filter->setAccessibleName(tr("Filter accounts"));
    m_filter->setAccessibleDescription(tr("Shows only the accounts whose issuer or name contains this text."));
    m_filter->setPlaceholderText(tr("Type to filter accounts"));
    m_filter->setClearButtonEnabled(true);
    m_filter->installEventFilter(this);

    m_view->setObjectName(QStringLiteral("accountListView"));
    m_view->setAccessibleName(tr("Accounts"));
    m_view->setAccessibleDescription(tr("Each account with its current code. Enter copies the code."));
    m_view->setModel(m_proxy);
    m_view->setItemDelegate(m_delegate);
    m_view->setUniformItemSizes(true);
    m_view->setMouseTracking(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setAlternatingRowColors(true);
    m_view->installEventFilter(this);
    m_view->setDragEnabled(true);
    m_view->setDragDropMode(QAbstractItemView::DragDrop);
    m_view->viewport()->setAcceptDrops(true);
    m_view->viewport()->installEventFilter(this);

    auto* empty = new QWidget(this);
    empty->setObjectName(QStringLiteral("emptyVaultHint"));
    auto* emptyTitle = new QLabel(tr("No accounts yet"), empty);
    QFont titleFont = emptyTitle->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    emptyTitle->setFont(titleFont);
    emptyTitle->setAlignment(Qt::AlignCenter);
    auto* emptyText = new QLabel(tr("To add your first account, take a screenshot of the QR code the service shows "
                                    "(for AWS: IAM → Security credentials → Assign MFA device → Authenticator app), "
                                    "then drop the image here, paste it with Ctrl+V, or choose Add account."),
                                 empty);
    emptyText->setWordWrap(true);
    emptyText->setAlignment(Qt::AlignCenter);
    auto* addButton = new QPushButton(tr("Add account…"), empty);
    addButton->setObjectName(QStringLiteral("addFirstAccountButton"));
    auto* emptyLayout = new QVBoxLayout(empty);
    emptyLayout->addStretch(1);
    emptyLayout->addWidget(emptyTitle);
    emptyLayout->addWidget(emptyText);
    emptyLayout->addWidget(addButton, 0, Qt::AlignCenter);
    emptyLayout->addStretch(2);

    m_noMatch->setObjectName(QStringLiteral("noMatchLabel"));
    m_noMatch->setAlignment(Qt::AlignCenter);
    m_noMatch->setWordWrap(true);
    m_stack->addWidget(m_view);
    m_stack->addWidget(empty);
    m_stack->addWidget(m_noMatch);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    auto* controls = new QHBoxLayout;
    controls->addWidget(m_filter, 1);
    controls->addWidget(m_group);
    controls->addWidget(m_sort);
    layout->addLayout(controls);
    layout->addWidget(m_stack, 1);
    setFocusProxy(m_filter);

    connect(m_filter, &QLineEdit::textEdited, this, [this](const QString& text) {
        if (isAccountText(text)) {
            m_filter->setText(QString()); // setText, not clear(): no undo step keeps the secret
            Q_EMIT accountTextPasted(text);
        }
    });
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_filter, &QLineEdit::returnPressed, this, [this] {
        const QModelIndex current = m_view->currentIndex();
        activate(current.isValid() ? current : m_proxy->index(0, 0));
    });
    // activated: double-click (or single click where the style says so) and Enter in the list.
    connect(m_view, &QListView::activated, this, &AccountListPage::activate);
    connect(m_view, &QListView::customContextMenuRequested, this, [this](const QPoint& pos) {
        const QModelIndex index = m_view->indexAt(pos);
        if (index.isValid()) {
            m_view->setCurrentIndex(index);
            Q_EMIT contextMenuRequested(index.data(AccountListModel::IdRole).toString(),
                                        m_view->viewport()->mapToGlobal(pos));
        }
    });
    connect(m_delegate, &AccountDelegate::copyRequested, this, [this](const QModelIndex& index) {
        Q_EMIT copyRequested(index.data(AccountListModel::IdRole).toString());
    });
    connect(m_delegate, &AccountDelegate::nextCodeRequested, this, [this](const QModelIndex& index) {
        Q_EMIT nextCodeRequested(index.data(AccountListModel::IdRole).toString());
    });
    connect(addButton, &QPushButton::clicked, this, &AccountListPage::addAccountRequested);
    connect(m_sort, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setSortOrder(static_cast<AccountSortProxy::SortOrder>(m_sort->currentData().toInt())); });
    connect(m_group, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setGroup(m_group->currentData().toString()); });
    // A reload of the list selects the same row again: that reveals nothing.
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        const QString id = m_view->currentIndex().data(AccountListModel::IdRole).toString();
        if (id != std::exchange(m_currentId, id)) {
            revealCurrent();
        }
    });
    // A click on the row already selected, or Space, shows its code again after the timer hid it.
    connect(m_view, &QAbstractItemView::pressed, this, &AccountListPage::revealCurrent);
    m_revealTimer->setSingleShot(true);
    m_revealTimer->setInterval(kRevealMs);
    connect(m_revealTimer, &QTimer::timeout, this, &AccountListPage::hideRevealed);
    connect(model, &QAbstractItemModel::modelReset, this, &AccountListPage::updateGroups);
    connect(model, &QAbstractItemModel::modelReset, this, &AccountListPage::updateEmptyState);
    connect(model, &QAbstractItemModel::rowsInserted, this, &AccountListPage::updateEmptyState);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &AccountListPage::updateEmptyState);
    for (const auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved}) {
        connect(m_proxy, signal, this, &AccountListPage::updateEmptyState);
    }
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &AccountListPage::updateEmptyState);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &AccountListPage::updateEmptyState);
    connect(m_filter, &QLineEdit::textChanged, this, &AccountListPage::updateEmptyState);

    // The rings move once a second; only the visible rows repaint, no code is recomputed.
    m_ringTick->setInterval(1000);
    connect(m_ringTick, &QTimer::timeout, m_view->viewport(), qOverload<>(&QWidget::update));
    updateEmptyState();
    updateGroups();
}

QSortFilterProxyModel* AccountListPage::proxy() const
{
    return m_proxy;
}

void AccountListPage::followSettings(Settings& settings)
{
    const auto apply = [this, &settings] {
        const auto order = AccountSortProxy::sortOrderFromName(settings.listSortOrder());
        m_sort->setCurrentIndex(qMax(0, m_sort->findData(static_cast<int>(order))));
        m_delegate->setHideCodes(settings.hideCodes());
        m_view->viewport()->update();
    };
    apply();
    connect(&settings, &Settings::changed, this, apply);
    connect(m_sort, &QComboBox::currentIndexChanged, &settings,
            [this, &settings] { settings.setListSortOrder(AccountSortProxy::sortOrderName(m_proxy->sortOrder())); });
}

void AccountListPage::updateGroups()
{
    const QString shown = m_group->currentData().toString();
    const QStringList groups = m_model->groupNames();
    const QSignalBlocker blocker(m_group);
    m_group->clear();
    m_group->addItem(tr("All groups"), QString());
    for (const QString& group : groups) {
        m_group->addItem(group, group);
    }
    m_group->setCurrentIndex(qMax(0, m_group->findData(shown)));
    m_proxy->setGroup(m_group->currentData().toString());
    m_group->setVisible(!groups.isEmpty());
}

void AccountListPage::revealCurrent()
{
    m_delegate->setRevealedId(m_view->currentIndex().data(AccountListModel::IdRole).toString());
    m_revealTimer->start();
    m_view->viewport()->update();
}

void AccountListPage::setRevealMs(int milliseconds)
{
    m_revealTimer->setInterval(milliseconds);
}

void AccountListPage::hideRevealed()
{
    m_revealTimer->stop();
    m_delegate->setRevealedId({});
    m_view->viewport()->update();
}

QString AccountListPage::currentId() const
{
    QModelIndex index = m_view->currentIndex();
    if (!index.isValid()) {
        index = m_proxy->index(0, 0);
    }
    return index.data(AccountListModel::IdRole).toString();
}

void AccountListPage::clearFilter()
{
    m_filter->clear();
}

void AccountListPage::activate(const QModelIndex& proxyIndex)
{
    if (!proxyIndex.isValid()) {
        return;
    }
    const QString id = proxyIndex.data(AccountListModel::IdRole).toString();
    if (proxyIndex.data(AccountListModel::TimeBasedRole).toBool()) {
        Q_EMIT copyRequested(id);
    } else {
        Q_EMIT nextCodeRequested(id);
    }
}

void AccountListPage::updateEmptyState()
{
    const bool noMatch = m_model->rowCount() > 0 && m_proxy->rowCount() == 0;
    m_noMatch->setText(tr("No account matches “%1”.").arg(m_filter->text()));
    m_stack->setCurrentIndex(m_model->rowCount() == 0 ? 1 : noMatch ? 2 : 0);
    m_filter->setVisible(m_model->rowCount() > 0);
    m_sort->setVisible(m_model->rowCount() > 0);
}

// Dropping reorders only the "by hand" order of the whole list: under another order, a group or a
// filter the rows shown are not the vault's order.
bool AccountListPage::handleDrop(QEvent* event)
{
    auto* drop = static_cast<QDropEvent*>(event);
    const QByteArray id = drop->mimeData()->data(QString::fromLatin1(AccountListModel::kIdMimeType));
    const bool allowed = !id.isEmpty() && m_proxy->sortOrder() == AccountSortProxy::SortOrder::ByHand &&
                         m_proxy->group().isEmpty() && m_filter->text().isEmpty();
    if (!allowed) {
        drop->ignore();
        return true;
    }
    drop->setDropAction(Qt::MoveAction);
    drop->accept();
    if (event->type() == QEvent::Drop) {
        const QModelIndex target = m_view->indexAt(drop->position().toPoint());
        const int index = target.isValid() ? m_proxy->mapToSource(target).row() : m_model->rowCount() - 1;
        Q_EMIT moveRequested(QString::fromUtf8(id), index);
    }
    return true;
}

bool AccountListPage::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Paint) {
        m_delegate->setPaintTime(m_model->now());
    }
    // Ctrl+C copies the code, not the row's text; in the filter only while no text is selected.
    const auto copiesCode = [this, watched](const QKeyEvent* key) {
        return key->matches(QKeySequence::Copy) &&
               (watched == m_view || (watched == m_filter && !m_filter->hasSelectedText()));
    };
    if (watched == m_view->viewport() &&
        (event->type() == QEvent::DragEnter || event->type() == QEvent::DragMove || event->type() == QEvent::Drop)) {
        return handleDrop(event);
    }
    if (event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        if (copiesCode(key)) {
            Q_EMIT copyRequested(currentId());
            return true;
        }
        if (watched == m_view && key->key() == Qt::Key_Space && key->modifiers() == Qt::NoModifier) {
            revealCurrent();
            return true;
        }
        if (watched == m_filter && key->key() == Qt::Key_Escape && !m_filter->text().isEmpty()) {
            m_filter->clear();
            return true;
        }
        if (watched == m_filter && key->matches(QKeySequence::Paste) && clipboardHoldsAccount()) {
            Q_EMIT pasteRequested();
            return true;
        }
        if (watched == m_filter && (key->key() == Qt::Key_Down || key->key() == Qt::Key_Up)) {
            // Arrow keys walk the list while the typing stays in the filter.
            const int rows = m_proxy->rowCount();
            if (rows > 0) {
                const int current = m_view->currentIndex().isValid() ? m_view->currentIndex().row() : -1;
                const int next = key->key() == Qt::Key_Down ? qMin(current + 1, rows - 1) : qMax(current - 1, 0);
                m_view->setCurrentIndex(m_proxy->index(next, 0));
            }
            return true;
        }
        if (watched == m_view && !key->text().isEmpty() && key->text().at(0).isPrint() &&
            key->modifiers() == Qt::NoModifier) {
            m_filter->setFocus();
            m_filter->insert(key->text());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void AccountListPage::showEvent(QShowEvent* event)
{
    m_ringTick->start();
    QWidget::showEvent(event);
}

void AccountListPage::hideEvent(QHideEvent* event)
{
    m_ringTick->stop();
    hideRevealed();
    QWidget::hideEvent(event);
}

} // namespace twostep::ui
