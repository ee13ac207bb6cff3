import CivicLex
import Testing
import YAMLSource

@Suite struct ExpressionTests {
    /// Loads the mini law with one rule and returns the first diagnostic.
    func firstError(_ violation: String) throws -> Diagnostic? {
        loadDiagnostics(try MiniLaw.directory(rules: MiniLaw.rule(violation))).first
    }

    @Test(arguments: [
        ("org.sise > 1", "unknown fact `org.sise`; did you mean `org.size`?", 0),
        ("org.size > param.limt", "unknown parameter `limt`; did you mean `limit`?", 11),
        ("org.kind == \"gamma\"", "`gamma` is not a value of org.kind (allowed: alpha, beta)", 12),
        ("org.size > \"ten\"", "cannot compare integer with string", 11),
        ("org.size + 1", "expected a bool expression, but this is integer", 0),
        ("org.flag and org.size", "`and` needs bool operands, but this is integer", 13),
        ("org.size >", "expression ends too early", 10),
        ("org.size = 1", "unexpected `=`; use `==` to compare", 9),
        ("frobnicate(org.size)", "unknown function `frobnicate`", 0),
        ("days_between(org.size, org.size) > 1", "argument 1 of `days_between` must be a date, but this is integer", 13),
        ("any(items, i, i.okk)", "`items` items have no field `okk`; did you mean `ok`?", 14),
        ("any(items)", "`any` takes (list, variable, expression), got 1 argument", 0),
    ])
    func reportsProblemsAtTheirColumn(_ expression: String, _ message: String, _ offset: Int) throws {
        let diagnostic = try #require(try firstError(expression))
        #expect(diagnostic.message == message)
        // The expression starts on line 6, column 16 of the generated rules.yaml.
        #expect(diagnostic.location?.line == 6)
        #expect(diagnostic.location?.column == 16 + offset)
        #expect(diagnostic.path.hasSuffix("rules.yaml"))
    }

    @Test func threeValuedLogicKeepsUnknownFromBecomingCompliant() throws {
        let law = try MiniLaw.load(rules: MiniLaw.rule("org.flag and org.other"))
        let unknown = try MiniLaw.assess(law, facts: "  org: {other: true}\n")
        #expect(unknown.outcome(of: "R-1") == .undetermined)
        #expect(unknown.results(of: "R-1").first?.missingFacts == ["org.flag"])
        // false and unknown is false: the missing fact does not matter and is not reported.
        let decided = try MiniLaw.assess(law, facts: "  org: {other: false}\n")
        #expect(decided.outcome(of: "R-1") == .compliant)
        #expect(decided.results(of: "R-1").first?.missingFacts == [])
    }

    @Test func orIsTrueWhenEitherSideIs() throws {
        let law = try MiniLaw.load(rules: MiniLaw.rule("org.flag or org.other"))
        #expect(try MiniLaw.assess(law, facts: "  org: {other: true}\n").outcome(of: "R-1") == .violation)
        #expect(try MiniLaw.assess(law, facts: "  org: {other: false}\n").outcome(of: "R-1") == .undetermined)
    }

    @Test func hasNeverReportsMissingFacts() throws {
        let law = try MiniLaw.load(rules: MiniLaw.rule("not has(org.flag)"))
        let result = try MiniLaw.assess(law, facts: "  org: {size: 1}\n")
        #expect(result.outcome(of: "R-1") == .violation)
    }

    @Test func quantifiersOverListItems() throws {
        let law = try MiniLaw.load(rules: MiniLaw.rule("count(items, i, not i.ok) >= 2 and all(items, i, i.when > date(\"2020-01-01\"))"))
        let violation = try MiniLaw.assess(law, facts: "  items:\n    - {when: 2020-02-01, ok: false}\n    - {when: 2020-03-01, ok: false}\n")
        #expect(violation.outcome(of: "R-1") == .violation)
        let unknown = try MiniLaw.assess(law, facts: "  items:\n    - {when: 2020-02-01, ok: false}\n    - {when: 2020-03-01}\n")
        #expect(unknown.outcome(of: "R-1") == .undetermined)
        #expect(unknown.results(of: "R-1").first?.missingFacts == ["items[2].ok"])
    }

    @Test func parametersResolveAtTheRuleDate() throws {
        let law = try MiniLaw.load(rules: MiniLaw.rule("org.size > param.limit"))
        #expect(try MiniLaw.assess(law, facts: "  org: {size: 15}\n", asOf: "2020-06-01").outcome(of: "R-1") == .violation)
        #expect(try MiniLaw.assess(law, facts: "  org: {size: 15}\n", asOf: "2021-06-01").outcome(of: "R-1") == .compliant)
        // Before the parameter existed, the provision was not in force.
        #expect(try MiniLaw.assess(law, facts: "  org: {size: 15}\n", asOf: "2019-06-01").outcome(of: "R-1") == .notInForce)
    }

    @Test func mciConvertsAtTheLawDate() throws {
        let law = try MiniLaw.load(rules: MiniLaw.rule("org.amount > mci(10)"))
        // 10 MCI is 10,000 KZT in 2020 and 20,000 KZT in 2021.
        #expect(try MiniLaw.assess(law, facts: "  org: {amount: 15000}\n", asOf: "2020-06-01").outcome(of: "R-1") == .violation)
        #expect(try MiniLaw.assess(law, facts: "  org: {amount: 15000}\n", asOf: "2021-06-01").outcome(of: "R-1") == .compliant)
    }

    @Test func deeplyNestedExpressionsAreRejectedNotCrashed() throws {
        let deep = String(repeating: "(", count: 500) + "true" + String(repeating: ")", count: 500)
        let diagnostic = try #require(try firstError(deep))
        #expect(diagnostic.message.contains("nests deeper than"))
    }
}
