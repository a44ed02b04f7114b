// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliContractSupport.h"
#include "formats/FormatRegistry.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QStandardPaths>

#include <algorithm>

using namespace twostep;
using namespace twostep::contract;

namespace {

const QSet<QString> kHelpOptions{QStringLiteral("-h"), QStringLiteral("--help")}; // every command has them

QStringList sorted(const QSet<QString>& set)
{
    QStringList list(set.cbegin(), set.cend());
    list.sort();
    return list;
}

// Both directions: what `a` lists and `b` does not, and the reverse.
void compare(Mismatches& found, const QString& command, const QString& aName, const QSet<QString>& a,
             const QString& bName, const QSet<QString>& b)
{
    for (const QString& option : sorted(a - b)) {
        found.add(QStringLiteral("%1: %2 lists %3, %4 does not").arg(command, aName, option, bName));
    }
    for (const QString& option : sorted(b - a)) {
        found.add(QStringLiteral("%1: %2 lists %3, %4 does not").arg(command, bName, option, aName));
    }
}

// What the bash completion offers for the words typed so far (the last one being completed).
// bash-completion's helpers are stubbed: _filedir offers nothing, _init_completion splits words.
QStringList completion(const QStringList& words)
{
    static const QString script = QStringLiteral(R"(
_init_completion() { words=("${COMP_WORDS[@]}"); cword=$COMP_CWORD; cur=${COMP_WORDS[COMP_CWORD]}; prev=${COMP_WORDS[COMP_CWORD-1]}; }
_filedir() { :; }
source "$1"; shift
COMP_WORDS=("$@"); COMP_CWORD=$(( $# - 1 ))
_twostep_cli
printf '%s\n' "${COMPREPLY[@]}"
)");
    const test::ProcessResult result = test::runProcess(
        QStringLiteral("bash"),
        QStringList{QStringLiteral("-c"), script, QStringLiteral("bash"),
                    sourceFile(QStringLiteral("resources/completion/twostep-cli.bash")), cliProgram()} +
            words);
    REQUIRE(result.exitCode == 0);
    return result.outLines();
}

QSet<QString> asSet(const QStringList& list)
{
    QSet<QString> set(list.cbegin(), list.cend());
    set.remove(QString());
    return set;
}

// The commands `twostep-cli --help` names: the first word of each indented line and of each
// comma-separated item on it ("  init, list, add" names three).
QSet<QString> usageCommands()
{
    const test::ProcessResult usage = runCli({QStringLiteral("--help")});
    REQUIRE(usage.exitCode == 0);
    static const QRegularExpression command(QStringLiteral("^[a-z]+$"));
    QSet<QString> found;
    for (const QString& line : usage.outLines()) {
        if (!line.startsWith(QLatin1String("  ")) || line.startsWith(QLatin1String("   "))) {
            continue;
        }
        for (const QString& item : line.split(QStringLiteral(", "))) {
            const QString word = item.trimmed().section(QLatin1Char(' '), 0, 0);
            if (command.match(word).hasMatch()) {
                found.insert(word);
            }
        }
    }
    return found;
}

// The export formats, as `export` itself names them when given one it does not know.
QSet<QString> exportFormats()
{
    const test::ProcessResult refused =
        runCli({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("no-such-format"),
                QStringLiteral("-o"), QStringLiteral("/nonexistent/x")});
    const QRegularExpressionMatch match =
        QRegularExpression(QStringLiteral("one of ([a-z0-9, -]+), not")).match(QString::fromUtf8(refused.err));
    REQUIRE(match.hasMatch());
    return asSet(match.captured(1).split(QStringLiteral(", ")));
}

} // namespace

TEST_CASE("every command's --help options are in the man page and the completion, and only those", "[cli][contract]")
{
    if (QStandardPaths::findExecutable(QStringLiteral("bash")).isEmpty()) {
        TWOSTEP_SKIP("bash is not installed: the completion cannot be run");
    }
    Mismatches found;
    const QString page = readText(sourceFile(QStringLiteral("docs/man/twostep-cli.1")));
    const QMap<QString, QStringList> manCommands = manSubsections(manSection(page, QStringLiteral("COMMANDS")));
    for (const QString& command : commands()) {
        const test::ProcessResult help = runCli({command, QStringLiteral("--help")});
        REQUIRE(help.exitCode == 0);
        const QSet<QString> helped = helpOptions(help.out) - kHelpOptions;
        REQUIRE_FALSE(helped.isEmpty());

        QSet<QString> manned;
        if (manCommands.contains(command)) {
            manned = optionsIn(manCommands.value(command).join(QLatin1Char('\n'))) - kHelpOptions;
        } else {
            found.add(QStringLiteral("%1: the man page has no subsection for it").arg(command));
            manned = optionsIn(plainRoff(page)); // then at least mentioned somewhere
            manned.intersect(helped);
        }
        compare(found, command, QStringLiteral("--help"), helped, QStringLiteral("the man page"), manned);

        const QSet<QString> completed = asSet(completion({command, QStringLiteral("-")})) - kHelpOptions;
        compare(found, command, QStringLiteral("--help"), helped, QStringLiteral("the completion"), completed);
    }
    for (const QString& documented : manCommands.keys()) {
        if (!commands().contains(documented)) {
            found.add(QStringLiteral("the man page documents a command '%1' that does not exist").arg(documented));
        }
    }
    compare(found, QStringLiteral("twostep-cli"), QStringLiteral("its --help"), usageCommands(),
            QStringLiteral("this test"), asSet(commands()));
    compare(found, QStringLiteral("twostep-cli"), QStringLiteral("the program"), asSet(commands()),
            QStringLiteral("the completion"),
            asSet(completion({QString()})) - asSet({QStringLiteral("--help"), QStringLiteral("--version")}));

    // Format names: import's come from the importer registry, export's from export itself.
    const QSet<QString> importers = asSet(formats::importerNames());
    compare(found, QStringLiteral("import --format"), QStringLiteral("the registry"), importers,
            QStringLiteral("the completion"),
            asSet(completion({QStringLiteral("import"), QStringLiteral("--format"), QString()})));
    compare(found, QStringLiteral("export --format"), QStringLiteral("export"), exportFormats(),
            QStringLiteral("the completion"),
            asSet(completion({QStringLiteral("export"), QStringLiteral("--format"), QString()})));
    const QString manImport = manCommands.value(QStringLiteral("import")).join(QLatin1Char('\n'));
    for (const QString& name : sorted(importers)) {
        if (!manImport.contains(name)) {
            found.add(QStringLiteral("import --format: the man page does not name %1").arg(name));
        }
    }

    // twostep(1) and the desktop app's --help.
    const test::ProcessResult gui =
        test::runProcess(guiProgram(), {QStringLiteral("--help")}, {}, {QStringLiteral("QT_QPA_PLATFORM=offscreen")});
    REQUIRE(gui.exitCode == 0);
    const QString guiPage = readText(sourceFile(QStringLiteral("docs/man/twostep.1")));
    compare(found, QStringLiteral("twostep"), QStringLiteral("--help"),
            helpOptions(gui.out) - QSet<QString>{QStringLiteral("--help-all")}, QStringLiteral("twostep(1) OPTIONS"),
            optionsIn(manSection(guiPage, QStringLiteral("OPTIONS")).join(QLatin1Char('\n'))));

    found.report("--help against man pages and completion");
}

namespace {

// A command line as the documentation shows it, run by a shell in the sandbox.
struct Example
{
    QString source; // where it is written
    QString line;
    // The word after "twostep-cli", also when a pipe feeds it ("printf ... | twostep-cli code --secret -").
    QString command() const { return line.section(QStringLiteral("twostep-cli "), 1).section(QLatin1Char(' '), 0, 0); }
};

QList<Example> readmeExamples()
{
    QList<Example> examples;
    bool inBlock = false;
    for (const QString& line : readText(sourceFile(QStringLiteral("README.md"))).split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("```"))) {
            inBlock = !inBlock;
        } else if (inBlock && (line.startsWith(QLatin1String("twostep-cli ")) ||
                               line.contains(QLatin1String(" | twostep-cli ")))) {
            QString command = line;
            command.remove(QRegularExpression(QStringLiteral("\\s+#\\s.*$")));
            examples.append({QStringLiteral("README.md"), command.trimmed()});
        }
    }
    return examples;
}

QList<Example> manExamples()
{
    QList<Example> examples;
    const QString page = readText(sourceFile(QStringLiteral("docs/man/twostep-cli.1")));
    for (const QString& line : manSection(page, QStringLiteral("EXAMPLES"))) {
        if (line.startsWith(QLatin1String("twostep-cli ")) || line.contains(QLatin1String(" | twostep-cli "))) {
            examples.append({QStringLiteral("twostep-cli(1) EXAMPLES"), line.trimmed()});
        }
    }
    return examples;
}

const QRegularExpression kCodeLine(QStringLiteral("^[0-9]{6}$"));
const QRegularExpression kUuid(QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));

// The value after `option` in the example's words, or `fallback`.
QString valueOf(const QStringList& words, const QString& option, const QString& fallback = {})
{
    const qsizetype at = words.indexOf(option);
    return at >= 0 && at + 1 < words.size() ? words.at(at + 1) : fallback;
}

// What stdout must look like for this example; empty when it does.
QString wrongShape(const Example& example, const test::ProcessResult& result, const QString& work)
{
    const QStringList words = example.line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const QStringList lines = result.outLines();
    const QString command = example.command();
    auto all = [&lines](const QRegularExpression& pattern) {
        return !lines.isEmpty() &&
               std::all_of(lines.cbegin(), lines.cend(), [&](const QString& l) { return pattern.match(l).hasMatch(); });
    };
    if (command == QLatin1String("code")) {
        const int window = valueOf(words, QStringLiteral("--window"), QStringLiteral("1")).toInt();
        return all(kCodeLine) && lines.size() == window ? QString()
                                                        : QStringLiteral("expected %1 lines of six digits").arg(window);
    }
    if (command == QLatin1String("scan")) {
        return all(QRegularExpression(QStringLiteral("^otpauth(-migration)?://"))) ? QString()
                                                                                   : QStringLiteral("expected URIs");
    }
    if (command == QLatin1String("add")) {
        return all(kUuid) ? QString() : QStringLiteral("expected one id per added account");
    }
    if (command == QLatin1String("list") && words.contains(QStringLiteral("--json"))) {
        return QJsonDocument::fromJson(result.out).array().isEmpty()
                   ? QStringLiteral("expected a JSON array of accounts")
                   : QString();
    }
    if (command == QLatin1String("qr") && !words.contains(QStringLiteral("-o"))) {
        return lines.size() > 20 && result.out.contains("\xe2\x96\x88") ? QString()
                                                                        : QStringLiteral("expected a QR drawing");
    }
    if (command == QLatin1String("import")) {
        return all(QRegularExpression(QStringLiteral("^(add|skip)\t"))) ? QString()
                                                                        : QStringLiteral("expected add/skip lines");
    }
    if (command == QLatin1String("export") || command == QLatin1String("init")) {
        if (!result.out.isEmpty()) {
            return QStringLiteral("expected nothing on stdout");
        }
        const QString output = valueOf(words, QStringLiteral("-o"));
        if (!output.isEmpty() && (QFileInfo(QDir(work).filePath(output)).permissions() &
                                  (QFileDevice::ReadGroup | QFileDevice::ReadOther))) {
            return QStringLiteral("expected %1 with mode 0600").arg(output);
        }
        return {};
    }
    return lines.isEmpty() ? QStringLiteral("expected output") : QString();
}

// Runs the examples of one document in order in a fresh sandbox: the vault password (and a
// backup's) come from stdin through --password-stdin, and `init` uses the cheapest KDF.
void runExamples(const QList<Example>& examples, Mismatches& found)
{
    REQUIRE_FALSE(examples.isEmpty());
    Sandbox box;
    REQUIRE(QFile::copy(test::samplesDir() + QStringLiteral("/aegis_plain.json"),
                        QDir(box.work).filePath(QStringLiteral("aegis-export.json"))));
    auto shown = [&examples](const char* command) {
        return std::any_of(examples.cbegin(), examples.cend(),
                           [command](const Example& e) { return e.command() == QLatin1String(command); });
    };
    // What the examples do not do themselves: a vault, and in it the AWS sample account.
    const bool initShown = shown("init");
    if (!initShown) {
        REQUIRE(runCli(QStringList{QStringLiteral("init"), QStringLiteral("--password-stdin")} + kdfFloor(), kPassword,
                       box.environment)
                    .exitCode == 0);
    }
    if (!shown("add")) {
        REQUIRE(runCli({QStringLiteral("add"), QStringLiteral("--password-stdin"), QStringLiteral("--uri"), kAwsUri},
                       kPassword, box.environment)
                    .exitCode == 0);
    }
    for (const Example& example : examples) {
        QString line = example.line;
        if (example.command() == QLatin1String("init")) {
            line += QLatin1Char(' ') + kdfFloor().join(QLatin1Char(' '));
        }
        if (example.command() != QLatin1String("scan")) {
            line += QStringLiteral(" --password-stdin");
        }
        const test::ProcessResult result = test::runProcess(
            QStringLiteral("/bin/sh"), {QStringLiteral("-c"), QStringLiteral("cd \"$0\" && ") + line, box.work},
            kPassword + "backup password\n", box.environment);
        if (result.exitCode != 0) {
            found.add(QStringLiteral("%1: '%2' exits %3: %4")
                          .arg(example.source, example.line)
                          .arg(result.exitCode)
                          .arg(QString::fromUtf8(result.err).trimmed()));
        } else if (const QString shape = wrongShape(example, result, box.work); !shape.isEmpty()) {
            found.add(QStringLiteral("%1: '%2': %3, got '%4'")
                          .arg(example.source, example.line, shape, QString::fromUtf8(result.out.left(200))));
        }
    }
    if (initShown) {
        // The README says where the default vault goes; `init` must have put it there.
        const QRegularExpressionMatch claim = QRegularExpression(QStringLiteral("`\\$XDG_DATA_HOME/([^`\\s]+)`"))
                                                  .match(readText(sourceFile(QStringLiteral("README.md"))));
        if (!claim.hasMatch()) {
            found.add(QStringLiteral("README.md does not say where the vault goes under XDG_DATA_HOME"));
        } else if (!QFileInfo::exists(QDir(box.dataHome).filePath(claim.captured(1)))) {
            found.add(QStringLiteral("README.md: the vault is not at $XDG_DATA_HOME/%1").arg(claim.captured(1)));
        }
    }
}

} // namespace

TEST_CASE("every command line of the README and of twostep-cli(1) EXAMPLES runs and prints what it should",
          "[cli][contract]")
{
    Mismatches found;
    runExamples(readmeExamples(), found);
    runExamples(manExamples(), found);
    found.report("documented command lines");
}

namespace {

// A claim of docs/SECURITY.md: a bullet, a table row or a paragraph. The bullets after a lead-in
// such as "**Twostep cannot protect against:**" state limits, not behaviour, and need no test.
struct Claim
{
    QString section;
    QString text;
};

QList<Claim> securityClaims(const QString& document)
{
    static const QStringList unclaimed{QStringLiteral("How this is checked"),
                                       QStringLiteral("Reporting a vulnerability")};
    QList<Claim> claims;
    QString section;
    int tableRow = 0;
    auto startClaim = [&](const QString& text) { claims.append({section, text}); };
    bool continuing = false;
    bool limits = false;
    for (const QString& line : document.split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("## "))) {
            section = line.mid(3).trimmed();
            continuing = false;
            limits = false;
            continue;
        }
        if (section.isEmpty() || unclaimed.contains(section) || line.startsWith(QLatin1String("#"))) {
            continue;
        }
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty()) {
            continuing = false;
            tableRow = 0;
            continue;
        }
        if (trimmed.startsWith(QLatin1Char('|'))) {
            if (++tableRow > 2) { // the header and its rule are no claims
                startClaim(trimmed);
            }
            continuing = false;
        } else if (trimmed.startsWith(QLatin1String("**")) && trimmed.endsWith(QLatin1String("**"))) {
            continuing = false; // a lead-in such as "**Twostep protects your secrets against:**"
            limits = trimmed.contains(QLatin1String("cannot"));
        } else if (limits && (trimmed.startsWith(QLatin1String("- ")) || continuing)) {
            continuing = true;
        } else if (trimmed.startsWith(QLatin1String("- "))) {
            startClaim(trimmed);
            continuing = true;
        } else if (continuing) {
            claims.last().text += QLatin1Char(' ') + trimmed;
        } else {
            startClaim(trimmed);
            continuing = true;
        }
    }
    return claims;
}

// The tests a claim names: `tests/.../File.cpp` "test case name", or `tests/.../script.sh`.
QStringList unresolvedReferences(const QString& claim, int& references)
{
    static const QRegularExpression reference(QStringLiteral("`(tests/[^`]+)`(?:\\s*\"([^\"]+)\")?"));
    QStringList unresolved;
    references = 0;
    for (auto it = reference.globalMatch(claim); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        ++references;
        const QString path = sourceFile(match.captured(1));
        if (!QFileInfo::exists(path)) {
            unresolved.append(match.captured(1) + QStringLiteral(" does not exist"));
        } else if (path.endsWith(QLatin1String(".cpp"))) {
            const QString name = match.captured(2);
            if (name.isEmpty()) {
                unresolved.append(match.captured(1) + QStringLiteral(" without a test case name"));
            } else if (!readText(path).contains(QStringLiteral("TEST_CASE(\"%1\"").arg(name))) {
                unresolved.append(QStringLiteral("%1 has no TEST_CASE \"%2\"").arg(match.captured(1), name));
            }
        }
    }
    return unresolved;
}

} // namespace

TEST_CASE("every claim of docs/SECURITY.md names a test that exists", "[cli][contract][security]")
{
    Mismatches found;
    const QList<Claim> claims = securityClaims(readText(sourceFile(QStringLiteral("docs/SECURITY.md"))));
    REQUIRE(claims.size() > 20);
    for (const Claim& claim : claims) {
        int references = 0;
        const QStringList unresolved = unresolvedReferences(claim.text, references);
        if (references == 0) {
            found.add(QStringLiteral("%1: no test named for: %2").arg(claim.section, claim.text.left(120)));
        }
        for (const QString& problem : unresolved) {
            found.add(QStringLiteral("%1: %2").arg(claim.section, problem));
        }
    }
    found.report("docs/SECURITY.md claims");
}
