@testable import CivicLex
import Testing

/// A rule over a list the case leaves out answers the `binds:` clauses that read only the blank
/// item once, when the rules load. It must decide exactly as running every clause in order on
/// the blank item does: the same clause excludes, and the same budget runs out.
@Suite struct UnstatedListPlanTests {
    static let organisations = [
        "{legal_form: public_association, registered: true}", "{legal_form: trade_union, registered: false}",
        "{legal_form: political_party}", "{registered: true}", "{}",
    ]

    @Test(arguments: ["", "proposal-abolish-territorial-tiers.yaml", "proposal-notification-only-assemblies.yaml"])
    func planDecidesAsRunningEveryClause(_ proposal: String) throws {
        let law = proposal.isEmpty ? bundledLaw : try LawLoader.load(
            directory: bundledRulesPath, amendments: AmendmentOptions(extra: [bundledRulesPath + "/amendments/" + proposal]))
        let evaluator = Evaluator(law: law)
        var fixedClauses = 0, excluded = 0
        for organisation in Self.organisations {
            let scenario = try CaseLoader(law: law).load(text: "case: {id: x, as_of: 2024-06-01}\nfacts:\n  org: \(organisation)\n", path: "x.yaml")
            for rule in law.rules where rule.iteration?.blankItem != nil {
                fixedClauses += rule.unstatedListPlan.clauses.count { if case .fixed = $0 { true } else { false } }
                for budget in Array(1...30) + [1_000_000] {
                    var context = EvaluationContext(facts: scenario.facts, runtime: law.runtime, asOf: scenario.asOf, lawDate: scenario.asOf, budget: budget)
                    let planned = evaluator.unstatedList(rule, context: &context)
                    var reference = EvaluationContext(facts: scenario.facts, runtime: law.runtime, asOf: scenario.asOf, lawDate: scenario.asOf, budget: budget)
                    let expected = Self.runningEveryClause(rule, context: &reference)
                    #expect(String(describing: planned) == String(describing: expected), "\(rule.id), \(organisation), budget \(budget)")
                    if case .notBound = planned, budget == 1_000_000 { excluded += 1 }
                }
            }
        }
        // The plan is not vacuous: clauses were answered at load time, and some excluded.
        #expect(fixedClauses > 10)
        #expect(excluded > 0)
    }

    /// Clauses on the item spend the budget before a clause on the case can exclude: at every
    /// budget, the plan must run out exactly where running the clauses does.
    @Test func budgetSpentOnItemClausesBeforeACaseClause() throws {
        let law = try MiniLaw.load(rules: MiniLaw.rule("i.ok", extra: """
                for_each: items as i
                binds:
                  i.ok: [true, unstated]
                  org.kind: [alpha]
            """))
        let rule = try #require(law.rules.first)
        #expect(rule.unstatedListPlan.clauses.count == 2)
        let scenario = try CaseLoader(law: law).load(text: "case: {id: x, as_of: 2021-06-01}\nfacts:\n  org: {kind: beta}\n", path: "x.yaml")
        var outcomes: Set<String> = []
        for budget in 1...40 {
            var context = EvaluationContext(facts: scenario.facts, runtime: law.runtime, asOf: scenario.asOf, lawDate: scenario.asOf, budget: budget)
            let planned = String(describing: Evaluator(law: law).unstatedList(rule, context: &context))
            var reference = EvaluationContext(facts: scenario.facts, runtime: law.runtime, asOf: scenario.asOf, lawDate: scenario.asOf, budget: budget)
            #expect(planned == String(describing: Self.runningEveryClause(rule, context: &reference)), "budget \(budget)")
            outcomes.insert(planned)
        }
        // Small budgets ran out before `org.kind` excluded the item; larger ones did not.
        #expect(outcomes.count == 2)
    }

    /// What `unstatedList` did before the plan: every clause run on the blank item, in order.
    static func runningEveryClause(_ rule: Rule, context: inout EvaluationContext) -> Verdict {
        guard let iteration = rule.iteration else { return .listNotDescribed }
        if let blankItem = iteration.blankItem {
            context.locals = [blankItem]
            for index in rule.bindings.indices {
                context.resetMissing()
                if case false? = try? rule.bindings[index].condition.evaluateBool(&context) { return .notBound(bindingIndex: index) }
            }
        }
        return iteration.unstatedIsUnknown ? .listUnstated : .listNotDescribed
    }
}
