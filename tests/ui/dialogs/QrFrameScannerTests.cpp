// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "migration/Migration.h"
#include "migration/TransferBatches.h"
#include "otp/Base32.h"
#include "ui/ErrorText.h"
#include "ui/dialogs/AddAccountDialog.h"
#include "ui/dialogs/CameraPreview.h"
#include "ui/dialogs/QrFrameScanner.h"

#include <QDir>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QMediaPlayer>
#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QVideoSink>

using namespace twostep;

namespace {

// A three-batch Google Authenticator transfer export (21 accounts, 10 a batch).
QStringList transferUris()
{
    QList<otp::Account> accounts;
    for (int i = 0; i < 21; ++i) {
        otp::Account account;
        account.issuer = QStringLiteral("Service %1").arg(i);
        account.name = QStringLiteral("user%1@example.com").arg(i);
        account.secret = otp::decodeBase32(QString(QStringLiteral("JBSWY3DPEHPK3PX") + QChar(u'A' + i))).value();
        accounts.append(account);
    }
    return migration::buildMigrationUris(accounts).uris;
}

// Runs `program` with `input` on standard input (never a secret on a command line).
QString run(const QString& program, const QStringList& arguments, const QByteArray& input = {})
{
    QProcess process;
    process.start(program, arguments);
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(60000) || process.exitCode() != 0) {
        return QString::fromLocal8Bit(process.readAllStandardError()) + program + QStringLiteral(" failed");
    }
    return {};
}

} // namespace

TEST_CASE("QrFrameScanner reads all batches of a transfer export from a video played through Qt Multimedia, and the "
          "add dialog lists them",
          "[dialogs][camera]")
{
    const QString qrencode = QStandardPaths::findExecutable(QStringLiteral("qrencode"));
    const QString gst = QStandardPaths::findExecutable(QStringLiteral("gst-launch-1.0"));
    if (qrencode.isEmpty() || gst.isEmpty()) {
        TWOSTEP_SKIP("qrencode or gst-launch-1.0 missing (scripts/install-deps.sh installs them)");
    }
    const QStringList uris = transferUris();
    REQUIRE(uris.size() == 3);
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    // Each batch shown for twelve frames at 8 frames a second: a phone held up for 1.5 s each.
    constexpr int kFramesEach = 12;
    for (int batch = 0; batch < uris.size(); ++batch) {
        const QString png = dir.filePath(QStringLiteral("batch%1.png").arg(batch));
        REQUIRE(run(qrencode,
                    {QStringLiteral("-o"), png, QStringLiteral("-s"), QStringLiteral("4"), QStringLiteral("-m"),
                     QStringLiteral("4")},
                    uris.at(batch).toUtf8()) == QString());
        for (int frame = 0; frame < kFramesEach; ++frame) {
            REQUIRE(QFile::copy(png, dir.filePath(QStringLiteral("frame%1.png").arg(batch * kFramesEach + frame))));
        }
    }
    const QString video = dir.filePath(QStringLiteral("transfer.avi"));
    const QString pipeline =
        QStringLiteral("multifilesrc location=%1 index=0 caps=image/png,framerate=8/1 ! pngdec ! videoconvert ! "
                       "videoscale add-borders=true ! video/x-raw,format=I420,width=640,height=640 ! jpegenc "
                       "quality=90 ! avimux ! filesink location=%2")
            .arg(dir.filePath(QStringLiteral("frame%d.png")), video);
    REQUIRE(run(gst, QStringList{QStringLiteral("-q")} + QProcess::splitCommand(pipeline)) == QString());
    REQUIRE(QFileInfo(video).size() > 0);

    QMediaPlayer player;
    QVideoSink sink;
    player.setVideoSink(&sink);
    ui::QrFrameScanner scanner(&sink);
    QStringList found;
    QObject::connect(&scanner, &ui::QrFrameScanner::codesFound, [&found](const QList<qr::ScannedCode>& codes) {
        for (const qr::ScannedCode& code : codes) {
            found.append(code.text);
        }
    });
    // The add dialog lists what the frames give, batch by batch, as it does for screenshots.
    ui::AddAccountDialog dialog({});
    QObject::connect(&scanner, &ui::QrFrameScanner::codesFound, &dialog, &ui::AddAccountDialog::addCameraCodes);
    auto* status = dialog.findChild<QLabel*>(QStringLiteral("scanStatusLabel"));
    REQUIRE(status != nullptr);
    QStringList statuses;
    QObject::connect(&scanner, &ui::QrFrameScanner::codesFound,
                     [&statuses, status](const QList<qr::ScannedCode>&) { statuses.append(status->text()); });
    QString playError;
    QObject::connect(&player, &QMediaPlayer::errorOccurred,
                     [&playError](QMediaPlayer::Error, const QString& reason) { playError = reason; });
    player.setSource(QUrl::fromLocalFile(video));
    player.play();
    QTRY_VERIFY_WITH_TIMEOUT(player.mediaStatus() == QMediaPlayer::EndOfMedia || !playError.isEmpty(), 30000);
    if (!playError.isEmpty() && scanner.scannedFrames() == 0) {
        TWOSTEP_SKIP("Qt Multimedia cannot play the video here: " << playError.toStdString());
    }
    QTest::qWait(500); // the last frame's scan
    INFO("frames scanned " << scanner.scannedFrames() << ", skipped " << scanner.skippedFrames());
    CHECK(scanner.scannedFrames() >= 3);
    migration::TransferBatches batches;
    for (const QString& text : std::as_const(found)) {
        const auto batch = migration::parseMigrationUri(text);
        REQUIRE(batch);
        batches.add(*batch);
    }
    CHECK(found.size() == 3); // each batch once, however many frames showed it
    CHECK(batches.missing().isEmpty());
    for (const QString& uri : uris) {
        CHECK(found.contains(uri));
    }
    // After the second batch only the third was missing; after the third, nothing.
    const std::int32_t batchId = migration::parseMigrationUri(uris.at(0))->batchId;
    INFO(statuses.join(QStringLiteral(" | ")).toStdString());
    REQUIRE(statuses.size() == 3);
    CHECK(statuses.at(1).contains(ui::missingBatchesText({migration::MissingBatches{batchId, 3, {3}, 1}})));
    CHECK_FALSE(statuses.at(2).contains(QStringLiteral("missing")));
    CHECK(dialog.findChild<QListWidget*>(QStringLiteral("candidateList"))->count() == 21);
}

TEST_CASE("Add account: without a camera the camera button is disabled and says why", "[dialogs][camera]")
{
    if (ui::CameraPreview::cameraAvailable()) {
        TWOSTEP_SKIP("this machine has a camera");
    }
    ui::AddAccountDialog dialog({});
    auto* button = dialog.findChild<QPushButton*>(QStringLiteral("scanCameraButton"));
    REQUIRE(button != nullptr);
    CHECK_FALSE(button->isEnabled());
    CHECK(button->text() == ui::AddAccountDialog::tr("No camera found"));
    CHECK_FALSE(button->toolTip().isEmpty());
}
