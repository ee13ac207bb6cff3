import CivicLex
import Foundation
import Testing
import YAMLSource

@Suite struct LawLoaderTests {
    @Test func bundledRulesLoadAndTypeCheck() {
        #expect(bundledLaw.rules.count >= 8)
        for area in ["registration", "territorial", "funding", "assembly"] {
            #expect(bundledLaw.rules.filter { $0.area == area }.count >= 2, "area \(area) needs at least two rules")
        }
    }

    @Test func everyRuleCitesASourceWithALinkAndStatesWhatFollows() {
        for rule in bundledLaw.rules {
            #expect(bundledLaw.sources[rule.citation.ref] != nil, "\(rule.id) cites an unknown source")
            // No link only where the statute's text could not be found, and the source says so.
            let unlinkedSourceSaysWhy = bundledLaw.sources[rule.citation.ref].map { $0.status != .verified && $0.note != nil } ?? false
            #expect(rule.citation.link(in: bundledLaw.sources) != nil || unlinkedSourceSaysWhy, "\(rule.id) has no URL")
            #expect(!rule.sanctions.isEmpty || rule.consequence != nil, "\(rule.id) states no sanction")
            // The article, or an explicit word that it is not confirmed: never a silent gap.
            let shown = rule.citation.formatted(in: bundledLaw.sources, flagsMissingArticle: true)
            #expect(shown.contains(", art. ") || shown.hasSuffix(", article not confirmed"), "\(rule.id): \(shown)")
        }
    }

    @Test func aCitationWithoutAnArticleSaysSoOnlyWhereAsked() throws {
        let rule = try #require(bundledLaw.rules.first { $0.id == "KZ-REG-008" })
        #expect(rule.citation.article == nil)
        #expect(rule.citation.formatted(in: bundledLaw.sources, flagsMissingArticle: true) == "Law on Political Parties, article not confirmed")
        #expect(rule.citation.formatted(in: bundledLaw.sources) == "Law on Political Parties")
    }

    @Test func aFileThatCannotBeReadStopsTheLoadBeforeErrorsCascade() throws {
        let directory = try temporaryDirectory([
            "base.yaml": MiniLaw.base + "\nrisk: [unclosed\n",
            "rules.yaml": "rules:\n" + MiniLaw.rule("org.size > 1"),
        ])
        let diagnostics = loadDiagnostics(directory)
        #expect(diagnostics.count == 1, "\(diagnostics.map(\.message))")
        #expect(diagnostics.first?.path.hasSuffix("base.yaml") == true)
    }

    @Test func limitsApplyToAmendmentFilesToo() throws {
        var diagnostics: [Diagnostic] = []
        do {
            _ = try LawLoader.load(directory: bundledRulesPath, limits: YAMLLimits(maxDepth: 3))
        } catch {
            diagnostics = error.diagnostics
        }
        #expect(!diagnostics.isEmpty)
        #expect(diagnostics.allSatisfy { $0.message == "nesting deeper than 3 levels" }, "\(diagnostics.map(\.message))")
        #expect(diagnostics.contains { $0.path.contains("/amendments/") })
    }

    @Test func ruleIDClashReportsBothPlaces() throws {
        let directory = try MiniLaw.directory(rules: MiniLaw.rule("true", id: "R-1") + "\n" + MiniLaw.rule("false", id: "R-1"))
        let diagnostic = try #require(loadDiagnostics(directory).first)
        #expect(diagnostic.message == "rule id `R-1` is used twice")
        #expect(diagnostic.location?.line == 12)
        #expect(diagnostic.notes.first?.location?.line == 2)
    }

    @Test func overlappingParameterPeriodsAreAnError() throws {
        let extra = """
            parameters:
              overlapping:
                description: Two periods that overlap
                values:
                  - {from: 2020-01-01, to: 2021-06-30, value: 1}
                  - {from: 2021-01-01, value: 2}
            """
        let directory = try MiniLaw.directory(rules: MiniLaw.rule("true"), extra: extra)
        let diagnostic = try #require(loadDiagnostics(directory).first)
        #expect(diagnostic.message == "parameter `overlapping`: the period 2020-01-01…2021-06-30 overlaps the value from 2021-01-01")
        #expect(diagnostic.path.hasSuffix("extra.yaml"))
        #expect(diagnostic.location?.line == 6)
    }

    @Test func misspeltRuleKeyGetsASuggestion() throws {
        let directory = try MiniLaw.directory(rules: MiniLaw.rule("true", extra: "    severty: low"))
        let messages = loadDiagnostics(directory).map(\.message)
        #expect(messages.contains("unknown key `severty` in rule; did you mean `severity`?"))
    }

    @Test func unknownSanctionAndSourceAreReported() throws {
        let rules = MiniLaw.rule("true").replacingOccurrences(of: "sanctions: [fine-1]", with: "sanctions: [fine-2]")
            .replacingOccurrences(of: "ref: act,", with: "ref: acts,")
        let messages = loadDiagnostics(try MiniLaw.directory(rules: rules)).map(\.message)
        #expect(messages.contains("unknown sanction `fine-2`; did you mean `fine-1`?"))
        #expect(messages.contains("unknown source `acts`; did you mean `act`?"))
    }

    @Test func impossibleDateInRulesIsReported() throws {
        let rules = MiniLaw.rule("true").replacingOccurrences(of: "in_force: {from: 2020-01-01}", with: "in_force: {from: 2021-02-30}")
        let diagnostic = try #require(loadDiagnostics(try MiniLaw.directory(rules: rules)).first)
        #expect(diagnostic.message == "`2021-02-30` is not a real calendar date")
        #expect(diagnostic.location == SourceLocation(line: 5, column: 22))
    }

    @Test func malformedYAMLInARuleFileIsLocated() throws {
        let directory = try rulesWith(["assembly.yaml": "rules:\n  - id: [unclosed\n"])
        let diagnostic = try #require(loadDiagnostics(directory).first { $0.path.hasSuffix("assembly.yaml") })
        // The flow sequence never closes: the error is at the end of the last line.
        #expect(diagnostic.location == SourceLocation(line: 2, column: 18))
    }

    @Test func missingDirectoryIsADiagnosticNotACrash() {
        let diagnostics = loadDiagnostics("/nonexistent/rules")
        #expect(diagnostics.first?.message == "rule directory not found")
    }

    @Test func aFileGivenAsTheRuleDirectoryIsNamedAsAFile() {
        let diagnostics = loadDiagnostics(bundledRulesPath + "/mci.yaml")
        #expect(diagnostics.first?.message == "is a file, not a rule directory (the directory holding the rule files)")
    }
}
