// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/desktop/AskingProgram.h"

#include <QFile>
#include <QSet>

#include <optional>

namespace twostep::ui {

namespace {

struct ProcessLink
{
    QString name;
    pid_t parent = 0;
};

// /proc/PID/stat is "PID (NAME) STATE PPID ..."; NAME may hold spaces and parentheses, so the
// fields after it start at the last ')'.
std::optional<ProcessLink> processLink(pid_t pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly)) {
        return std::nullopt;
    }
    const QByteArray line = stat.read(1024);
    const qsizetype open = line.indexOf('(');
    const qsizetype close = line.lastIndexOf(')');
    if (open < 0 || close < open) {
        return std::nullopt;
    }
    const QList<QByteArray> fields = line.mid(close + 2).split(' ');
    bool ok = false;
    const pid_t parent = fields.size() > 1 ? fields.at(1).toInt(&ok) : 0;
    if (!ok) {
        return std::nullopt;
    }
    return ProcessLink{QString::fromUtf8(line.mid(open + 1, close - open - 1)), parent};
}

bool isGoBetween(const QString& name)
{
    static const QSet<QString> names{
        QStringLiteral("sh"),    QStringLiteral("bash"),    QStringLiteral("dash"),   QStringLiteral("zsh"),
        QStringLiteral("fish"),  QStringLiteral("ksh"),     QStringLiteral("mksh"),   QStringLiteral("tcsh"),
        QStringLiteral("csh"),   QStringLiteral("busybox"), QStringLiteral("env"),    QStringLiteral("nice"),
        QStringLiteral("nohup"), QStringLiteral("timeout"), QStringLiteral("setsid"), QStringLiteral("stdbuf"),
        QStringLiteral("xargs"), QStringLiteral("flock"),   QStringLiteral("time")};
    return names.contains(name);
}

} // namespace

AskingProgram askingProgram(pid_t pid)
{
    const std::optional<ProcessLink> asker = processLink(pid);
    if (!asker) {
        return {};
    }
    // A program that speaks the socket itself is the asker; twostep-cli asks for its parent.
    const QString exe = QFile::symLinkTarget(QStringLiteral("/proc/%1/exe").arg(pid));
    if (exe.isEmpty() || !exe.endsWith(QLatin1String("/twostep-cli"))) {
        return {asker->name, {}};
    }
    if (asker->parent <= 0) {
        return {};
    }
    const std::optional<ProcessLink> parent = processLink(asker->parent);
    if (!parent) {
        return {};
    }
    if (!isGoBetween(parent->name)) {
        return {parent->name, {}};
    }
    pid_t next = parent->parent;
    for (int depth = 0; depth < kMaxAncestors && next > 1; ++depth) {
        const std::optional<ProcessLink> ancestor = processLink(next);
        if (!ancestor) {
            break;
        }
        if (!isGoBetween(ancestor->name)) {
            return {parent->name, ancestor->name};
        }
        next = ancestor->parent;
    }
    return {parent->name, {}};
}

} // namespace twostep::ui
