import CivicLex
import Testing

/// A finding's texts are rendered with a budget of their own: rendering never turns a decided
/// violation into "undetermined", and never leaves later items of the rule less budget than
/// batch scoring, which renders nothing, gives them.
@Suite struct RenderingBudgetTests {
    static let items = (1...60).map { _ in "    - {ok: true}" }.joined(separator: "\n")

    func law() throws -> Law {
        try MiniLaw.load(rules: MiniLaw.rule("org.flag").replacingOccurrences(
            of: "message: \"violated\"", with: "message: \"{count(items, i, i.ok)} items are fine\""))
    }

    @Test func aViolationStaysOneWhenItsTextsRunOutOfBudget() throws {
        let law = try law()
        let scenario = try CaseLoader(law: law).load(text: "case: {id: t, as_of: 2021-06-01}\nfacts:\n  org: {flag: true}\n  items:\n\(Self.items)\n", path: "t.yaml")
        var evaluator = Evaluator(law: law)
        evaluator.budget = 30
        let result = try #require(evaluator.assess(scenario).results.first)
        #expect(result.outcome == .violation)
        #expect(result.reason?.contains("its texts were not rendered") == true)
        #expect(evaluator.tally(scenario).outcomes.map(\.outcome) == [Outcome.violation])
        // With room to render, the message is there.
        evaluator.budget = 1_000
        #expect(evaluator.assess(scenario).results.first?.message == "60 items are fine")
    }
}
