import Foundation
import Testing

/// Issue 12 (Hardening II), the diagnostics / validation / arithmetic half: inputs too large
/// to keep in the corpus are generated here, and warnings (which exit 0) are checked here.
@Suite struct HardeningTests {
    static let header = "case: {id: t, title: T, as_of: 2024-05-15}\n"

    private func caseFile(_ text: String) throws -> String {
        try CLI.temporaryDirectory(["case.yaml": text]).appendingPathComponent("case.yaml").path
    }

    // MARK: - Diagnostics are linear and capped

    @Test func twentyThousandUnknownFactsGiveAHundredErrorsAndACount() throws {
        let facts = (0..<20_000).map { "  unknown\($0): 1" }.joined(separator: "\n")
        let result = try GuardedCLI.run(["assess", try caseFile(Self.header + "facts:\n" + facts + "\n")])
        #expect(!result.hung && !result.signalled)
        #expect(result.status == 2)
        let errors = result.stderr.split(separator: "\n").filter { $0.contains(": error: ") }
        #expect(errors.count == 100)
        #expect(result.stderr.contains("note: … and 19,900 more errors (only the first 100 are shown)"))
    }

    @Test func aHugeAnchoredScalarCannotBeRepeatedPastTheFileSizeLimit() throws {
        let big = String(repeating: "x", count: 600_000)
        let aliases = (0..<20).map { "k\($0): *big" }.joined(separator: ", ")
        let text = Self.header + "anchor: &big \"\(big)\"\nfacts:\n  org: {\(aliases)}\n"
        let result = try GuardedCLI.run(["assess", try caseFile(text)])
        #expect(!result.hung && !result.signalled)
        #expect(result.status == 2)
        #expect(result.firstStderrLine.contains("error: aliases repeat more than 10485760 bytes of text"))
        #expect(result.stderr.utf8.count < 2_000)
    }

    @Test func aHugeValueIsCutInTheMessageAndTheSourceLine() throws {
        let value = String(repeating: "y", count: 500_000)
        let result = try GuardedCLI.run(["assess", try caseFile(Self.header + "facts:\n  org: {legal_form: \(value)}\n")])
        #expect(result.status == 2)
        #expect(result.firstStderrLine.contains("characters left out]"))
        #expect(result.stderr.utf8.count < 4_000, "\(result.stderr.utf8.count) bytes of diagnostics for one error")
    }

    // MARK: - Arithmetic: undetermined with a reason that names the facts

    @Test(arguments: [
        ("multiply-near-int-max", "arithmetic overflow computing with `org.size`"),
        ("sum-overflow", "arithmetic overflow computing with `items`, `org.size`"),
        ("add-days-fact-overflow", "date arithmetic overflow (the date falls outside years 1–9999) computing with `org.size`"),
        ("negate-int-min", "arithmetic overflow"),
    ])
    func anOverflowNamesItsReasonAndFacts(_ name: String, _ reason: String) throws {
        let input = EvaluationInput(name: name)
        let result = try GuardedCLI.run(input.arguments)
        #expect(result.status == 0, "\(result.stderr)")
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        let finding = (object?["results"] as? [[String: Any]])?.first { $0["rule"] as? String == "R-1" }
        #expect(finding?["outcome"] as? String == "undetermined")
        #expect((finding?["reason"] as? String)?.contains(reason) == true, "reason: \(finding?["reason"] ?? "none")")
    }

    // MARK: - Warnings, and --strict

    @Test func aCaseWithoutFactsIsWarnedAboutAndFailsUnderStrict() throws {
        let path = try caseFile(Self.header)
        let plain = try CLI.run(["assess", path])
        #expect(plain.status == 0)
        #expect(plain.stderr.hasPrefix("\(path):1:1: warning: the case states no facts"))
        let strict = try CLI.run(["assess", "--strict", path])
        #expect(strict.status == 2)
        #expect(strict.stderr.hasPrefix("\(path):1:1: error: the case states no facts"))
    }

    @Test func anAssessmentDateOutsideTheTablesIsWarnedAbout() throws {
        let path = try caseFile("case: {id: t, title: T, as_of: 2099-01-01}\nfacts:\n  org: {registered: true}\n")
        let result = try CLI.run(["assess", path])
        #expect(result.status == 0)
        #expect(result.stderr.hasPrefix("\(path):1:32: warning: the assessment date 2099-01-01 is outside the years"))
    }

    @Test func anActAfterTheAssessmentDateIsWarnedAbout() throws {
        let text = Self.header + "facts:\n  assemblies:\n    - {form: rally, date: 2024-06-01}\n"
        let path = try caseFile(text)
        let result = try CLI.run(["assess", path])
        #expect(result.status == 0)
        #expect(result.stderr.hasPrefix("\(path):4:27: warning: `assemblies[].date` is 2024-06-01, after the assessment date 2024-05-15"))
    }

    @Test func anEmptyAreasListIsWarnedAbout() throws {
        let path = try caseFile("case: {id: t, title: T, as_of: 2024-05-15, areas: []}\nfacts:\n  org: {registered: true}\n")
        let result = try CLI.run(["assess", path])
        #expect(result.status == 0)
        #expect(result.stderr.hasPrefix("\(path):1:51: warning: `areas` is empty"))
    }

    @Test func aWarningDoesNotMakeAScoreRowAnErrorUnlessStrict() throws {
        let path = try caseFile(Self.header)
        let plain = try CLI.run(["score", "--quiet", "--format", "csv", path])
        #expect(plain.status == 0)
        #expect(plain.stdout.contains(",ok,"))
        #expect(plain.stderr.contains("warning: the case states no facts"))
        let strict = try CLI.run(["score", "--quiet", "--strict", "--format", "csv", path])
        #expect(strict.status == 2)
        #expect(strict.stdout.contains(",error,"))
    }

    // MARK: - Rule sets

    @Test func aLaterAmendmentMayReplaceARuleAnEarlierOneAdded() throws {
        let corpus = CLI.root.appendingPathComponent("\(MalformedInput.directory)/rules/rule-unknown-key/base.yaml")
        let base = try String(contentsOf: corpus, encoding: .utf8)
        let rule = { (title: String) in
            """
              - id: R-2
                title: \(title)
                area: general
                violation: "org.size > 5"
                severity: low
                message: "too big"
                citation: {ref: act, article: "2"}
                sanctions: [fine-1]

            """
        }
        let directory = try CLI.temporaryDirectory([
            "base.yaml": base,
            "amendments/2021-add.yaml": "amendment: {id: A-1, title: Adds R-2, status: enacted, effective: 2021-01-01}\nrules:\n  add:\n" + rule("Added"),
            "amendments/2022-replace.yaml": "amendment: {id: A-2, title: Replaces R-2, status: enacted, effective: 2022-01-01}\nrules:\n  replace:\n" + rule("Replaced"),
        ])
        let result = try CLI.run(["check", directory.path])
        #expect(result.status == 0, "\(result.stderr)")
    }

    @Test func aRuleInForceBeforeItsSourceWasAdoptedIsAWarningInCheck() throws {
        let corpus = CLI.root.appendingPathComponent("\(MalformedInput.directory)/rules/rule-unknown-key/base.yaml")
        let base = try String(contentsOf: corpus, encoding: .utf8)
            .replacingOccurrences(of: "act: {title: Test Act,", with: "act: {title: Test Act, adopted: 2020-06-01,")
        let rules = """
            rules:
              - id: R-1
                title: Early rule
                area: general
                in_force: {from: 2020-01-01}
                violation: "org.size > 5"
                severity: low
                message: "too big"
                citation: {ref: act, article: "1"}
                sanctions: [fine-1]

            """
        let directory = try CLI.temporaryDirectory(["base.yaml": base, "rules.yaml": rules])
        let plain = try CLI.run(["check", directory.path])
        #expect(plain.status == 0, "\(plain.stderr)")
        #expect(plain.stderr.contains("rules.yaml:9:15: warning: rule `R-1` is in force from 2020-01-01, before its source `act` was adopted (2020-06-01)"))
        let strict = try CLI.run(["check", "--strict", directory.path])
        #expect(strict.status == 2)
        #expect(strict.stderr.contains(": error: rule `R-1` is in force from 2020-01-01"))
    }

    @Test func checkLoadsTheBundledProposals() throws {
        let result = try CLI.run(["check"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("proposals checked against it"))
    }
}
