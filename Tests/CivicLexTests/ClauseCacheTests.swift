@testable import CivicLex
import Testing

/// Batch scoring decides a `binds:` clause that several rules state once per item and reuses it,
/// spending its steps again. It must reach the outcomes of the full assessment, which runs every
/// clause, at every budget: a clause replayed with the wrong steps runs out elsewhere.
@Suite struct ClauseCacheTests {
    @Test func assemblyRulesShareTheirClauses() {
        var uses: [Int: Int] = [:]
        for rule in bundledLaw.rules {
            for binding in rule.bindings {
                if let clause = binding.sharedClause { uses[clause, default: 0] += 1 }
            }
        }
        #expect(bundledLaw.sharedClauseCount == uses.count)
        // `a.filing: [notification, application]` and its like open most assembly rules.
        #expect(uses.values.contains { $0 >= 10 })
    }

    @Test(arguments: TallyTests.casePaths.filter { $0.contains("/synthetic/") }.prefix(4))
    func tallyRunsOutOfBudgetWhereTheAssessmentDoes(_ path: String) throws {
        let scenario = try CaseLoader(law: bundledLaw).load(path: path)
        var evaluator = Evaluator(law: bundledLaw)
        var sawBoth = false
        for budget in Array(1...150) + [400, 1_000, 1_000_000] {
            evaluator.budget = budget
            let full = evaluator.assess(scenario).results.map(\.outcome)
            let tally = evaluator.tally(scenario).outcomes.map(\.outcome)
            #expect(tally == full, "\(path), budget \(budget)")
            // A comparison's outcome-only assessment shares clauses as batch scoring does.
            var outcomesOnly = evaluator
            outcomesOnly.recordsReasons = false
            #expect(outcomesOnly.assess(scenario).results.map(\.outcome) == full, "\(path), budget \(budget), outcomes only")
            if full.contains(.undetermined) && full.contains(.notApplicable) { sawBoth = true }
        }
        #expect(sawBoth)
    }
}
