// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Another Wayland client for the mutter tests: a small window that takes the focus away from
// Twostep. It prints "active"/"inactive" as its focus changes, puts its first argument (if any)
// on the clipboard once focused, and quits when its stdin closes or says "quit".
#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QSocketNotifier>

#include <cstdio>
#include <unistd.h>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    const QString clipboardText = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    QLabel window(QStringLiteral("Another program"));
    window.setWindowTitle(QStringLiteral("Focus holder"));
    window.resize(300, 200);
    QObject::connect(&app, &QGuiApplication::applicationStateChanged, [&clipboardText](Qt::ApplicationState state) {
        const bool active = state == Qt::ApplicationActive;
        if (active && !clipboardText.isEmpty()) {
            QGuiApplication::clipboard()->setText(clipboardText);
        }
        std::printf("%s\n", active ? "active" : "inactive");
        std::fflush(stdout);
    });
    QSocketNotifier input(STDIN_FILENO, QSocketNotifier::Read);
    QObject::connect(&input, &QSocketNotifier::activated, [&input] {
        char buffer[64];
        const ssize_t got = ::read(STDIN_FILENO, buffer, sizeof(buffer));
        if (got <= 0 || QByteArray(buffer, static_cast<int>(got)).contains("quit")) {
            input.setEnabled(false);
            QApplication::quit();
        }
    });
    window.show();
    return QApplication::exec();
}
