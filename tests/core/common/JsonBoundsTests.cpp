// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "common/JsonBounds.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace twostep;

TEST_CASE("objects and arrays are counted up to the bound and one past it refuses", "[json][bounds]")
{
    const QByteArray json = R"({"a":[1,2,{"b":[]}],"c":{}})"; // 5 containers
    CHECK(jsonContainersWithin(json, 5));
    CHECK_FALSE(jsonContainersWithin(json, 4));
    CHECK(jsonContainersWithin("", 0));
    CHECK(jsonContainersWithin("42", 0));
    CHECK_FALSE(jsonContainersWithin("[]", 0));
}

TEST_CASE("brackets inside strings, escaped quotes included, are not containers", "[json][bounds]")
{
    const QByteArray json = R"({"name":"[{[{ \" {[ \\","x":"}"})"; // 1 container
    REQUIRE(QJsonDocument::fromJson(json).isObject());
    CHECK(jsonContainersWithin(json, 1));
    CHECK_FALSE(jsonContainersWithin(json, 0));
}

TEST_CASE("the count agrees with what Qt parses for a document it wrote", "[json][bounds]")
{
    QJsonArray accounts;
    for (int i = 0; i < 100; ++i) {
        accounts.append(QJsonObject{{QStringLiteral("issuer"), QStringLiteral("{[%1]}").arg(i)},
                                    {QStringLiteral("tags"), QJsonArray{QStringLiteral("\"[")}}});
    }
    const QByteArray json = QJsonDocument(QJsonObject{{QStringLiteral("accounts"), accounts}}).toJson();
    const qsizetype containers = 1 + 1 + 100 * 2; // root, the list, each account and its tags
    CHECK(jsonContainersWithin(json, containers));
    CHECK_FALSE(jsonContainersWithin(json, containers - 1));
}
