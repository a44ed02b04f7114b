// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/desktop/CodeServer.h"

#include "common/FileIo.h"
#include "otp/HandedOutStep.h"
#include "otp/OtpGenerator.h"
#include "ui/Settings.h"
#include "ui/desktop/AskingProgram.h"
#include "ui/desktop/SingleInstance.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QTimer>

#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

namespace twostep::ui {

namespace {
Q_LOGGING_CATEGORY(lcCodes, "twostep.codes", QtWarningMsg)

// A request is one short line; anything longer is not one of ours.
constexpr qint64 kMaxRequestBytes = 4096;
constexpr int kGrantMinutes = 10;
// The CLI waits 90 s; an unanswered dialog denies before that.
constexpr int kAskTimeoutMs = 60'000;

void reply(QLocalSocket* socket, const QJsonObject& object)
{
    socket->write(QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n');
    socket->flush();
}

void refuse(QLocalSocket* socket, const QString& reason, const QString& detail = {})
{
    reply(socket, QJsonObject{{QStringLiteral("refused"), reason}, {QStringLiteral("detail"), detail}});
    socket->disconnectFromServer();
}

QString refusalFor(const Error& error)
{
    switch (error.code) {
    case ErrorCode::NotFound:
        return QStringLiteral("not-found");
    case ErrorCode::Ambiguous:
        return QStringLiteral("ambiguous");
    default:
        return QStringLiteral("error");
    }
}
} // namespace

CodeServer::CodeServer(Settings& settings, VaultProvider vault, QWidget* dialogParent, QObject* parent)
    : QObject(parent), m_settings(settings), m_vault(std::move(vault)), m_dialogParent(dialogParent)
{}

CodeServer::~CodeServer() = default;

QString CodeServer::socketPath()
{
    // Beside the handed-out steps of --fresh: $XDG_RUNTIME_DIR/twostep.
    return QFileInfo(otp::HandedOutStep::defaultFolder()).path() + QStringLiteral("/code.socket");
}

CodeServer::Asker CodeServer::askerOf(qintptr socketDescriptor, const QJsonObject& request)
{
    ucred credentials{};
    socklen_t size = sizeof(credentials);
    if (::getsockopt(static_cast<int>(socketDescriptor), SOL_SOCKET, SO_PEERCRED, &credentials, &size) == 0 &&
        size == sizeof(credentials)) {
        const AskingProgram asking = askingProgram(credentials.pid);
        if (!asking.runBy.isEmpty()) {
            return {tr("%1 (run by %2)").arg(asking.parent, asking.runBy), true};
        }
        if (!asking.parent.isEmpty()) {
            return {asking.parent, true};
        }
    }
    // /proc hidden from us (hidepid), or the peer gone: the name the request gives.
    return {request.value(QStringLiteral("program")).toString().left(64), false};
}

bool CodeServer::isPeerUid(qintptr socketDescriptor, uid_t expected)
{
    const std::optional<uid_t> uid = SingleInstance::peerUid(socketDescriptor);
    return uid && *uid == expected;
}

bool CodeServer::listen()
{
    const QString path = socketPath();
    if (Status made = files::makePrivateFolders(QFileInfo(path).path()); !made) {
        m_error = made.error().detail;
        return false;
    }
    auto* server = new QLocalServer(this);
    server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!server->listen(path)) {
        // Left by a window that crashed, unless one still answers on it.
        QLocalSocket probe;
        probe.connectToServer(path);
        if (probe.waitForConnected(1000)) {
            m_error = QStringLiteral("another Twostep window already serves codes on %1").arg(path);
            delete server;
            return false;
        }
        QLocalServer::removeServer(path);
        if (!server->listen(path)) {
            m_error = QStringLiteral("cannot listen on %1: %2").arg(path, server->errorString());
            delete server;
            return false;
        }
    }
    // UserAccessOption gives 0700; a socket needs no execute bit.
    ::chmod(QFile::encodeName(path).constData(), 0600);
    m_server = server;
    connect(m_server, &QLocalServer::newConnection, this, &CodeServer::acceptConnection);
    return true;
}

void CodeServer::acceptConnection()
{
    while (QLocalSocket* socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        if (!isPeerUid(socket->socketDescriptor(), ::getuid())) {
            qCWarning(lcCodes) << "refused a code request from another user";
            socket->abort();
            continue;
        }
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
            if (!socket->canReadLine()) {
                if (socket->bytesAvailable() > kMaxRequestBytes) {
                    socket->abort();
                }
                return;
            }
            const QByteArray line = socket->readLine(kMaxRequestBytes);
            disconnect(socket, &QLocalSocket::readyRead, this, nullptr);
            handleRequest(socket, line);
        });
    }
}

void CodeServer::handleRequest(QLocalSocket* socket, const QByteArray& line)
{
    const QJsonObject request = QJsonDocument::fromJson(line).object();
    const QString query = request.value(QStringLiteral("account")).toString();
    const Asker asker = askerOf(socket->socketDescriptor(), request);
    const bool fresh = request.value(QStringLiteral("fresh")).toBool();
    const Settings::CliCodes policy = m_settings.codesForCommandLine();
    const vault::Vault* vault = m_vault();
    if (policy == Settings::CliCodes::Never) {
        refuse(socket, QStringLiteral("never"));
        return;
    }
    if (vault == nullptr) {
        forgetGrants();
        refuse(socket, QStringLiteral("locked"));
        return;
    }
    if (files::canonicalPath(request.value(QStringLiteral("vault")).toString()) !=
        files::canonicalPath(vault->path())) {
        refuse(socket, QStringLiteral("other-vault"));
        return;
    }
    Result<vault::VaultEntry> entry = vault->find(query);
    if (!entry) {
        refuse(socket, refusalFor(entry.error()), entry.error().detail);
        return;
    }
    if (entry->account.parameters.type() == otp::OtpType::Hotp) {
        refuse(socket, QStringLiteral("hotp")); // the CLI saves the advanced counter itself
        return;
    }
    // A name the request merely claims never matches or earns a grant.
    const QString grant = entry->id + QLatin1Char('\n') + asker.name;
    if (policy == Settings::CliCodes::AllowWhileUnlocked ||
        (asker.verified && m_grants.value(grant) > QDateTime::currentDateTimeUtc())) {
        answer(socket, *entry, fresh);
        return;
    }
    ask(socket, *entry, asker, fresh);
}

void CodeServer::ask(QLocalSocket* socket, const vault::VaultEntry& entry, const Asker& asker, bool fresh)
{
    const QString program = asker.name;
    auto* box = new QMessageBox(
        QMessageBox::Question, tr("Code for the command line"),
        tr("%1 asks for the code of %2.").arg(program.isEmpty() ? tr("A program") : program, entry.account.label()),
        QMessageBox::NoButton, m_dialogParent);
    box->setObjectName(QStringLiteral("codeRequestDialog"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setTextFormat(Qt::PlainText); // names and labels are not markup
    QPushButton* allow = box->addButton(tr("Allow"), QMessageBox::AcceptRole);
    QPushButton* allowForAWhile =
        asker.verified ? box->addButton(tr("Allow for 10 minutes"), QMessageBox::AcceptRole) : nullptr;
    QPushButton* deny = box->addButton(tr("Deny"), QMessageBox::RejectRole);
    allow->setObjectName(QStringLiteral("allowButton"));
    if (allowForAWhile != nullptr) {
        allowForAWhile->setObjectName(QStringLiteral("allowTenMinutesButton"));
    }
    deny->setObjectName(QStringLiteral("denyButton"));
    box->setDefaultButton(deny);
    box->setEscapeButton(deny);
    QTimer::singleShot(kAskTimeoutMs, box, &QWidget::close);
    // The CLI waits longer once it knows the user is being asked.
    reply(socket, QJsonObject{{QStringLiteral("asking"), true}});
    connect(socket, &QLocalSocket::disconnected, box, &QWidget::close);
    const QPointer<QLocalSocket> client(socket);
    connect(box, &QMessageBox::finished, this, [this, box, client, allow, allowForAWhile, entry, program, fresh] {
        if (client.isNull()) {
            return;
        }
        const vault::Vault* vault = m_vault();
        const bool forAWhile = allowForAWhile != nullptr && box->clickedButton() == allowForAWhile;
        if (forAWhile && vault != nullptr) {
            m_grants.insert(entry.id + QLatin1Char('\n') + program,
                            QDateTime::currentDateTimeUtc().addSecs(qint64{kGrantMinutes} * 60));
        }
        if (vault == nullptr) {
            refuse(client, QStringLiteral("locked"));
        } else if (box->clickedButton() == allow || forAWhile) {
            answer(client, entry, fresh);
        } else {
            refuse(client, QStringLiteral("denied"));
        }
    });
    box->open();
    Q_EMIT askShown(box);
}

void CodeServer::answer(QLocalSocket* socket, const vault::VaultEntry& entry, bool fresh)
{
    Result<otp::OtpGenerator> generator = otp::OtpGenerator::create(entry.account);
    if (!generator) {
        refuse(socket, QStringLiteral("error"), generator.error().detail);
        return;
    }
    const std::int64_t period = entry.account.parameters.period();
    const auto now = std::chrono::sys_seconds(std::chrono::seconds(QDateTime::currentSecsSinceEpoch()));
    std::uint64_t step = otp::timeStep(now, period);
    // The same record the CLI keeps: every code handed out counts, only `fresh` skips to a later step.
    Result<std::uint64_t> claimed = otp::HandedOutStep::handOut(entry.id, step, fresh);
    if (claimed) {
        step = *claimed;
    } else if (fresh) {
        refuse(socket, QStringLiteral("error"), claimed.error().detail);
        return;
    }
    const QString code = generator->code(step);
    const qint64 waitMs = static_cast<qint64>(step) * period * 1000 - QDateTime::currentMSecsSinceEpoch();
    if (waitMs <= 0) {
        reply(socket, QJsonObject{{QStringLiteral("code"), code}});
        socket->disconnectFromServer();
        return;
    }
    reply(socket, QJsonObject{{QStringLiteral("wait"), (waitMs + 999) / 1000}});
    const QPointer<QLocalSocket> client(socket);
    // A coarse timer may fire early, and a code handed out before its step would repeat the last one.
    QTimer::singleShot(std::chrono::milliseconds(waitMs + 1), Qt::PreciseTimer, this, [this, client, code] {
        if (client.isNull()) {
            return;
        }
        if (m_vault() == nullptr) {
            refuse(client, QStringLiteral("locked"));
            return;
        }
        reply(client, QJsonObject{{QStringLiteral("code"), code}});
        client->disconnectFromServer();
    });
}

} // namespace twostep::ui
