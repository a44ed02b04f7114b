// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "formats/Csv.h"

using namespace twostep;

namespace {

QList<QStringList> records(const QByteArray& text)
{
    auto parsed = formats::csv::parse(text);
    REQUIRE(parsed);
    return *parsed;
}

QStringList row(std::initializer_list<const char*> fields)
{
    QStringList list;
    for (const char* field : fields) {
        list.append(QString::fromUtf8(field));
    }
    return list;
}

} // namespace

// The examples of RFC 4180 §2, rules 1 to 7, in order.
TEST_CASE("CSV reads the examples of RFC 4180 section 2", "[formats][csv]")
{
    const QList<QStringList> twoRecords = {row({"aaa", "bbb", "ccc"}), row({"zzz", "yyy", "xxx"})};
    CHECK(records("aaa,bbb,ccc\r\nzzz,yyy,xxx\r\n") == twoRecords);                    // rule 1
    CHECK(records("aaa,bbb,ccc\r\nzzz,yyy,xxx") == twoRecords);                        // rule 2
    CHECK(records("field_name,field_name,field_name\r\naaa,bbb,ccc\r\n").size() == 2); // rule 3
    CHECK(records("\"aaa\",\"bbb\",\"ccc\"\r\nzzz,yyy,xxx") == twoRecords);            // rule 5
    CHECK(records("\"aaa\",\"b\r\nbb\",\"ccc\"\r\nzzz,yyy,xxx") ==
          QList<QStringList>{row({"aaa", "b\r\nbb", "ccc"}), row({"zzz", "yyy", "xxx"})});             // rule 6
    CHECK(records("\"aaa\",\"b\"\"bb\",\"ccc\"") == QList<QStringList>{row({"aaa", "b\"bb", "ccc"})}); // rule 7
}

TEST_CASE("CSV keeps commas in quotes, spaces, empty fields and UTF-8; LF and CR end records too", "[formats][csv]")
{
    CHECK(records("\"Acme, Inc.\",x\n") == QList<QStringList>{row({"Acme, Inc.", "x"})});
    CHECK(records(" a , b \n") == QList<QStringList>{row({" a ", " b "})}); // rule 4: spaces are part of a field
    CHECK(records("a,,c\n,,\n") == QList<QStringList>{row({"a", "", "c"}), row({"", "", ""})});
    CHECK(records("a,b\nc,d\re,f\r\n") == QList<QStringList>{row({"a", "b"}), row({"c", "d"}), row({"e", "f"})});
    CHECK(records("한글,\"é\"\n") == QList<QStringList>{row({"한글", "é"})});
    CHECK(records("a\n\n\nb\n") == QList<QStringList>{row({"a"}), row({"b"})});
    CHECK(records("").isEmpty());
}

TEST_CASE("CSV refuses an unclosed quote and a quote inside an unquoted field", "[formats][csv]")
{
    for (const QByteArray& text : {QByteArray("a,\"b\nc,d\n"), QByteArray("a,b\"c\",d\n")}) {
        INFO(text.toStdString());
        auto parsed = formats::csv::parse(text);
        REQUIRE_FALSE(parsed);
        CHECK(parsed.error().code == ErrorCode::CorruptFile);
        CHECK(parsed.error().detail.contains(QStringLiteral("byte")));
    }
    CHECK(formats::csv::firstRecord("\"folder\",\"login_totp\"\r\nx,y\r\n") == row({"folder", "login_totp"}));
    CHECK(formats::csv::firstRecord("\"unclosed,login_totp\n").isEmpty());
}
