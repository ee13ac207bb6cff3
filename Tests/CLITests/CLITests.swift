import Foundation
import Testing

/// Runs the real `civiclex` binary, built next to this test bundle.
struct CLI {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let executable: URL = {
        let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for candidate in [beside, beside.deletingLastPathComponent(), root.appendingPathComponent(".build/debug")] {
            let url = candidate.appendingPathComponent("civiclex")
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        return root.appendingPathComponent(".build/debug/civiclex")
    }()

    struct Result {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    /// Runs `civiclex` (or another copy of it) with `arguments` from the repository root (or
    /// `directory`), with `$CIVICLEX_RULES` unset and `environment` added.
    static func run(_ arguments: [String], in directory: URL = root, stdin: String? = nil, environment extra: [String: String] = [:], binary: URL = executable) throws -> Result {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = directory
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        environment.removeValue(forKey: "CIVICLEX_RULES")
        environment.merge(extra) { $1 }
        process.environment = environment
        let out = Pipe(), err = Pipe(), input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        // Fed from another thread: a child that streams its output while reading a long input
        // would otherwise fill the output pipe while this thread is still writing (a deadlock).
        let writer = input.fileHandleForWriting
        let data = Data((stdin ?? "").utf8)
        DispatchQueue.global().async {
            writer.write(data)
            try? writer.close()
        }
        // Stderr is drained alongside stdout: a long list of diagnostics would otherwise fill
        // its pipe while this thread waits for stdout to end (a deadlock).
        let errors = err.fileHandleForReading
        nonisolated(unsafe) var stderrData = Data()
        let drained = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            stderrData = errors.readDataToEndOfFile()
            drained.signal()
        }
        let stdoutData = out.fileHandleForReading.readDataToEndOfFile()
        drained.wait()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: String(decoding: stdoutData, as: UTF8.self), stderr: String(decoding: stderrData, as: UTF8.self))
    }

    static func temporaryDirectory(_ files: [String: String]) throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("civiclex-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        for (name, contents) in files {
            let url = directory.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try contents.write(to: url, atomically: true, encoding: .utf8)
        }
        return directory
    }
}

@Suite(.serialized) struct CLITests {
    @Test func checkPassesOnTheBundledRules() throws {
        let result = try CLI.run(["check"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("ok"))
    }

    @Test func checkWorksFromAnyDirectory() throws {
        let result = try CLI.run(["check"], in: FileManager.default.temporaryDirectory)
        #expect(result.status == 0, "\(result.stderr)")
    }

    @Test func brokenRulesExitTwoWithALocatedDiagnostic() throws {
        let directory = try CLI.temporaryDirectory(["bad.yaml": "rules:\n  - id: X\n    violation: org.size >\n"])
        let result = try CLI.run(["check", directory.path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("bad.yaml:"))
        #expect(result.stderr.contains("error:"))
    }

    @Test func assessPrintsCitedFindings() throws {
        let result = try CLI.run(["assess", "Cases/assembly/rally-late-notice-2024.yaml"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("KZ-ASM-003"))
        #expect(result.stdout.contains("art. 10 para. 1"))
        #expect(result.stdout.contains("https://adilet.zan.kz/rus/docs/Z2000000333"))
        #expect(result.stdout.contains("sanctions on the organiser:"))
        #expect(result.stdout.contains("CAO art. 488 part 7"))
        #expect(result.stdout.contains("Enabling environment"))
    }

    @Test func assessFailOnHighExitsOne() throws {
        let result = try CLI.run(["assess", "--fail-on", "high", "Cases/assembly/rally-late-notice-2024.yaml"])
        #expect(result.status == 1)
    }

    @Test func assessJSONIsParseable() throws {
        let result = try CLI.run(["assess", "--format", "json", "Cases/assembly/rally-late-notice-2024.yaml"])
        #expect(result.status == 0)
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        #expect(object?["case"] as? String == "rally-late-notice-2024")
        let results = object?["results"] as? [[String: Any]] ?? []
        #expect(results.contains { $0["rule"] as? String == "KZ-ASM-003" && $0["outcome"] as? String == "violation" })
    }

    @Test func misspeltFactExitsTwoWithLineAndSuggestion() throws {
        let directory = try CLI.temporaryDirectory(["typo.yaml": "case: {id: typo, as_of: 2024-01-01}\nfacts:\n  org:\n    legal_fom: public_association\n"])
        let result = try CLI.run(["assess", directory.appendingPathComponent("typo.yaml").path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("typo.yaml:4:5: error: unknown fact `org.legal_fom`; did you mean `org.legal_form`?"))
        #expect(result.stderr.contains("4 |     legal_fom: public_association"))
        #expect(result.stderr.contains("|     ^"))
    }

    @Test func undeterminedRuleNamesTheMissingFact() throws {
        let directory = try CLI.temporaryDirectory(["gap.yaml": "case: {id: gap, as_of: 2024-01-01, areas: [registration]}\nfacts:\n  org: {legal_form: public_association, registered: false}\n"])
        let result = try CLI.run(["assess", directory.appendingPathComponent("gap.yaml").path])
        #expect(result.status == 0)
        #expect(result.stdout.contains("KZ-REG-003"))
        #expect(result.stdout.contains("needs: org.founders_count"))
    }

    @Test func explainShowsDatesParametersAndValues() throws {
        let result = try CLI.run(["explain", "--rule", "KZ-ASM-003", "Cases/assembly/rally-late-notice-2024.yaml"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("judged by the law in force on 2024-04-26"))
        #expect(result.stdout.contains("param.assembly.notice_working_days on 2024-04-26 = 5"))
        #expect(result.stdout.contains("working_days_between(a.notice_filed_on, a.date)  =>  3"))
    }

    @Test func explainUnknownRuleSuggests() throws {
        let result = try CLI.run(["explain", "--rule", "KZ-ASM-03", "Cases/assembly/rally-late-notice-2024.yaml"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("did you mean"))
    }

    @Test func testCommandPassesOnTheBundledCases() throws {
        let result = try CLI.run(["test", "--coverage", "--min-coverage", "100", "Cases"])
        #expect(result.status == 0, "\(result.stdout)\n\(result.stderr)")
        #expect(result.stdout.contains(" failed"))
    }

    @Test func testCommandFailsOnAWrongExpectation() throws {
        let directory = try CLI.temporaryDirectory(["wrong.yaml": """
            case: {id: wrong, as_of: 2024-01-01, areas: [registration]}
            facts:
              org: {legal_form: public_association, registered: false, active: true, founders_count: 12}
            expect:
              violations: [KZ-REG-003]
            """])
        let result = try CLI.run(["test", directory.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("wrong.yaml:5:16: error: expected a violation of KZ-REG-003; got compliant"))
    }

    @Test func scoreWritesOneCSVRowPerCaseAndErrorRowsForBrokenOnes() throws {
        let good = try String(contentsOf: CLI.root.appendingPathComponent("Cases/assembly/rally-late-notice-2024.yaml"), encoding: .utf8)
        let directory = try CLI.temporaryDirectory([
            "a-good.yaml": good,
            "b-broken.yaml": "case: {id: broken, as_of: 2024-01-01}\nfacts:\n  org: {registered: maybe}\n",
            "c-syntax.yaml": "case: [unclosed\n",
            "d-good.yaml": good,
        ])
        let output = directory.appendingPathComponent("out.csv")
        let result = try CLI.run(["score", "--format", "csv", "--output", output.path, directory.path])
        #expect(result.status == 2)
        let lines = try String(contentsOf: output, encoding: .utf8).split(separator: "\n")
        #expect(lines.count == 5)
        #expect(lines[1].contains(",ok,"))
        #expect(lines[2].contains(",error,") && lines[2].contains("b-broken.yaml:3:21: `org.registered` must be true or false"))
        #expect(lines[3].contains(",error,") && lines[3].contains("c-syntax.yaml:"))
        #expect(lines[4].contains(",ok,"))
        #expect(result.stderr.contains("4 cases: 2 scored, 2 failed to load"))
    }

    @Test func scoreReadsPathsFromStandardInput() throws {
        let result = try CLI.run(["score", "--format", "jsonl", "-"], stdin: "Cases/assembly/rally-late-notice-2024.yaml\n")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.split(separator: "\n").count == 1)
    }

    @Test func scoreWalksDirectoriesInFullPathOrderAndKeepsMissingPathsInPlace() throws {
        let good = try String(contentsOf: CLI.root.appendingPathComponent("Cases/assembly/rally-late-notice-2024.yaml"), encoding: .utf8)
        let directory = try CLI.temporaryDirectory([
            "a/z.yaml": good, "a-b.yaml": good, "a.yml": good, "b/c/d.yaml": good, "notes.txt": "not a case",
        ])
        // A link back to the top must not make the walk loop.
        try FileManager.default.createSymbolicLink(atPath: directory.appendingPathComponent("b/loop").path, withDestinationPath: directory.path)
        let missing = directory.appendingPathComponent("missing.yaml").path
        let result = try CLI.run(["score", "--format", "csv", "--jobs", "2", missing, directory.path])
        #expect(result.status == 2)
        let paths = result.stdout.split(separator: "\n").dropFirst().map { String($0.prefix { $0 != "," }) }
        let expected = [missing] + ["a-b.yaml", "a.yml", "a/z.yaml", "b/c/d.yaml"].map { directory.appendingPathComponent($0).path }
        #expect(paths == expected)
        #expect(paths == [missing] + expected.dropFirst().sorted())
        #expect(result.stdout.split(separator: "\n")[1].contains("missing.yaml: cannot open file"))
    }

    @Test func scoreStreamsManyPathsFromStandardInputInOrder() throws {
        let cases = try CLI.run(["score", "--format", "csv", "Cases"]).stdout.split(separator: "\n").dropFirst().map { String($0.prefix { $0 != "," }) }
        let listing = Array(repeating: cases, count: 20).joined()
        let result = try CLI.run(["score", "--format", "csv", "--jobs", "3", "-"], stdin: listing.joined(separator: "\n") + "\n")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.split(separator: "\n").dropFirst().map { String($0.prefix { $0 != "," }) } == Array(listing))
    }

    @Test func assessSaysWhenARulesArticleIsNotConfirmed() throws {
        let result = try CLI.run(["assess", "Cases/registration/party-initiative-group-2023-6000.yaml"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("law: Law on Political Parties, article not confirmed"))
    }

    @Test func inputLimitsAreAdjustableFromTheCommandLine() throws {
        let rally = try String(contentsOf: CLI.root.appendingPathComponent("Cases/assembly/rally-late-notice-2024.yaml"), encoding: .utf8)
        let padding = String(repeating: "# padding " + String(repeating: "x", count: 90) + "\n", count: 12_000)
        let directory = try CLI.temporaryDirectory(["big.yaml": rally + padding])
        let big = directory.appendingPathComponent("big.yaml").path

        #expect(try CLI.run(["assess", big]).status == 0)
        let tight = try CLI.run(["assess", "--max-file-size", "1", big])
        #expect(tight.status == 2)
        #expect(tight.stderr.contains("big.yaml: error: file is too large (\(rally.utf8.count + padding.utf8.count) bytes; the limit is 1048576 bytes)"))

        let shallow = try CLI.run(["score", "--format", "csv", "--max-depth", "3", "Cases/assembly/rally-late-notice-2024.yaml"])
        #expect(shallow.status == 2)
        #expect(shallow.stderr.contains("error: nesting deeper than 3 levels"))

        let starved = try CLI.run(["assess", "--format", "json", "--max-steps", "5", "Cases/assembly/rally-late-notice-2024.yaml"])
        #expect(starved.status == 0)
        #expect(starved.stdout.contains("evaluation stopped: it exceeded its budget of 5 steps"))
        #expect(!starved.stdout.contains("\"outcome\":\"violation\""))

        #expect(try CLI.run(["check", "--max-file-size", "0"]).status == 64)
    }

    @Test func paramsShowsDatedHistoryWithSources() throws {
        let result = try CLI.run(["params", "registration.party.min_members"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("50000"))
        #expect(result.stdout.contains("5000"))
        #expect(result.stdout.contains("used by: KZ-REG-004"))
    }
}

@Suite(.serialized) struct AmendmentCLITests {
    @Test func compareWithAProposalListsPerCaseChangesAndTotals() throws {
        let result = try CLI.run(["compare", "--with", "Rules/kz/amendments/proposal-abolish-territorial-tiers.yaml", "Cases"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("− KZ-TER-001 Republican status without branches in more than half of the regions: violated → not in force"))
        #expect(result.stdout.contains("Rules that changed most outcomes: KZ-TER-001"))
        #expect(result.stdout.contains("0 worsened"))
    }

    @Test func compareTwoDatesFindsTheAssemblyLawChange() throws {
        let result = try CLI.run(["compare", "--from", "2019-12-31", "--to", "2023-06-01", "--format", "json", "Cases/composite/march-without-permission-2019.yaml"])
        #expect(result.status == 0, "\(result.stderr)")
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        let cases = object?["cases"] as? [[String: Any]] ?? []
        let changes = cases.first?["outcome_changes"] as? [[String: Any]] ?? []
        #expect(changes.contains { $0["rule"] as? String == "KZ-ASM-001" && $0["before"] as? String == "violation" && $0["after"] as? String == "not_in_force" })
        #expect((object?["totals"] as? [String: Any])?["cases"] as? Int == 1)
    }

    @Test(arguments: ["csv", "markdown"])
    func compareMachineFormats(_ format: String) throws {
        let result = try CLI.run(["compare", "--with", "Rules/kz/amendments/proposal-drop-foreign-funding-reporting.yaml", "--format", format, "Cases/funding"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("ff-report-late-q4-2023"))
        #expect(result.stdout.contains("improved"))
    }

    @Test func amendmentRepealingAnUnknownRuleIsAnError() throws {
        let directory = try CLI.temporaryDirectory(["bad.yaml": """
            amendment: {id: bad, title: Bad, status: proposal, effective: 2027-01-01}
            rules:
              repeal: [KZ-TER-009]
            """])
        let result = try CLI.run(["compare", "--with", directory.appendingPathComponent("bad.yaml").path, "Cases"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("bad.yaml:3:12: error: cannot repeal unknown rule `KZ-TER-009`; did you mean `KZ-TER-001`?"))
    }

    @Test func lawTimelineStepsAtTheKnownChanges() throws {
        let result = try CLI.run(["timeline", "--law", "--to", "2026-01-01", "--format", "csv"])
        #expect(result.status == 0, "\(result.stderr)")
        let dates = result.stdout.split(separator: "\n").dropFirst().map { String($0.prefix(10)) }
        for date in ["2015-01-01", "2016-10-10", "2020-06-06", "2022-11-05", "2023-01-01", "2025-01-20"] {
            #expect(dates.contains(date), "no step on \(date)")
        }
    }

    @Test func caseTimelineShowsRiskUnderEachState() throws {
        let result = try CLI.run(["timeline", "--format", "json", "Cases/composite/march-without-permission-2019.yaml"])
        #expect(result.status == 0, "\(result.stderr)")
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        let steps = object?["steps"] as? [[String: Any]] ?? []
        #expect(steps.contains { $0["risk"] != nil })
    }

    @Test(arguments: [
        ["assess", "--format", "html", "Cases/composite/legal-aid-ngo-foreign-grants-rally-2024.yaml"],
        ["compare", "--format", "html", "--with", "Rules/kz/amendments/proposal-notification-only-assemblies.yaml", "Cases/assembly"],
        ["timeline", "--law", "--format", "html"],
    ])
    func htmlReportsAreSelfContained(_ arguments: [String]) throws {
        let result = try CLI.run(arguments)
        #expect(result.status == 0, "\(result.stderr)")
        let html = result.stdout
        #expect(html.hasPrefix("<!doctype html>"))
        #expect(html.contains("<svg") || html.contains("class=\"bars\""))
        #expect(!html.contains("<script"))
        #expect(!html.contains("<link"))
        #expect(!html.contains("src=\"http"))
        #expect(html.contains("@media print"))
    }

    @Test func paramsNamesTheAmendmentThatSetAValue() throws {
        let result = try CLI.run(["params", "registration.party.min_members"])
        #expect(result.stdout.contains("amended by: 2022-party-threshold"))
    }
}
