// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliContractSupport.h"

#include "qr/QrEncoder.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QRegularExpression>

namespace twostep::contract {

const QString kAwsUri =
    QStringLiteral("otpauth://totp/Amazon%20Web%20Services:alice@123456789012?secret="
                   "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP&issuer=Amazon%20Web%20Services");
const QByteArray kPassword = "correct horse battery staple\n";

namespace {

QString overridden(const char* variable, const QString& fallback)
{
    const QString value = qEnvironmentVariable(variable);
    return value.isEmpty() ? fallback : value;
}

} // namespace

QString sourceFile(const QString& relativePath)
{
    return QDir(overridden("TWOSTEP_CONTRACT_SOURCE_DIR", QStringLiteral(TWOSTEP_SOURCE_DIR))).filePath(relativePath);
}

QString readText(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QString::fromUtf8(file.readAll());
}

QString cliProgram()
{
    return overridden("TWOSTEP_CONTRACT_CLI", test::cliPath());
}

QString guiProgram()
{
    return overridden("TWOSTEP_CONTRACT_GUI", QStringLiteral(TWOSTEP_GUI_PATH));
}

test::ProcessResult runCli(const QStringList& arguments, const QByteArray& input, const QStringList& environment)
{
    return test::runProcess(cliProgram(), arguments, input, environment);
}

const QStringList& commands()
{
    static const QStringList names{QStringLiteral("code"),   QStringLiteral("scan"),   QStringLiteral("qr"),
                                   QStringLiteral("init"),   QStringLiteral("list"),   QStringLiteral("add"),
                                   QStringLiteral("show"),   QStringLiteral("edit"),   QStringLiteral("rename"),
                                   QStringLiteral("rm"),     QStringLiteral("passwd"), QStringLiteral("import"),
                                   QStringLiteral("export"), QStringLiteral("status"), QStringLiteral("merge")};
    return names;
}

QString plainRoff(const QString& roff)
{
    QString text = roff;
    text.replace(QStringLiteral("\\-"), QStringLiteral("-"));
    text.remove(QRegularExpression(QStringLiteral("\\\\f[BIRP]")));
    text.replace(QStringLiteral("\\(ti"), QStringLiteral("~"));
    return text;
}

QStringList manSection(const QString& page, const QString& name)
{
    QStringList lines;
    bool inside = false;
    for (const QString& line : page.split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String(".SH "))) {
            QString title = line.mid(4).trimmed();
            title.remove(QLatin1Char('"'));
            inside = title == name;
            continue;
        }
        if (inside) {
            lines.append(plainRoff(line));
        }
    }
    return lines;
}

QMap<QString, QStringList> manSubsections(const QStringList& section)
{
    QMap<QString, QStringList> subsections;
    QString current;
    for (const QString& line : section) {
        if (line.startsWith(QLatin1String(".SS "))) {
            current = line.mid(4).trimmed();
            current.remove(QLatin1Char('"'));
            subsections[current];
        } else if (!current.isEmpty()) {
            subsections[current].append(line);
        }
    }
    return subsections;
}

QSet<QString> optionsIn(const QString& text)
{
    static const QRegularExpression option(QStringLiteral("(?<![\\w\\-./])(--?[a-z][a-z0-9-]*)"));
    QSet<QString> found;
    for (auto it = option.globalMatch(text); it.hasNext();) {
        found.insert(it.next().captured(1));
    }
    return found;
}

QSet<QString> helpOptions(const QByteArray& help)
{
    static const QRegularExpression line(QStringLiteral("^  (-[^\\s,]+)(?:, (--[^\\s,]+))?"));
    QSet<QString> found;
    for (const QString& text : QString::fromUtf8(help).split(QLatin1Char('\n'))) {
        const QRegularExpressionMatch match = line.match(text);
        if (!match.hasMatch()) {
            continue;
        }
        found.insert(match.captured(1));
        if (match.hasCaptured(2)) {
            found.insert(match.captured(2));
        }
    }
    return found;
}

Sandbox::Sandbox()
{
    REQUIRE(root.isValid());
    environment = test::privateUserFolders(root.path());
    const QDir dir(root.path());
    home = dir.filePath(QStringLiteral("home"));
    dataHome = dir.filePath(QStringLiteral("data"));
    work = dir.filePath(QStringLiteral("work"));
    REQUIRE(dir.mkpath(QStringLiteral("work")));
    REQUIRE(dir.mkpath(QStringLiteral("home/Pictures")));
    environment << QStringLiteral("PATH=") + QFileInfo(cliProgram()).absolutePath() + QLatin1Char(':') +
                       qEnvironmentVariable("PATH")
                << QStringLiteral("TWOSTEP_VAULT=");
    writeScreenshot(QDir(home).filePath(QStringLiteral("Pictures/aws-mfa.png")), {kAwsUri});
}

QStringList kdfFloor()
{
    return {QStringLiteral("--kdf-memory"),      QStringLiteral("8192"),
            QStringLiteral("--kdf-iterations"),  QStringLiteral("1"),
            QStringLiteral("--kdf-parallelism"), QStringLiteral("1")};
}

void writeScreenshot(const QString& path, const QStringList& qrTexts)
{
    QImage page(1280, 720, QImage::Format_RGB32);
    page.fill(QColor(0xf2, 0xf3, 0xf3)); // the AWS console's page grey
    QPainter painter(&page);
    int x = 200;
    for (const QString& text : qrTexts) {
        Result<QImage> qr = qr::encodeQr(text, 4);
        REQUIRE(qr);
        painter.drawImage(QPoint(x, 150), *qr);
        x += qr->width() + 40;
    }
    painter.end();
    REQUIRE(page.save(path));
}

void Mismatches::report(const char* what) const
{
    for (const QString& item : items) {
        UNSCOPED_INFO(item.toStdString());
    }
    INFO(what << ": " << items.size() << " mismatches");
    CHECK(items.isEmpty());
}

} // namespace twostep::contract
