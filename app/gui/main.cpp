// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include <QApplication>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("twostep"));
    QApplication::setOrganizationName(QStringLiteral("twostep"));
    QApplication::setApplicationDisplayName(QStringLiteral("Twostep"));
    QApplication::setApplicationVersion(QStringLiteral(TWOSTEP_VERSION));

    twostep::ui::MainWindow window;
    window.show();
    return QApplication::exec();
}
