/// One rule's outcome for one item of a case, without any text: what batch scoring counts.
public struct RuleOutcome: Sendable, VersionedOutcome {
    public let ruleIndex: Int
    public let outcome: Outcome
    let lawDate: Day?
    /// The list slot and item index (or `-1` for the whole case) the outcome is about.
    let itemKey: ItemKey

    struct ItemKey: Equatable, Sendable {
        let list: Int
        let index: Int
    }
}

/// What `score` reports of a case: the scores and the outcomes, without reasons or texts.
public struct CaseTally: Sendable {
    public let risk: RiskScore
    public let enabling: EnablingScore
    /// One outcome per rule and item, versions merged as in a full ``Assessment``.
    public let outcomes: [RuleOutcome]
}

/// Collects outcomes only: no labels, reasons, missing facts or rendered texts.
struct OutcomeCollector: VerdictSink {
    static var needsLabels: Bool { false }
    var outcomes: [RuleOutcome]

    mutating func record(_ rule: borrowing Rule, item: VerdictItem, _ verdict: Verdict, steps: [TraceStep], context: inout EvaluationContext) {
        outcomes.append(RuleOutcome(
            ruleIndex: rule.index, outcome: verdict.outcome, lawDate: verdict.lawDate,
            itemKey: .init(list: item.list ?? -1, index: item.mergeIndex)))
    }
}

extension Evaluator {
    /// Assesses `scenario` like ``assess(_:trace:ruleIDs:lawDate:)`` but keeps only the outcomes
    /// and scores: the same outcomes, at a fraction of the cost, for batch scoring.
    public func tally(_ scenario: Case) -> CaseTally {
        var collector = OutcomeCollector(outcomes: [])
        collector.outcomes.reserveCapacity(law.rules.count * 2)
        var context = EvaluationContext(facts: scenario.facts, runtime: law.runtime, asOf: scenario.asOf, lawDate: scenario.asOf, budget: budget)
        // Outcomes never depend on which facts were missing: do not name them.
        context.recordsMissing = false
        context.clauseCache = clauseCache(for: scenario)
        law.rules.withUnsafeBufferPointer { rules in
            guard let first = rules.baseAddress else { return }
            for index in rules.indices {
                walk((first + index).pointee, on: scenario, context: &context, into: &collector)
            }
        }
        let outcomes = mergingVersions(collector.outcomes)
        return CaseTally(risk: riskScore(outcomes), enabling: cachedEnablingEnvironment(on: scenario.asOf), outcomes: outcomes)
    }
}
