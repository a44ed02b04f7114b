// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Scan time per screenshot: writes each image as PNG into the directory given (the files that
// tests/bench/qr_bench.sh hands to twostep-cli, ZXingReader and zbarimg) and prints the median
// wall-clock and CPU milliseconds of scanImage() over several runs.
#include "QrTestImages.h"
#include "qr/QrScanner.h"

#include <QDir>
#include <QElapsedTimer>
#include <QGuiApplication>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <vector>

using namespace twostep;

namespace {

const QString kUri =
    QStringLiteral("otpauth://totp/Amazon%20Web%20Services:alice@123456789012?secret="
                   "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP&issuer=Amazon%20Web%20Services");

struct Case
{
    QString name;
    QImage image;
    bool hasCode = true;
    const char* format = "png";
};

// One QR as a browser shows AWS's enrollment page, at `module` pixels a module.
QImage screenshot(QSize size, int module, bool dark, unsigned seed)
{
    QImage page = test::fakeScreenshot(size, dark, seed);
    const QImage qr = test::qrImage(kUri, module);
    test::paste(page, dark ? test::invertedImage(qr) : qr,
                QPoint(size.width() * int(3 + seed % 2) / 6, size.height() * int(1 + seed % 3) / 6));
    return page;
}

// Per resolution: light pages at 200 % and 100 %, a small code, dark mode, a page without a code,
// a JPEG, a grey card and a code cut at the edge.
std::vector<Case> cases()
{
    struct Resolution
    {
        const char* name;
        QSize size;
        int module;
    };
    const Resolution resolutions[] = {{"1080p", {1920, 1080}, 4}, {"4k", {3840, 2160}, 8}, {"5k", {5120, 2880}, 8}};
    std::vector<Case> result;
    for (const Resolution& r : resolutions) {
        const QString prefix = QString::fromLatin1(r.name) + QLatin1Char('-');
        result.push_back({prefix + QStringLiteral("light"), screenshot(r.size, r.module, false, 1)});
        result.push_back({prefix + QStringLiteral("light2"), screenshot(r.size, r.module / 2 + 1, false, 2)});
        result.push_back({prefix + QStringLiteral("small"), screenshot(r.size, 3, false, 3)});
        result.push_back({prefix + QStringLiteral("dark"), screenshot(r.size, r.module, true, 4)});
        result.push_back({prefix + QStringLiteral("none"), test::fakeScreenshot(r.size, false, 5), false});
        result.push_back({prefix + QStringLiteral("photo"), screenshot(r.size, r.module, false, 6), true, "jpg"});
        // The two kinds the ordinary passes miss: a mid-grey code on a grey card, a code cut at the edge.
        result.push_back(
            {prefix + QStringLiteral("card"), test::greyCardScreenshot(r.size, kUri, r.module / 2 + 1, 175, 195)});
        QImage cut = test::fakeScreenshot(r.size, false, 7);
        const QImage qr = test::qrImage(kUri, r.module / 2 + 1);
        test::paste(cut, qr, QPoint(r.size.width() - qr.width() + 5 * (r.module / 2 + 1), r.size.height() / 3));
        result.push_back({prefix + QStringLiteral("cut"), cut});
    }
    return result;
}

} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QGuiApplication app(argc, argv);
    const QString outDir = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QDir::tempPath();
    const int runs = argc > 2 ? std::max(1, atoi(argv[2])) : 7;

    std::printf("%-14s %6s %6s %10s %10s %s\n", "image", "width", "height", "wall ms", "cpu ms", "result");
    for (const Case& c : cases()) {
        c.image.save(QDir(outDir).filePath(c.name + QLatin1Char('.') + QLatin1String(c.format)), c.format, 85);
        std::vector<double> wall;
        std::vector<double> cpu;
        bool right = false;
        for (int run = 0; run < runs; ++run) {
            timespec start{}, end{};
            QElapsedTimer timer;
            timer.start();
            clock_gettime(CLOCK_THREAD_CPUTIME_ID, &start);
            const auto codes = qr::scanImage(c.image);
            clock_gettime(CLOCK_THREAD_CPUTIME_ID, &end);
            wall.push_back(double(timer.nsecsElapsed()) / 1e6);
            cpu.push_back(double(end.tv_sec - start.tv_sec) * 1e3 + double(end.tv_nsec - start.tv_nsec) / 1e6);
            right = c.hasCode ? codes.size() == 1 && codes[0].text == kUri : codes.isEmpty();
        }
        std::sort(wall.begin(), wall.end());
        std::sort(cpu.begin(), cpu.end());
        std::printf("%-14s %6d %6d %10.1f %10.1f %s\n", qPrintable(c.name), c.image.width(), c.image.height(),
                    wall[wall.size() / 2], cpu[cpu.size() / 2], right ? "ok" : "WRONG");
    }
    return 0;
}
