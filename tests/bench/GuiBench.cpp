// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
// GUI start-up numbers for tests/bench/gui_bench.sh:
//   twostep_gui_bench setup VAULT N [icons]  writes a vault with N accounts (default KDF cost),
//                                            each with its own PNG icon when asked
//   twostep_gui_bench run VAULT START_NS     START_NS: the script's clock just before exec
// Prints: unlock screen painted (ms after START_NS), password submitted → list painted (ms),
// split into Vault::open (Argon2id + decryption) and the rest (model, generators, paint), the KDF
// alone (a second Vault::open), resident memory once the list shows, and the worst time from a
// keystroke in the filter to the list repainted.
#include "otp/Base32.h"
#include "ui/AccountListModel.h"
#include "ui/AccountListPage.h"
#include "ui/MainWindow.h"
#include "ui/Settings.h"
#include "ui/desktop/ClipboardService.h"

#include <QApplication>
#include <QBuffer>
#include <QClipboard>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QLineEdit>
#include <QListView>
#include <QTemporaryDir>
#include <QTest>

#include <chrono>
#include <cstdio>

using namespace twostep;

namespace {

const QString kPassword = QStringLiteral("benchmark password");

qint64 nowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::system_clock::now().time_since_epoch())
        .count();
}

double rssMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly)) {
        return -1;
    }
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:")) {
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
        }
    }
    return -1;
}

// Records when a widget is first painted after arm().
class PaintProbe final : public QObject
{
public:
    explicit PaintProbe(QWidget* widget) { widget->installEventFilter(this); }
    void arm() { m_paintedNs = 0; }
    qint64 paintedNs() const { return m_paintedNs; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint && m_paintedNs == 0) {
            m_paintedNs = nowNs();
        }
        return QObject::eventFilter(watched, event);
    }

private:
    qint64 m_paintedNs = 0;
};

// A distinct 48x48 PNG per account (a few KiB each), the worst case for the icon cache.
QByteArray distinctIcon(int i)
{
    QImage image(48, 48, QImage::Format_RGB32);
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            image.setPixel(x, y, qRgb((i * 37 + x * 5) % 256, (i * 91 + y * 3) % 256, (x * y + i) % 256));
        }
    }
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return buffer.data();
}

int setup(const QString& path, int count, bool icons)
{
    QFile::remove(path);
    auto created = vault::Vault::create(path, SecretBytes::fromUtf8(kPassword));
    if (!created) {
        std::fprintf(stderr, "%s\n", qPrintable(created.error().detail));
        return 1;
    }
    QList<otp::Account> accounts;
    for (int i = 0; i < count; ++i) {
        otp::Account account;
        account.issuer = QStringLiteral("Service %1").arg(i);
        account.name = QStringLiteral("user%1@example.com").arg(i);
        QByteArray key = QByteArray::number(i).rightJustified(20, 'k');
        account.secret = SecretBytes::takeFrom(key);
        if (icons) {
            account.details.icon = otp::AccountIcon{distinctIcon(i), otp::kPngMime};
        }
        accounts.append(std::move(account));
    }
    if (auto added = created->addAccounts(accounts); !added) {
        std::fprintf(stderr, "%s\n", qPrintable(added.error().detail));
        return 1;
    }
    return 0;
}

int run(const QString& path, qint64 startNs)
{
    QTemporaryDir dir;
    ui::Settings settings(dir.filePath(QStringLiteral("settings.ini")));
    ui::ClipboardService clipboard(QGuiApplication::clipboard());
    ui::MainWindow window(path, settings, clipboard);
    auto* password = window.findChild<QLineEdit*>(QStringLiteral("passwordLineEdit"));
    PaintProbe unlockPainted(password);
    PaintProbe listPainted(window.listPage()->view()->viewport());
    window.show();
    while (unlockPainted.paintedNs() == 0) {
        QApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    const double unlockMs = static_cast<double>(unlockPainted.paintedNs() - startNs) / 1e6;

    password->setText(kPassword);
    // The model is reset right after Vault::open returns: that splits the KDF from the rest.
    qint64 openedNs = 0;
    QObject::connect(window.model(), &QAbstractItemModel::modelAboutToBeReset, &window, [&openedNs] {
        if (openedNs == 0) {
            openedNs = nowNs();
        }
    });
    listPainted.arm();
    const qint64 submitNs = nowNs();
    QTest::keyClick(password, Qt::Key_Return);
    while (listPainted.paintedNs() == 0) {
        QApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    const double listMs = static_cast<double>(listPainted.paintedNs() - submitNs) / 1e6;
    const double openMs = static_cast<double>(openedNs - submitNs) / 1e6;
    const double rss = rssMiB();

    QElapsedTimer kdf;
    kdf.start();
    const bool reopened = vault::Vault::open(path, SecretBytes::fromUtf8(kPassword)).ok();
    const double kdfMs = static_cast<double>(kdf.nsecsElapsed()) / 1e6;

    // Typing "service 99" into the filter, one key at a time: filter, pending events, repaint.
    QLineEdit* filter = window.listPage()->filterEdit();
    QWidget* viewport = window.listPage()->view()->viewport();
    double worstKeyMs = 0;
    for (const QChar c : QStringLiteral("service 99")) {
        QElapsedTimer key;
        key.start();
        QTest::keyClicks(filter, QString(c));
        QApplication::processEvents();
        viewport->repaint();
        worstKeyMs = qMax(worstKeyMs, static_cast<double>(key.nsecsElapsed()) / 1e6);
    }
    std::printf("%6lld accounts  unlock screen painted %4.0f ms  submit->list painted %4.0f ms "
                "(open incl. KDF %4.0f ms, rest %3.0f ms; KDF alone %4.0f ms)  RSS %5.1f MiB  "
                "filter worst key %5.1f ms (%d shown)%s\n",
                static_cast<long long>(window.vault() != nullptr ? window.vault()->entries().size() : -1), unlockMs,
                listMs, openMs, listMs - openMs, kdfMs, rss, worstKeyMs, window.listPage()->view()->model()->rowCount(),
                reopened ? "" : " (reopen failed)");
    return 0;
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    const QStringList args = QApplication::arguments();
    if ((args.size() == 4 || args.size() == 5) && args[1] == QLatin1String("setup")) {
        return setup(args[2], args[3].toInt(), args.size() == 5 && args[4] == QLatin1String("icons"));
    }
    if (args.size() == 4 && args[1] == QLatin1String("run")) {
        return run(args[2], args[3].toLongLong());
    }
    std::fprintf(stderr, "usage: twostep_gui_bench setup VAULT N [icons] | run VAULT START_NS\n");
    return 2;
}
