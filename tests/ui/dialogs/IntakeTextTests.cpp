// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AddAccountDialog.h"
#include "ImportDialog.h"
#include "TestSupport.h"
#include "otp/OtpauthUri.h"
#include "qr/QrEncoder.h"

#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QPainter>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace twostep;

namespace {

const QByteArray kPassword = "correct horse\n";
const QString kGitHub = QStringLiteral("otpauth://totp/GitHub:alice?secret=JBSWY3DPEHPK3PXP&issuer=GitHub");
const QString kAws = QStringLiteral("otpauth://totp/Amazon%20Web%20Services:root@123456789012?secret="
                                    "GEZDGNBVGY3TQOJQ&issuer=Amazon%20Web%20Services");

// One screenshot holding every case of the intake: a duplicate under the same and under another
// label, a new account and its repeat, a new secret under a vault account's label, a Wi-Fi code.
const QStringList kScreenshotTexts{
    kGitHub,
    QStringLiteral("otpauth://totp/GitHub:alice-old?secret=JBSWY3DPEHPK3PXP&issuer=GitHub"),
    QStringLiteral("otpauth://totp/Shop:carol?secret=MFRGGZDFMZTWQ2LK&issuer=Shop"),
    QStringLiteral("otpauth://totp/Shop:carol-again?secret=MFRGGZDFMZTWQ2LK&issuer=Shop"),
    QStringLiteral("otpauth://totp/Amazon%20Web%20Services:root@123456789012?secret=7KSQL2JTUDIS5EF65KLMRQIIGY"
                   "&issuer=Amazon%20Web%20Services"),
    QStringLiteral("WIFI:S:home;T:WPA;P:password;;"),
};

QString screenshot(const QString& dir)
{
    QImage canvas(1600, 900, QImage::Format_RGB32);
    canvas.fill(Qt::white);
    QPainter painter(&canvas);
    for (int i = 0; i < kScreenshotTexts.size(); ++i) {
        const QImage qr = qr::encodeQr(kScreenshotTexts.at(i), 5).value();
        painter.drawImage(60 + (i % 3) * 520, 60 + (i / 3) * 420, qr);
    }
    painter.end();
    const QString path = QDir(dir).filePath(QStringLiteral("intake.png"));
    REQUIRE(canvas.save(path));
    return path;
}

// The CLI's words for each case of `add --image`: "LABEL (REASON)" as the dialogs show it, and
// "QR code N: REASON" for a code that gave no account.
QStringList cliWords(const QString& stderrText, const QString& path)
{
    QStringList words;
    static const QRegularExpression account(
        QStringLiteral("^(?:skipped|note): ([^:]+:[^:]+): (.+?)(?: \\(id [^)]+\\))?$"));
    const QString rejectedPrefix = QStringLiteral("skipped: ") + path + QStringLiteral(": ");
    for (const QString& line : stderrText.split(QLatin1Char('\n'))) {
        if (line.startsWith(rejectedPrefix)) {
            words.append(line.mid(rejectedPrefix.size()));
        } else if (const QRegularExpressionMatch match = account.match(line); match.hasMatch()) {
            words.append(QStringLiteral("%1 (%2)").arg(match.captured(1), match.captured(2)));
        }
    }
    return words;
}

QStringList rows(const QListWidget* list)
{
    QStringList texts;
    for (int row = 0; row < list->count(); ++row) {
        texts.append(list->item(row)->text());
    }
    return texts;
}

} // namespace

TEST_CASE("The add dialog, the import dialog and twostep-cli add say the same words for one screenshot",
          "[ui][dialogs][intake][cli]")
{
    QTemporaryDir dir;
    const QString vault = dir.filePath(QStringLiteral("vault.twostep"));
    const auto cli = [&](QStringList arguments) {
        arguments << QStringLiteral("--vault") << vault << QStringLiteral("--password-stdin");
        return test::runCli(arguments, kPassword);
    };
    REQUIRE(cli({QStringLiteral("init"), QStringLiteral("--kdf-memory"), QStringLiteral("8192"),
                 QStringLiteral("--kdf-iterations"), QStringLiteral("1"), QStringLiteral("--kdf-parallelism"),
                 QStringLiteral("1")})
                .exitCode == 0);
    REQUIRE(cli({QStringLiteral("add"), QStringLiteral("--uri"), kGitHub}).exitCode == 0);
    const test::ProcessResult aws = cli({QStringLiteral("add"), QStringLiteral("--uri"), kAws});
    REQUIRE(aws.exitCode == 0);
    const QString awsId = QString::fromUtf8(aws.out).trimmed();
    const QString path = screenshot(dir.path());

    const test::ProcessResult added = cli({QStringLiteral("add"), QStringLiteral("--image"), path});
    INFO(added.err.toStdString());
    REQUIRE(added.exitCode == 0);
    // The same-label note names the account a replace would take the place of (issue 15).
    CHECK(added.err.contains(QStringLiteral("(id %1)").arg(awsId).toUtf8()));
    const QStringList words = cliWords(QString::fromUtf8(added.err), path);
    const QStringList expected{
        QStringLiteral("GitHub:alice (already in the vault)"),
        QStringLiteral("GitHub:alice-old (already in the vault as GitHub:alice)"),
        QStringLiteral("Shop:carol-again (repeats Shop:carol, found earlier)"),
        QStringLiteral("Amazon Web Services:root@123456789012 (same issuer and name as an account in the vault, "
                       "another secret)"),
    };
    for (const QString& word : expected) {
        CHECK(words.contains(word));
    }
    const QStringList rejected = words.filter(QRegularExpression(QStringLiteral("^QR code \\d+: not an OTP code$")));
    REQUIRE(rejected.size() == 1);

    const QList<otp::Account> existing{otp::parseOtpauthUri(kGitHub).value().account,
                                       otp::parseOtpauthUri(kAws).value().account};
    ui::AddAccountDialog addDialog(existing);
    addDialog.show();
    addDialog.addImageFile(path);
    const QStringList addRows = rows(addDialog.findChild<QListWidget*>(QStringLiteral("candidateList")));
    const QString status = addDialog.findChild<QLabel*>(QStringLiteral("scanStatusLabel"))->text();
    for (const QString& word : expected) {
        CHECK(addRows.contains(word));
    }
    CHECK(status.contains(rejected.constFirst()));

    ui::ImportDialog importDialog(existing);
    importDialog.show();
    importDialog.openFile(path);
    REQUIRE(QTest::qWaitFor([&] { return !importDialog.isBusy(); }, 60000));
    const QStringList importRows = rows(importDialog.findChild<QListWidget*>(QStringLiteral("importPreviewList")));
    for (const QString& word : expected) {
        CHECK(importRows.contains(word));
    }
    CHECK(
        importDialog.findChild<QLabel*>(QStringLiteral("importWarningsLabel"))->text().contains(rejected.constFirst()));
}
