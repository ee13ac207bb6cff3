import Foundation
import Testing

/// Option values and batches a user can get wrong, outside the YAML loaders: each is a clear
/// error, never a crash, a silently ignored value or a message without a file.
struct HostileOptionTests {
    static let caseFile = "Cases/assembly/rally-late-notice-2024.yaml"

    @Test(arguments: [
        ["score", "--quiet"],
        ["compare", "--from", "2020-01-01", "--to", "2024-01-01"],
    ])
    func aHugeJobCountIsAUsageErrorNotACrash(command: [String]) throws {
        let result = try CLI.run(command + ["--jobs", "9223372036854775807", Self.caseFile])
        #expect(result.status == 64, "\(result.stderr)")
        #expect(result.stderr.contains("--jobs must be between 1 and 1024."))
        #expect(try CLI.run(command + ["--jobs", "1024", Self.caseFile]).status == 0)
    }

    @Test func compareReportsABadCaseWithItsSourceLineAndGoesOn() throws {
        let directory = try CLI.temporaryDirectory([
            "a-bad.yaml": "case:\n  id: bad\n  as_of: 2024-13-01\nfacts: {}\n",
            "b-good.yaml": try String(contentsOf: CLI.root.appendingPathComponent(Self.caseFile), encoding: .utf8),
        ])
        let bad = directory.appendingPathComponent("a-bad.yaml").path
        let result = try CLI.run(["compare", "--format", "csv", "--from", "2020-01-01", "--to", "2024-01-01", directory.path])
        #expect(result.status == 2)
        #expect(result.stderr == """
            \(bad):3:10: error: `2024-13-01` is not a real calendar date
             3 |   as_of: 2024-13-01
               |          ^

            """)
        // The report keeps its one-line error cell, and the good case is still compared.
        #expect(result.stdout.contains("\(bad),,error,"))
        #expect(result.stdout.contains("b-good.yaml,rally-late-notice-2024,"))
    }

    @Test func compareUnderStrictReportsTheWarningAsAnError() throws {
        let directory = try CLI.temporaryDirectory(["empty-facts.yaml": "case: {id: empty, as_of: 2024-01-01, areas: [assembly]}\nfacts: {}\n"])
        let result = try CLI.run(["compare", "--strict", "--from", "2020-01-01", "--to", "2024-01-01", directory.path])
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix(directory.appendingPathComponent("empty-facts.yaml").path + ":"))
        #expect(result.stderr.contains(": error: "))
    }

    @Test(arguments: ["nan", "inf", "101", "-5"])
    func aMinimumCoverageOutsideZeroToAHundredIsRefused(value: String) throws {
        let result = try CLI.run(["test", "--coverage", "--min-coverage=\(value)", "Cases/assembly"])
        #expect(result.status == 64, "\(result.stdout)")
        #expect(result.stderr.contains("--min-coverage must be a percentage from 0 to 100"))
    }

    @Test func aMinimumCoverageWithoutCoverageIsRefused() throws {
        let result = try CLI.run(["test", "--min-coverage", "50", "Cases/assembly"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("--min-coverage applies to --coverage."))
    }

    @Test(arguments: ["", ","])
    func anEmptyAreaNameIsUnknownRatherThanEveryArea(value: String) throws {
        let result = try CLI.run(["new", "--areas", value])
        #expect(result.status == 64)
        #expect(result.stderr.hasPrefix("error: unknown area ``"))
        #expect(result.stdout.isEmpty)
    }

    @Test(arguments: [
        ["score", "--quiet", caseFile],
        ["compare", "--from", "2020-01-01", "--to", "2024-01-01", caseFile],
        ["timeline", caseFile],
        ["calendar", caseFile],
    ])
    func anEmptyOutputPathIsAnError(command: [String]) throws {
        let result = try CLI.run(command + ["--output", ""])
        #expect(result.status == 2)
        #expect(result.stderr == "error: --output names no file\n")
        #expect(result.stdout.isEmpty)
    }

    @Test func theDeepestNestingAllowedIsFreedWithoutOverflowingTheStack() throws {
        // 50,000 nested lists overflowed the stack when the tree was freed (signal 11).
        let deep = { (depth: Int) in "case: " + String(repeating: "[", count: depth) + String(repeating: "]", count: depth) + "\n" }
        let directory = try CLI.temporaryDirectory(["deepest.yaml": deep(9_995), "too-deep.yaml": deep(50_000)])
        let refused = try CLI.run(["assess", "--max-depth", "100000", directory.appendingPathComponent("too-deep.yaml").path])
        #expect(refused.status == 64)
        #expect(refused.stderr.contains("--max-depth must be between 1 and 10000."))
        let deepest = try CLI.run(["assess", "--max-depth", "10000", directory.appendingPathComponent("deepest.yaml").path])
        #expect(deepest.status == 2)
        #expect(deepest.stderr.contains("deepest.yaml:1:7: error: `case` must be a mapping, found a sequence"))
    }

    @Test(arguments: [
        ("\"$0\" score --quiet - < /", "error: standard input is a directory, not a list of paths"),
        ("\"$0\" score --quiet - <&-", "error: standard input is closed; there is no list of paths to read"),
        ("\"$0\" compare --from 2020-01-01 --to 2024-01-01 - < /", "error: standard input is a directory, not a list of paths"),
    ])
    func aPathListOnAStandardInputThatCannotBeReadIsAnError(script: String, message: String) throws {
        let result = try OutputSafetyTests.run([], script: script)
        #expect(result.exited && result.status == 2, "\(result.stderr)")
        #expect(result.stderr == message + "\n")
        #expect(result.stdout.isEmpty)
    }

    @Test func anEndlessLineOnStandardInputIsCutShortNotHeldInMemory() throws {
        // A line of NUL bytes with no end, as from /dev/zero; cases listed before it are scored.
        let script = "{ echo \(Self.caseFile); head -c 300000 /dev/zero; } | \"$0\" score --quiet --format csv -"
        let result = try OutputSafetyTests.run([], script: script)
        #expect(result.exited && result.status == 2)
        #expect(result.stderr == "standard input: error: a line is longer than 65536 bytes, so names no file; the rest is not read\n")
        #expect(result.stdout.split(separator: "\n").count == 2)
        #expect(result.stdout.contains("\(Self.caseFile),rally-late-notice-2024,ok,"))
    }

    @Test(arguments: [["score", "--quiet", "--output", "x"], ["calendar", "-o", "x"]])
    func aOneCharacterOutputNameIsWritten(command: [String]) throws {
        // NSString's path functions trapped on a one-character path (signal 4).
        let directory = try CLI.temporaryDirectory([:])
        let result = try CLI.run(command + [CLI.root.appendingPathComponent(Self.caseFile).path], in: directory)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["x"])
        #expect(try String(contentsOf: directory.appendingPathComponent("x"), encoding: .utf8).isEmpty == false)
    }

    @Test func aOneCharacterRuleDirectoryFindsItsLanguage() throws {
        let directory = try CLI.temporaryDirectory([:])
        try FileManager.default.copyItem(at: CLI.root.appendingPathComponent("Rules/kz"), to: directory.appendingPathComponent("k"))
        let result = try CLI.run(["assess", "--rules", "k", "--lang", "ru", CLI.root.appendingPathComponent(Self.caseFile).path], in: directory)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("Оценка CivicLex"))
    }

    @Test func aStartAfterTodayNamesTheDefaultEnd() throws {
        let result = try CLI.run(["timeline", "--from", "9999-01-01", Self.caseFile])
        #expect(result.status == 64)
        #expect(result.stderr.hasPrefix("Error: --from is after today ("))
        #expect(result.stderr.contains("), the default --to."))
    }

    @Test func anAsIfDateWithoutAmendmentsIsRefusedNotIgnored() throws {
        let result = try CLI.run(["compare", "--from", "2020-01-01", "--to", "2024-01-01", "--as-if-from", "2021-01-01", Self.caseFile])
        #expect(result.status == 64)
        #expect(result.stderr.hasPrefix("Error: --as-if-from applies to --with."))
        #expect(result.stdout.isEmpty)
    }

    @Test func testNamesWhyAPathCannotBeRead() throws {
        let directory = try CLI.temporaryDirectory([:])
        let loop = directory.appendingPathComponent("loop.yaml").path
        try FileManager.default.createSymbolicLink(atPath: loop, withDestinationPath: loop)
        let result = try CLI.run(["test", loop, directory.appendingPathComponent("missing.yaml").path])
        #expect(result.status == 2)
        #expect(result.stderr == """
            \(loop): error: too many levels of symbolic links
            \(directory.path)/missing.yaml: error: no such file or directory

            """)
    }

    @Test(arguments: [
        (["check", "--rules", ""], "Error: --rules names no directory."),
        (["check", ""], "Error: The <rules> argument names no directory."),
        (["assess", "--rules", "", caseFile], "Error: --rules names no directory."),
    ])
    func anEmptyRuleDirectoryIsAUsageError(arguments: [String], message: String) throws {
        let result = try CLI.run(arguments)
        #expect(result.status == 64)
        #expect(result.stderr.hasPrefix(message + "\n"))
    }
}
