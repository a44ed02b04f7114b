// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "formats/AegisIconPack.h"

#include "common/JsonBounds.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <memory>
#include <zip.h>

namespace twostep::formats {

namespace {

struct ZipCloser
{
    void operator()(zip_t* archive) const { zip_discard(archive); }
};
using Zip = std::unique_ptr<zip_t, ZipCloser>;

Error corrupt(const QString& detail)
{
    return makeError(ErrorCode::CorruptFile, QStringLiteral("the icon pack %1").arg(detail));
}

// A name inside the pack: relative, no "..", no backslash, no NUL.
bool isSafeName(const QString& name)
{
    if (name.isEmpty() || name.startsWith(QLatin1Char('/')) || name.contains(QLatin1Char('\\')) ||
        name.contains(QChar(0))) {
        return false;
    }
    const QStringList parts = name.split(QLatin1Char('/'));
    return !parts.contains(QStringLiteral("..")) && !parts.contains(QStringLiteral("."));
}

// The entry's bytes, its declared sizes bounded before it is inflated and the inflated bytes
// counted as they come (a declared size may lie).
Result<QByteArray> readEntry(zip_t* archive, const QString& name, qint64 maxSize)
{
    zip_stat_t stat;
    zip_stat_init(&stat);
    if (zip_stat(archive, name.toUtf8().constData(), 0, &stat) != 0) {
        return makeError(ErrorCode::NotFound, QStringLiteral("%1 is not in the pack").arg(name));
    }
    const auto size = static_cast<qint64>(stat.size);
    const auto compressed = static_cast<qint64>(stat.comp_size);
    if (size > maxSize || size > iconPackLimits::kMaxRatio * qMax<qint64>(compressed, 1) + 1024) {
        return makeError(ErrorCode::LimitExceeded,
                         QStringLiteral("%1 inflates to %2 bytes (at most %3, and %4 times its packed size)")
                             .arg(name)
                             .arg(size)
                             .arg(maxSize)
                             .arg(iconPackLimits::kMaxRatio));
    }
    zip_file_t* file = zip_fopen_index(archive, stat.index, 0);
    if (file == nullptr) {
        return corrupt(QStringLiteral("cannot open %1").arg(name));
    }
    QByteArray bytes(size + 1, Qt::Uninitialized);
    const zip_int64_t read = zip_fread(file, bytes.data(), static_cast<zip_uint64_t>(bytes.size()));
    zip_fclose(file);
    if (read < 0 || read != size) {
        return corrupt(QStringLiteral("has a damaged or mislabelled %1").arg(name));
    }
    bytes.truncate(size);
    return bytes;
}

Result<PackIcon> readIcon(zip_t* archive, const QJsonObject& entry)
{
    const QString file = entry.value(QLatin1String("filename")).toString();
    if (!isSafeName(file)) {
        return makeError(ErrorCode::InvalidInput, QStringLiteral("the name '%1' leaves the pack").arg(file.left(80)));
    }
    PackIcon icon;
    for (const QJsonValue issuer : entry.value(QLatin1String("issuer")).toArray()) {
        if (issuer.isString() && !issuer.toString().trimmed().isEmpty()) {
            icon.issuers.append(issuer.toString().trimmed().left(otp::detailLimits::kMaxGroupNameLength));
        }
    }
    icon.category = entry.value(QLatin1String("category")).toString().left(otp::detailLimits::kMaxGroupNameLength);
    Result<QByteArray> bytes = readEntry(archive, file, otp::detailLimits::kMaxIconBytes);
    if (!bytes) {
        return bytes.error();
    }
    Result<otp::AccountIcon> made = otp::makeIcon(*bytes);
    if (!made) {
        return made.error();
    }
    icon.icon = std::move(made).value();
    return icon;
}

} // namespace

Result<IconPack> readAegisIconPack(const QByteArray& zip)
{
    if (zip.size() > iconPackLimits::kMaxFileSize) {
        return makeError(
            ErrorCode::LimitExceeded,
            QStringLiteral("the icon pack is over %1 MiB").arg(iconPackLimits::kMaxFileSize / 1024 / 1024));
    }
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* source = zip_source_buffer_create(zip.constData(), static_cast<zip_uint64_t>(zip.size()), 0, &error);
    Zip archive(source == nullptr ? nullptr : zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &error));
    if (!archive) {
        if (source != nullptr) {
            zip_source_free(source);
        }
        zip_error_fini(&error);
        return corrupt(QStringLiteral("is not a zip file"));
    }
    zip_error_fini(&error);
    if (zip_get_num_entries(archive.get(), 0) > iconPackLimits::kMaxEntries) {
        return makeError(ErrorCode::LimitExceeded,
                         QStringLiteral("the icon pack holds more than %1 files").arg(iconPackLimits::kMaxEntries));
    }
    Result<QByteArray> json = readEntry(archive.get(), QStringLiteral("pack.json"), iconPackLimits::kMaxPackJson);
    if (!json) {
        return json.error().code == ErrorCode::NotFound ? corrupt(QStringLiteral("has no pack.json")) : json.error();
    }
    if (!jsonContainersWithin(*json, iconPackLimits::kMaxEntries * 2 + 2)) {
        return makeError(ErrorCode::LimitExceeded, QStringLiteral("the icon pack's pack.json lists too many icons"));
    }
    const QJsonObject root = QJsonDocument::fromJson(*json).object();
    const QJsonValue icons = root.value(QLatin1String("icons"));
    if (!icons.isArray()) {
        return corrupt(QStringLiteral("has no icon list in pack.json"));
    }
    IconPack pack;
    pack.name = root.value(QLatin1String("name")).toString().left(otp::detailLimits::kMaxGroupNameLength);
    const QJsonArray list = icons.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        Result<PackIcon> icon = readIcon(archive.get(), list.at(i).toObject());
        if (!icon) {
            pack.skipped.append(QStringLiteral("icon %1: %2").arg(i + 1).arg(icon.error().detail));
            continue;
        }
        pack.icons.append(std::move(icon).value());
    }
    return pack;
}

const PackIcon* matchIcon(const IconPack& pack, const QString& issuer)
{
    const QString wanted = issuer.trimmed();
    if (wanted.isEmpty()) {
        return nullptr;
    }
    const PackIcon* partial = nullptr;
    for (const PackIcon& icon : pack.icons) {
        for (const QString& name : icon.issuers) {
            if (name.compare(wanted, Qt::CaseInsensitive) == 0) {
                return &icon;
            }
            if (partial == nullptr &&
                (name.contains(wanted, Qt::CaseInsensitive) || wanted.contains(name, Qt::CaseInsensitive))) {
                partial = &icon;
            }
        }
    }
    return partial;
}

} // namespace twostep::formats
