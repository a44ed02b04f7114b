// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include <QLabel>

namespace twostep::ui {

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent)
{
    setWindowTitle(tr("Twostep"));
    auto* label = new QLabel(tr("Twostep %1").arg(QStringLiteral(TWOSTEP_VERSION)), this);
    label->setObjectName(QStringLiteral("versionLabel"));
    label->setAlignment(Qt::AlignCenter);
    setCentralWidget(label);
    resize(420, 560);
}

} // namespace twostep::ui
