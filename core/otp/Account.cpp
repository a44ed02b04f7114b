// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "otp/Account.h"

#include <QHashFunctions>
#include <QRegularExpression>

namespace twostep::otp {

QString Account::label() const
{
    return issuer.isEmpty() ? name : issuer + QLatin1Char(':') + name;
}

namespace {

// Control characters, and the bidirectional formatting ones: a label with U+202E shows
// "victim\u202Egnp.exe" as "victimexe.png".
bool isControl(QChar c)
{
    const char16_t u = c.unicode();
    return u < 0x20 || (u >= 0x7F && u <= 0x9F) || u == 0x2028 || u == 0x2029 || u == 0x061C || u == 0x200E ||
           u == 0x200F || (u >= 0x202A && u <= 0x202E) || (u >= 0x2066 && u <= 0x2069);
}

} // namespace

QString normalizedLabelText(QStringView text)
{
    QString result;
    result.reserve(text.size());
    bool inRun = false;
    for (QChar c : text) {
        if (isControl(c)) {
            if (!inRun) {
                result.append(QLatin1Char(' '));
            }
            inRun = true;
            continue;
        }
        inRun = false;
        result.append(c);
    }
    return result.trimmed();
}

void normalizeLabel(Account& account)
{
    account.issuer = normalizedLabelText(account.issuer);
    account.name = normalizedLabelText(account.name);
}

Status requireName(const Account& account)
{
    if (normalizedLabelText(account.issuer).isEmpty() && normalizedLabelText(account.name).isEmpty()) {
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("it has no name (neither an issuer nor an account name)"));
    }
    return {};
}

bool isSameToken(const Account& a, const Account& b)
{
    return a.parameters.type() == b.parameters.type() && a.secret == b.secret;
}

std::size_t TokenHash::operator()(const Account* account) const
{
    return qHashBits(account->secret.data(), account->secret.size(),
                     qHash(static_cast<int>(account->parameters.type()), QHashSeed::globalSeed()));
}

Result<OtpParameters> advancedCounter(const Account& account, std::uint64_t codes)
{
    const std::uint64_t counter = account.parameters.counter();
    if (codes > kMaxCounter - counter) {
        return makeError(ErrorCode::CounterExhausted,
                         QStringLiteral("'%1' is at HOTP counter %2: %3 more code(s) would pass the largest counter, "
                                        "%4, and repeat old codes; enroll a new secret with the service")
                             .arg(account.label())
                             .arg(counter)
                             .arg(codes)
                             .arg(kMaxCounter));
    }
    return account.parameters.withCounter(counter + codes);
}

QString issuerInitials(const QString& issuer)
{
    static const QRegularExpression kWord(QStringLiteral("[\\p{L}\\p{N}]+"));
    QString initials;
    for (auto it = kWord.globalMatch(issuer); it.hasNext();) {
        initials.append(it.next().capturedView().front());
    }
    return initials.size() >= 2 ? initials : QString();
}

} // namespace twostep::otp
