// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "common/FileIo.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <sys/stat.h>

using namespace twostep;

namespace {

constexpr qint64 kBound = 1024 * 1024;

QString makeFifo(const QTemporaryDir& dir)
{
    const QString path = dir.filePath(QStringLiteral("fifo"));
    REQUIRE(::mkfifo(QFile::encodeName(path).constData(), 0600) == 0);
    return path;
}

} // namespace

TEST_CASE("readRegularFile refuses a FIFO, a device, a folder and a symlink to a FIFO at once", "[common][files]")
{
    QTemporaryDir dir;
    const QString fifo = makeFifo(dir);
    const QString link = dir.filePath(QStringLiteral("link"));
    REQUIRE(QFile::link(fifo, link));
    const QList<std::pair<QString, QString>> cases{
        {fifo, QStringLiteral("a FIFO (named pipe)")},
        {link, QStringLiteral("a FIFO (named pipe)")},
        {QStringLiteral("/dev/zero"), QStringLiteral("a device")},
        {QStringLiteral("/dev/urandom"), QStringLiteral("a device")},
        {dir.path(), QStringLiteral("a folder")},
    };
    const auto& [path, kind] = cases.at(GENERATE(0, 1, 2, 3, 4));
    QElapsedTimer timer;
    timer.start();
    Result<QByteArray> read = files::readRegularFile(path, kBound);
    CHECK(timer.elapsed() < 1000);
    REQUIRE_FALSE(read);
    CHECK(read.error().code == ErrorCode::IoError);
    CHECK(read.error().detail ==
          QStringLiteral("cannot read %1: it is %2, not a regular file").arg(QDir::toNativeSeparators(path), kind));
}

TEST_CASE("readRegularFile reads a regular file whole and refuses one over the bound", "[common][files]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("file"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    const QByteArray content(100, 'x');
    REQUIRE(file.write(content) == content.size());
    file.close();
    CHECK(files::readRegularFile(path, 100).value() == content);
    Result<QByteArray> tooLarge = files::readRegularFile(path, 99);
    REQUIRE_FALSE(tooLarge);
    CHECK(tooLarge.error().code == ErrorCode::InvalidInput);
    CHECK(tooLarge.error().detail == QStringLiteral("%1 is larger than 99 bytes").arg(path));
    CHECK(files::readRegularFile(dir.filePath(QStringLiteral("missing")), 100).error().code == ErrorCode::NotFound);
}

TEST_CASE("writeFileAtomically names its temporary file so that no user's copy matches", "[common][files]")
{
    CHECK(files::temporaryFilePrefix(QStringLiteral("vault.twostep")) == QStringLiteral(".vault.twostep.twostep-tmp-"));
    CHECK(
        files::isTemporaryFileOf(QStringLiteral(".vault.twostep.twostep-tmp-aB3xY9"), QStringLiteral("vault.twostep")));
    for (const char* name : {"vault.twostep.backup", "vault.twostep.before", "vault.twostep.copy01",
                             "vault.twostep.AbC123", ".vault.twostep.twostep-tmp-aB3xY", ".vault.twostep.before"}) {
        INFO(name);
        CHECK_FALSE(files::isTemporaryFileOf(QString::fromLatin1(name), QStringLiteral("vault.twostep")));
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a/b/file"));
    REQUIRE(files::writeFileAtomically(path, "bytes"));
    CHECK(files::readRegularFile(path, 10).value() == "bytes");
    CHECK(QDir(dir.filePath(QStringLiteral("a/b"))).entryList(QDir::Files | QDir::Hidden) ==
          QStringList{QStringLiteral("file")});
    CHECK((QFileInfo(path).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther)) == 0);
}

TEST_CASE("makePrivateFolders creates every missing folder 0700 and leaves existing ones alone", "[common][files]")
{
    QTemporaryDir dir;
    REQUIRE(QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner |
                                                  QFileDevice::ReadOther | QFileDevice::ExeOther));
    REQUIRE(files::makePrivateFolders(dir.filePath(QStringLiteral("home/.local/share/twostep"))));
    for (const char* folder : {"home", "home/.local", "home/.local/share", "home/.local/share/twostep"}) {
        INFO(folder);
        struct stat info
        {};
        REQUIRE(::stat(QFile::encodeName(dir.filePath(QString::fromLatin1(folder))).constData(), &info) == 0);
        CHECK((info.st_mode & 07777) == 0700);
    }
    CHECK(QFileInfo(dir.path()).permissions().testFlag(QFileDevice::ReadOther));
}

TEST_CASE("canonicalPath resolves symlinks, also for a file that does not exist yet", "[common][files]")
{
    QTemporaryDir dir;
    const QString real = QFileInfo(dir.path()).canonicalFilePath() + QStringLiteral("/real");
    REQUIRE(QDir().mkpath(real));
    REQUIRE(QFile::link(real, dir.filePath(QStringLiteral("link"))));
    CHECK(files::canonicalPath(dir.filePath(QStringLiteral("link/vault.twostep"))) ==
          real + QStringLiteral("/vault.twostep"));
    files::writeFileAtomically(real + QStringLiteral("/vault.twostep"), "x").ok();
    REQUIRE(QFile::link(real + QStringLiteral("/vault.twostep"), dir.filePath(QStringLiteral("v"))));
    CHECK(files::canonicalPath(dir.filePath(QStringLiteral("v"))) == real + QStringLiteral("/vault.twostep"));
}

TEST_CASE("writeFileAtomically with Existing::Refuse never replaces an entry nor writes through a symlink",
          "[common][files]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString target = dir.filePath(QStringLiteral("target"));
    const QString dangling = dir.filePath(QStringLiteral("dangling"));
    REQUIRE(QFile::link(target, dangling));
    const QString existing = dir.filePath(QStringLiteral("existing"));
    REQUIRE(files::writeFileAtomically(existing, "the user's own file"));
    const QString linkToFile = dir.filePath(QStringLiteral("link-to-file"));
    REQUIRE(QFile::link(existing, linkToFile));

    for (const QString& path : {dangling, existing, linkToFile}) {
        INFO(path.toStdString());
        CHECK(files::entryExists(path));
        CHECK_FALSE(files::checkNoEntry(path));
        const Status written = files::writeFileAtomically(path, "secret", files::Existing::Refuse);
        REQUIRE_FALSE(written);
        CHECK(written.error().code == ErrorCode::InvalidInput);
        CHECK(written.error().detail.contains(QStringLiteral("already exists")));
    }
    CHECK_FALSE(QFileInfo::exists(target)); // nothing went through the dangling link
    CHECK(QFileInfo(dangling).isSymLink());
    CHECK(QFileInfo(linkToFile).isSymLink());
    CHECK(files::readRegularFile(existing, 100).value() == "the user's own file");
    CHECK(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot | QDir::System).size() ==
          3); // no temporary file left

    const QString fresh = dir.filePath(QStringLiteral("fresh"));
    CHECK_FALSE(files::entryExists(fresh));
    REQUIRE(files::writeFileAtomically(fresh, "new", files::Existing::Refuse));
    CHECK(files::readRegularFile(fresh, 10).value() == "new");
    CHECK((QFileInfo(fresh).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther)) == 0);
}
