// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "otp/Base32.h"
#include "otp/OtpGenerator.h"
#include "ui/AccountListModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace twostep;

namespace {

// Accounts of the shared samples table (other apps' exports): three hashes, three periods, hotp.
vault::VaultEntry entry(const QString& issuer, const QString& name, const char* base32, otp::OtpType type,
                        otp::Algorithm algorithm, int digits, std::int64_t period, std::uint64_t counter = 0)
{
    vault::VaultEntry result;
    result.id = issuer + QLatin1Char('-') + name;
    result.account.issuer = issuer;
    result.account.name = name;
    result.account.secret = otp::decodeBase32(QString::fromLatin1(base32)).value();
    result.account.parameters = otp::OtpParameters::create(type, algorithm, digits, period, counter).value();
    return result;
}

QList<vault::VaultEntry> sampleEntries()
{
    using otp::Algorithm;
    using otp::OtpType;
    return {
        entry(QStringLiteral("Deno"), QStringLiteral("Mason"), "4SJHB4GSD43FZBAI7C2HLRJGPQ", OtpType::Totp,
              Algorithm::Sha1, 6, 30),
        entry(QStringLiteral("SPDX"), QStringLiteral("James"), "5OM4WOOGPLQEF6UGN3CPEOOLWU", OtpType::Totp,
              Algorithm::Sha256, 7, 20),
        entry(QStringLiteral("Airbnb"), QStringLiteral("Elijah"), "7ELGJSGXNCCTV3O6LKJWYFV2RA", OtpType::Totp,
              Algorithm::Sha512, 8, 50),
        entry(QStringLiteral("Air Canada"), QStringLiteral("Benjamin"), "KUVJJOM753IHTNDSZVCNKL7GII", OtpType::Hotp,
              Algorithm::Sha256, 7, 30, 50),
    };
}

QString coreCode(const vault::VaultEntry& e, std::uint64_t step)
{
    return otp::OtpGenerator::create(e.account).value().code(step);
}

} // namespace

TEST_CASE("Account rows show the core's current and next codes", "[ui][model]")
{
    ui::AccountListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    long long now = 1700000000;
    model.setClock([&now] { return test::unixTime(now); });
    const auto entries = sampleEntries();
    model.setEntries(entries);
    REQUIRE(model.rowCount() == 4);

    for (int row = 0; row < 3; ++row) {
        const auto& e = entries[row];
        const auto step = otp::timeStep(test::unixTime(now), e.account.parameters.period());
        const QModelIndex index = model.index(row);
        CHECK(index.data(ui::AccountListModel::IssuerRole).toString() == e.account.issuer);
        CHECK(index.data(ui::AccountListModel::CodeRole).toString() == coreCode(e, step));
        CHECK(index.data(ui::AccountListModel::NextCodeRole).toString() == coreCode(e, step + 1));
        CHECK(index.data(ui::AccountListModel::CodeRole).toString().size() == e.account.parameters.digits());
    }
    // Deno at 1700000000: oathtool --totp --now @1700000000 4SJHB4GSD43FZBAI7C2HLRJGPQ
    const auto oath = test::runProcess(QStringLiteral("oathtool"),
                                       {QStringLiteral("--totp"), QStringLiteral("--base32"), QStringLiteral("--now"),
                                        QStringLiteral("@1700000000"), QStringLiteral("4SJHB4GSD43FZBAI7C2HLRJGPQ")});
    CHECK(model.index(0).data(ui::AccountListModel::CodeRole).toString() == QString::fromLatin1(oath.out.trimmed()));
    // hotp rows reveal a code only when asked (asking advances the counter in the vault).
    CHECK(model.index(3).data(ui::AccountListModel::CodeRole).toString().isEmpty());
    CHECK_FALSE(model.index(3).data(ui::AccountListModel::TimeBasedRole).toBool());
    model.setRevealedCode(entries[3].id, QStringLiteral("1234567"));
    CHECK(model.index(3).data(ui::AccountListModel::CodeRole).toString() == QStringLiteral("1234567"));
}

TEST_CASE("Codes change only when a row's own time step ends", "[ui][model]")
{
    ui::AccountListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    // 1699999800 is a multiple of 300: all three periods (20, 30, 50 s) start a step here, and
    // +20 and +30 end only the 20 s and the 30 s step respectively.
    long long now = 1699999800;
    model.setClock([&now] { return test::unixTime(now); });
    model.setEntries(sampleEntries());
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    now += 19;
    model.refreshCodes();
    CHECK(changed.isEmpty());

    now += 1; // +20: SPDX's 20-second step ends, nothing else
    model.refreshCodes();
    REQUIRE(changed.count() == 1);
    CHECK(changed[0][0].value<QModelIndex>().row() == 1);
    CHECK(changed[0][1].value<QModelIndex>().row() == 1);
    CHECK(model.index(1).data(ui::AccountListModel::CodeRole).toString() ==
          coreCode(sampleEntries()[1], otp::timeStep(test::unixTime(now), 20)));

    changed.clear();
    now += 10; // +30: Deno's step ends
    model.refreshCodes();
    REQUIRE(changed.count() == 1);
    CHECK(changed[0][0].value<QModelIndex>().row() == 0);
    CHECK(changed[0][1].value<QModelIndex>().row() == 0);
    CHECK(model.index(0).data(ui::AccountListModel::SecondsRemainingRole).toLongLong() == 30);
}

TEST_CASE("The boundary timer refreshes the codes once the step has ended", "[ui][model]")
{
    ui::AccountListModel model;
    QList<vault::VaultEntry> entries{entry(QStringLiteral("Fast"), QStringLiteral("two seconds"),
                                           "4SJHB4GSD43FZBAI7C2HLRJGPQ", otp::OtpType::Totp, otp::Algorithm::Sha1, 6,
                                           2)};
    model.setEntries(entries);
    const qint64 wait = model.msecsToNextBoundary();
    CHECK(wait > 0);
    CHECK(wait <= 2000);
    QSignalSpy refreshed(&model, &ui::AccountListModel::codesRefreshed);
    REQUIRE(refreshed.wait(4000));
    const auto now = std::chrono::time_point_cast<std::chrono::seconds>(std::chrono::system_clock::now());
    CHECK(model.index(0).data(ui::AccountListModel::CodeRole).toString() ==
          coreCode(entries[0], otp::timeStep(now, 2)));
}

TEST_CASE("The proxy filters by issuer and name, ignoring case", "[ui][model]")
{
    ui::AccountListModel model;
    model.setEntries(sampleEntries());
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setFilterRole(ui::AccountListModel::FilterRole);
    proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
    proxy.setFilterFixedString(QStringLiteral("AIR"));
    REQUIRE(proxy.rowCount() == 2);
    CHECK(proxy.index(0, 0).data(ui::AccountListModel::IssuerRole).toString() == QStringLiteral("Airbnb"));
    CHECK(proxy.index(1, 0).data(ui::AccountListModel::IssuerRole).toString() == QStringLiteral("Air Canada"));
    proxy.setFilterFixedString(QStringLiteral("james"));
    REQUIRE(proxy.rowCount() == 1);
    CHECK(proxy.index(0, 0).data(ui::AccountListModel::IssuerRole).toString() == QStringLiteral("SPDX"));
    proxy.setFilterFixedString(QStringLiteral("nobody"));
    CHECK(proxy.rowCount() == 0);
}
