// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "GuiSecretSession.h"

#include "otp/Base32.h"

namespace twostep::test {

QString base32Of(const otp::Account& account, bool pad)
{
    return otp::encodeBase32(account.secret.bytes(), pad);
}

QList<Needle> secretNeedles(const SessionInput& input)
{
    QList<Needle> needles;
    for (int i = 0; i < input.accounts.size(); ++i) {
        const otp::Account& account = input.accounts.at(i);
        const std::string n = "account " + std::to_string(i) + ' ';
        const QByteArray raw(reinterpret_cast<const char*>(account.secret.data()),
                             static_cast<qsizetype>(account.secret.size()));
        const QString unpadded = base32Of(account, false);
        needles += {{base32Of(account, true).toLatin1(), n + "base32"},
                    {unpadded.toLatin1(), n + "base32 unpadded"},
                    {unpadded.toLower().toLatin1(), n + "base32 lower case"},
                    {utf16(unpadded), n + "base32 as UTF-16"},
                    {raw, n + "raw secret bytes"},
                    {raw.toHex(), n + "hex"},
                    {raw.toHex().toUpper(), n + "hex upper case"},
                    {raw.toBase64(), n + "base64"},
                    {raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals), n + "base64url"},
                    {otp::formatOtpauthUri(account).toUtf8(), n + "otpauth URI"}};
    }
    const QList<std::pair<QString, std::string>> passwords{{input.vaultPassword, "vault password"},
                                                           {input.wrongPassword, "mistyped vault password"},
                                                           {input.exportPassword, "backup password"}};
    for (const auto& [password, what] : passwords) {
        needles += {{password.toUtf8(), what}, {utf16(password), what + " as UTF-16"}};
    }
    return needles;
}

QStringList foundIn(const QByteArray& haystack, const QList<Needle>& needles)
{
    QStringList found;
    for (const Needle& needle : needles) {
        if (!needle.bytes.isEmpty() && haystack.contains(needle.bytes)) {
            found << QString::fromStdString(needle.what);
        }
    }
    return found;
}

QByteArray masked(QByteArray text, const QList<Needle>& needles)
{
    for (const Needle& needle : needles) {
        text.replace(needle.bytes, QByteArray::fromStdString("<" + needle.what + ">"));
    }
    return text;
}

} // namespace twostep::test
