// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Scan time per screenshot: writes each image as PNG into the directory given (for zbarimg in
// the script) and prints the median wall-clock and CPU milliseconds of scanImage() over several runs.
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
    const char* name;
    QImage image;
};

} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QGuiApplication app(argc, argv);
    const QString outDir = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QDir::tempPath();
    const int runs = argc > 2 ? std::max(1, atoi(argv[2])) : 7;

    // One QR as a browser shows AWS's enrollment page: 4 px a module at 100 %, 8 px at 200 %.
    std::vector<Case> cases;
    auto screenshot = [](QSize size, int module, bool dark) {
        QImage page = test::fakeScreenshot(size, dark);
        const QImage qr = test::qrImage(kUri, module);
        test::paste(page, dark ? test::invertedImage(qr) : qr, QPoint(size.width() * 3 / 5, size.height() / 4));
        return page;
    };
    cases.push_back({"1920x1080", screenshot(QSize(1920, 1080), 4, false)});
    cases.push_back({"3840x2160", screenshot(QSize(3840, 2160), 8, false)});
    cases.push_back({"5120x2880", screenshot(QSize(5120, 2880), 8, false)});
    cases.push_back({"5120x2880-small", screenshot(QSize(5120, 2880), 3, false)});
    cases.push_back({"3840x2160-dark", screenshot(QSize(3840, 2160), 8, true)});
    // Nothing to find: every fallback pass runs (the worst case of "scan the screen").
    cases.push_back({"1920x1080-none", test::fakeScreenshot(QSize(1920, 1080))});
    cases.push_back({"5120x2880-none", test::fakeScreenshot(QSize(5120, 2880))});

    std::printf("%-18s %6s %6s %10s %10s %s\n", "image", "width", "height", "wall ms", "cpu ms", "result");
    for (const Case& c : cases) {
        c.image.save(QDir(outDir).filePath(QString::fromLatin1(c.name) + QStringLiteral(".png")));
        std::vector<double> wall;
        std::vector<double> cpu;
        bool found = false;
        for (int run = 0; run < runs; ++run) {
            timespec start{}, end{};
            QElapsedTimer timer;
            timer.start();
            clock_gettime(CLOCK_THREAD_CPUTIME_ID, &start);
            const auto codes = qr::scanImage(c.image);
            clock_gettime(CLOCK_THREAD_CPUTIME_ID, &end);
            wall.push_back(double(timer.nsecsElapsed()) / 1e6);
            cpu.push_back(double(end.tv_sec - start.tv_sec) * 1e3 + double(end.tv_nsec - start.tv_nsec) / 1e6);
            found = codes.size() == 1 && codes[0].text == kUri;
            if (QByteArray(c.name).endsWith("-none")) {
                found = codes.isEmpty();
            }
        }
        std::sort(wall.begin(), wall.end());
        std::sort(cpu.begin(), cpu.end());
        std::printf("%-18s %6d %6d %10.1f %10.1f %s\n", c.name, c.image.width(), c.image.height(),
                    wall[wall.size() / 2], cpu[cpu.size() / 2], found ? "ok" : "WRONG");
    }
    return 0;
}
