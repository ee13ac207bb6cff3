/// Everything one evaluation reads and records: the case's facts, the law's dated tables,
/// the dates in play, and the facts found missing on the way.
struct EvaluationContext {
    let facts: [Value?]
    let runtime: LawRuntime
    let asOf: Day
    var lawDate: Day
    /// When set, every act is judged by the law of this day rather than of its own date.
    var lawDateOverride: Day?
    var locals: [Value] = []
    /// The index of the list item bound as local 0, or -1 for a rule over the whole case.
    var itemIndex = -1
    /// Batch scoring's values of shared `binds:` clauses (nil elsewhere).
    var clauseCache: ClauseCache?
    /// Whether missing facts are recorded at all. Batch scoring that only counts outcomes
    /// turns this off: values and outcomes do not depend on which facts were missing.
    var recordsMissing = true
    private var missingFacts = MissingFacts()
    /// Missing facts in the order met, without repeats (joined into paths when read).
    var missing: [String] { missingFacts.paths }
    /// Parameters (or the MCI) that have no value on `lawDate`.
    var gaps: [String] = []
    /// The first operation that could not be computed (overflow, division by zero, …).
    var fault: EvaluationFault?
    /// Values of traced nodes by trace id, when a trace was asked for.
    var trace: [Int: Value?]?
    /// Remaining evaluation steps; bounds the cost of any expression over any case.
    var budget: Int

    init(facts: [Value?], runtime: LawRuntime, asOf: Day, lawDate: Day, tracing: Bool = false, budget: Int = 1_000_000) {
        self.facts = facts
        self.runtime = runtime
        self.asOf = asOf
        self.lawDate = lawDate
        self.trace = tracing ? [:] : nil
        self.budget = budget
    }

    /// Ready for the next rule of the same case: as if newly made, but keeping the buffers.
    mutating func restart(budget: Int) {
        lawDate = asOf
        itemIndex = -1
        // Usually one local (the last rule's item): removing it costs less than a removeAll.
        while !locals.isEmpty { locals.removeLast() }
        resetMissing()
        if trace != nil { trace = [:] }
        self.budget = budget
    }

    /// Binds `item` as the only local (the rule's loop variable), replacing the last item in place.
    mutating func bindItem(_ item: Value) {
        if locals.count == 1 {
            locals[0] = item
        } else {
            locals.removeAll(keepingCapacity: true)
            locals.append(item)
        }
    }

    mutating func noteMissing(_ path: String) {
        if recordsMissing { missingFacts.note(MissingFact(base: path, field: nil)) }
    }

    /// The field `name` of the list item labelled `label` is missing.
    mutating func noteMissing(label: String, field name: String) {
        if recordsMissing { missingFacts.note(MissingFact(base: label, field: name)) }
    }

    var missingCount: Int { missingFacts.count }

    /// Spends `count` evaluation steps; throws once the budget is gone.
    @inline(__always)
    mutating func step(_ count: Int) throws(EvaluationBudgetExceeded) {
        budget -= count
        if budget <= 0 { throw EvaluationBudgetExceeded() }
    }

    /// Records that `node` could not be computed (the first fault wins) and gives no value.
    mutating func fail(_ kind: String, at node: Compiled) -> Value? {
        if fault == nil { fault = EvaluationFault(kind: kind, facts: EvaluationFault.facts(in: node, locals: locals)) }
        return nil
    }

    /// Forgets missing facts recorded after `count`: used when a result turned out not to depend on them.
    mutating func truncateMissing(to count: Int) {
        missingFacts.truncate(to: count)
    }

    mutating func resetMissing() {
        missingFacts.removeAll()
        if !gaps.isEmpty { gaps.removeAll() }
        fault = nil
    }
}

/// An evaluation that ran past its step budget (a pathological case or rule).
struct EvaluationBudgetExceeded: Error {}
