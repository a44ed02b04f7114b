// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "formats/FormatRegistry.h"

#include "common/FileIo.h"
#include "common/JsonBounds.h"
#include "formats/AegisImporter.h"
#include "formats/AndOtpImporter.h"
#include "formats/BitwardenImporter.h"
#include "formats/FreeOtpPlusImporter.h"
#include "formats/ImportSupport.h"
#include "formats/ProtonImporter.h"
#include "formats/QrImageImporter.h"
#include "formats/StratumImporter.h"
#include "formats/TwoFasImporter.h"
#include "formats/TwostepBackupImporter.h"
#include "formats/UriListImporter.h"

#include <QFile>

namespace twostep::formats {

namespace {

constexpr qint64 kMaxFileBytes = qint64{64} << 20;

} // namespace

QByteArray withoutByteOrderMark(QByteArray data)
{
    if (data.startsWith("\xEF\xBB\xBF")) {
        data.remove(0, 3);
    }
    return data;
}

const QList<const Importer*>& importers()
{
    static const TwostepBackupImporter twostep;
    static const AegisImporter aegis;
    static const TwoFasImporter twoFas;
    static const FreeOtpPlusImporter freeOtpPlus;
    static const BitwardenImporter bitwarden;
    static const ProtonImporter proton;
    static const StratumImporter stratum;
    static const AndOtpImporter andOtp;
    static const UriListImporter uriList;
    static const QrImageImporter qrImage;
    // Images before andOTP: its encrypted files have no magic bytes of their own.
    static const QList<const Importer*> all = {&twostep, &aegis,   &twoFas,  &freeOtpPlus, &bitwarden,
                                               &proton,  &stratum, &qrImage, &andOtp,      &uriList};
    return all;
}

QStringList importerNames()
{
    QStringList names;
    for (const Importer* importer : importers()) {
        names.append(importer->name());
    }
    return names;
}

const Importer* importerByName(QStringView name)
{
    for (const Importer* importer : importers()) {
        if (name.compare(importer->name(), Qt::CaseInsensitive) == 0) {
            return importer;
        }
    }
    return nullptr;
}

Result<const Importer*> detectFormat(const QByteArray& data)
{
    // Every JSON importer's detect() would refuse it unparsed; say why instead of "no format".
    const QByteArray head = data.left(64).trimmed();
    if ((head.startsWith('{') || head.startsWith('[')) && !jsonContainersWithin(data, support::kMaxJsonContainers)) {
        return support::tooManyContainers(QStringLiteral("the file"));
    }
    for (const Importer* importer : importers()) {
        if (importer->detect(data)) {
            return importer;
        }
    }
    return makeError(ErrorCode::UnsupportedVersion,
                     QStringLiteral("the file is in none of the formats Twostep imports (%1)")
                         .arg(importerNames().join(QStringLiteral(", "))));
}

Result<QByteArray> readImportFile(const QString& path)
{
    Result<QByteArray> data = files::readRegularFile(path, kMaxFileBytes);
    if (!data && data.error().code == ErrorCode::InvalidInput) {
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("%1 is larger than 64 MiB: not an authenticator export").arg(path));
    }
    if (!data && data.error().code == ErrorCode::NotFound) {
        return makeError(ErrorCode::IoError, data.error().detail, data.error().cause);
    }
    if (!data) {
        return data.error();
    }
    return withoutByteOrderMark(std::move(data).value());
}

Result<ImportResult> importData(const QByteArray& bytes, const SecretBytes* password, QStringView formatName)
{
    const QByteArray data = withoutByteOrderMark(bytes);
    const Importer* importer = nullptr;
    if (!formatName.isEmpty()) {
        importer = importerByName(formatName);
        if (!importer) {
            return makeError(ErrorCode::InvalidInput, QStringLiteral("unknown format '%1' (known: %2)")
                                                          .arg(formatName)
                                                          .arg(importerNames().join(QStringLiteral(", "))));
        }
    } else {
        auto detected = detectFormat(data);
        if (!detected) {
            return detected.error();
        }
        importer = *detected;
    }
    if (importer->needsPassword(data) && !password) {
        return makeError(
            ErrorCode::InvalidInput,
            QStringLiteral("this %1 export is encrypted: a password is needed").arg(importer->displayName()));
    }
    return importer->read(data, password);
}

} // namespace twostep::formats
