// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "WaylandTestSupport.h"

#include "SampleAccounts.h"
#include "WidgetTestSupport.h"
#include "ui/AccountListModel.h"
#include "vault/Vault.h"

#include <QLineEdit>
#include <QPushButton>
#include <QTest>

namespace twostep::test {

bool onMutter()
{
    return QGuiApplication::platformName().startsWith(QStringLiteral("wayland")) &&
           !qEnvironmentVariable("WAYLAND_DISPLAY").isEmpty();
}

QString wlPaste()
{
    // wl-paste takes the focus for a moment: the event loop keeps running meanwhile.
    QProcess paste;
    paste.start(QStringLiteral("wl-paste"),
                {QStringLiteral("--no-newline"), QStringLiteral("--type"), QStringLiteral("text/plain")});
    REQUIRE(paste.waitForStarted(5000));
    REQUIRE(QTest::qWaitFor([&paste] { return paste.state() == QProcess::NotRunning; }, 10000));
    const QByteArray out = paste.readAllStandardOutput();
    const QByteArray err = paste.readAllStandardError();
    // Nothing copied, or no text among what is (a cleared code leaves only the hint): no text.
    INFO("wl-paste: " << err.toStdString());
    REQUIRE((paste.exitCode() == 0 || err.contains("Nothing is copied") || err.contains("No suitable type")));
    return QString::fromUtf8(out);
}

FocusHolder::FocusHolder(const QString& clipboardText)
{
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process.start(QStringLiteral(TWOSTEP_FOCUS_HOLDER),
                    clipboardText.isEmpty() ? QStringList() : QStringList{clipboardText});
    REQUIRE(m_process.waitForStarted(5000));
}

FocusHolder::~FocusHolder()
{
    quit();
}

bool FocusHolder::waitUntilActive(int timeoutMs)
{
    return QTest::qWaitFor(
        [this] {
            m_output += m_process.readAllStandardOutput();
            const qsizetype active = m_output.lastIndexOf("active\n");
            return active >= 0 && (active == 0 || m_output.at(active - 1) == '\n');
        },
        timeoutMs);
}

void quitHelper(QProcess& process)
{
    if (process.state() == QProcess::NotRunning) {
        return;
    }
    process.write("quit\n");
    process.closeWriteChannel();
    if (!QTest::qWaitFor([&process] { return process.state() == QProcess::NotRunning; }, 5000)) {
        process.kill();
        process.waitForFinished(2000);
    }
}

void FocusHolder::quit()
{
    quitHelper(m_process);
}

UnlockedWindow::UnlockedWindow(int clearSeconds)
    : settings(dir.filePath(QStringLiteral("settings.ini"))),
      window(dir.filePath(QStringLiteral("vault.twostep")), settings, clipboard)
{
    settings.setClipboardClearSeconds(clearSeconds);
    window.setKdfParameters(vault::fastKdfParametersForTests());
    window.show();
    // Qt's Wayland plugin does not claim WindowActivation: the keyboard focus tells.
    REQUIRE(QTest::qWaitFor([this] { return window.isActiveWindow(); }, 10000));
    const QString password = QStringLiteral("correct horse battery staple");
    QTest::keyClicks(child<QLineEdit>(window, "newPasswordLineEdit"), password);
    QTest::keyClicks(child<QLineEdit>(window, "confirmPasswordLineEdit"), password);
    QTest::mouseClick(child<QPushButton>(window, "createVaultButton"), Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([this] { return window.isUnlocked(); }, 20000));
    window.addAccounts({sampleTable().constFirst()}, false);
    REQUIRE(window.model()->rowCount() == 1);
    id = window.model()->idAt(0);
}

QString UnlockedWindow::code() const
{
    return window.model()->index(0).data(ui::AccountListModel::CodeRole).toString();
}

} // namespace twostep::test
