// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "GuiHardeningSupport.h"
#include "ui/MainWindow.h"
#include "ui/Settings.h"
#include "ui/desktop/ClipboardService.h"
#include "ui/dialogs/ImportDialog.h"

#include <QFile>
#include <QGuiApplication>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <string>
#include <unistd.h>

using namespace twostep;
using test::child;
using test::randomBytes;
using test::token;
using test::utf16;
using test::waitForChild;

// QLineEdit::clear() records what it removes in the field's undo history, even in password mode:
// switching the echo mode to Normal and calling undo() brings the password back. setText({})
// drops the history. Each field is checked after the step that is meant to forget it.
TEST_CASE("password fields keep no undo history of the password once used", "[hardening][secrets][gui]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString password = token("pw-");
    const auto recoverable = [](QLineEdit* field) {
        field->setEchoMode(QLineEdit::Normal);
        field->undo();
        const QString text = field->text();
        field->setText(QString());
        field->setEchoMode(QLineEdit::Password);
        return text;
    };
    ui::Settings settings(dir.filePath(QStringLiteral("settings.ini")));
    ui::ClipboardService clipboard(QGuiApplication::clipboard());
    ui::MainWindow window(dir.filePath(QStringLiteral("vault.twostep")), settings, clipboard);
    window.setKdfParameters(vault::fastKdfParametersForTests());
    window.show();

    auto* newPassword = child<QLineEdit>(window, "newPasswordLineEdit");
    auto* confirm = child<QLineEdit>(window, "confirmPasswordLineEdit");
    QTest::keyClicks(newPassword, password);
    QTest::keyClicks(confirm, password);
    QTest::mouseClick(child<QPushButton>(window, "createVaultButton"), Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&window] { return window.isUnlocked(); }, 20000));
    CHECK(recoverable(newPassword).isEmpty());
    CHECK(recoverable(confirm).isEmpty());

    QByteArray secret = randomBytes(20);
    otp::Account account{QStringLiteral("Example"), QStringLiteral("alice"), SecretBytes::takeFrom(secret),
                         otp::OtpParameters::totpDefaults(), QString()};
    window.addAccounts({account}, false);
    window.lock();
    auto* unlock = child<QLineEdit>(window, "passwordLineEdit");
    QTest::keyClicks(unlock, password);
    QTest::keyClick(unlock, Qt::Key_Return);
    REQUIRE(QTest::qWaitFor([&window] { return window.isUnlocked(); }, 20000));
    CHECK(recoverable(unlock).isEmpty());

    const QString backup = dir.filePath(QStringLiteral("backup.twostep"));
    REQUIRE(vault::writeVaultCopy(backup, window.vault()->entries(), SecretBytes::fromUtf8(password),
                                  vault::fastKdfParametersForTests()));
    window.importAccounts();
    auto* import = waitForChild<ui::ImportDialog>(window);
    import->openFile(backup);
    auto* importPassword = child<QLineEdit>(*import, "importPasswordLineEdit");
    QTest::keyClicks(importPassword, password);
    QTest::mouseClick(child<QPushButton>(*import, "unlockFileButton"), Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] { return !import->isBusy(); }, 60000)); // read on a worker thread
    REQUIRE(importPassword->text().isEmpty());
    REQUIRE(QTest::qWaitFor([&] { return child<QPushButton>(*import, "unlockFileButton")->isEnabled(); }, 20000));
    CHECK(recoverable(importPassword).isEmpty());
    import->reject();
    window.close();
}

namespace {

// Copies of `needle` in this process's writable memory, by where they are: [heap], [stack] and
// the other writable mappings (malloc arenas, thread stacks, libraries' data).
struct MemoryCopies
{
    int heap = 0;
    int stack = 0;
    int other = 0;
    int total() const { return heap + stack + other; }
};

MemoryCopies copiesInMemory(const QByteArray& needle)
{
    QFile maps(QStringLiteral("/proc/self/maps"));
    REQUIRE(maps.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = maps.readAll().split('\n');
    const int mem = ::open("/proc/self/mem", O_RDONLY);
    REQUIRE(mem >= 0);
    MemoryCopies copies;
    QByteArray buffer;
    for (const QByteArray& line : lines) {
        const QList<QByteArray> fields = line.simplified().split(' ');
        if (fields.size() < 2 || !fields.at(1).startsWith("rw") || line.contains("[vvar")) {
            continue;
        }
        const QList<QByteArray> range = fields.at(0).split('-');
        const quint64 begin = range.at(0).toULongLong(nullptr, 16);
        const quint64 end = range.at(1).toULongLong(nullptr, 16);
        if (end - begin > (quint64(1) << 30)) {
            continue; // reserved address space (a sanitizer's shadow), not data
        }
        buffer.resize(static_cast<qsizetype>(end - begin));
        const ssize_t read = ::pread(mem, buffer.data(), static_cast<size_t>(buffer.size()), static_cast<off_t>(begin));
        int& count = line.contains("[heap]") ? copies.heap : line.contains("[stack]") ? copies.stack : copies.other;
        for (qsizetype at = 0; read > 0 && (at = buffer.indexOf(needle, at)) >= 0 && at < read; at += needle.size()) {
            ++count;
        }
    }
    ::close(mem);
    buffer.fill('\0');
    return copies;
}

} // namespace

// Not a test: how many copies of a typed vault password stay in memory after each step (the
// probe's own copies subtracted). Run by hand: twostep_hardening_gui_tests "[.memory-probe]"
TEST_CASE("GUI memory probe: copies of the vault password left in memory", "[.memory-probe]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString password = token("probe-");
    const QByteArray utf8 = password.toUtf8();
    const QByteArray wide = utf16(password);
    const MemoryCopies baseUtf8 = copiesInMemory(utf8);
    const MemoryCopies baseWide = copiesInMemory(wide);
    const auto report = [&](const char* step) {
        const auto line = [](const MemoryCopies& now, const MemoryCopies& base) {
            return std::to_string(now.total() - base.total()) + " (heap " + std::to_string(now.heap - base.heap) +
                   ", stack " + std::to_string(now.stack - base.stack) + ", other " +
                   std::to_string(now.other - base.other) + ")";
        };
        WARN(step << ": UTF-8 copies " << line(copiesInMemory(utf8), baseUtf8) << "; UTF-16 copies "
                  << line(copiesInMemory(wide), baseWide));
    };
    {
        ui::Settings settings(dir.filePath(QStringLiteral("settings.ini")));
        ui::ClipboardService clipboard(QGuiApplication::clipboard());
        ui::MainWindow window(dir.filePath(QStringLiteral("vault.twostep")), settings, clipboard);
        window.setKdfParameters(vault::fastKdfParametersForTests());
        window.show();
        QTest::keyClicks(child<QLineEdit>(window, "newPasswordLineEdit"), password);
        QTest::keyClicks(child<QLineEdit>(window, "confirmPasswordLineEdit"), password);
        report("typed twice on the create page");
        QTest::mouseClick(child<QPushButton>(window, "createVaultButton"), Qt::LeftButton);
        REQUIRE(QTest::qWaitFor([&window] { return window.isUnlocked(); }, 20000));
        report("vault created");
        window.lock();
        auto* unlock = child<QLineEdit>(window, "passwordLineEdit");
        QTest::keyClicks(unlock, password);
        QTest::keyClick(unlock, Qt::Key_Return);
        REQUIRE(QTest::qWaitFor([&window] { return window.isUnlocked(); }, 20000));
        report("locked and unlocked");
        window.lock();
        report("locked again");
    }
    report("window destroyed");
}
