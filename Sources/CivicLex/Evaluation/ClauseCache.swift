/// Numbers the `binds:` clauses of a rule set so that rules stating the same clause over the
/// same list share it: "`a.filing` in [notification, application]" opens most assembly rules.
final class BindingClauseTable {
    private var ids: [String: Int] = [:]

    var count: Int { ids.count }

    /// The clause's number, or nil when its value could depend on more than the case's facts
    /// and the list item (a parameter, a date, the calendar): only such clauses are shared.
    func id(of condition: CompiledExpression, listSlot: Int?) -> Int? {
        guard condition.root.readsOnlyItem(orFacts: true) else { return nil }
        let key = "\(listSlot ?? -1) \(condition.source)"
        if let id = ids[key] { return id }
        ids[key] = ids.count
        return ids.count - 1
    }
}

/// Per case, in batch scoring: the value of each shared `binds:` clause for the whole case and
/// for each of the first items of a list, with the steps it spent.
///
/// A shared clause reads only the case's facts and the bound item, so its value and its steps
/// are the same for every rule that states it; a cached clause spends those steps again, so the
/// budget runs out exactly where it did. Batch scoring records no missing facts, so there are
/// none to replay.
struct ClauseCache {
    /// Per clause, one entry for the whole case and one per item: 0 until known, then the steps
    /// shifted left by two over 1 (false), 2 (true) or 3 (unknown).
    private var entries: [UInt32]
    private let slotsPerClause: Int

    /// Items past this index are not cached (a case with a long list).
    static let itemLimit = 64

    init(clauses: Int, longestList: Int) {
        slotsPerClause = min(longestList, Self.itemLimit) + 1
        entries = Array(repeating: 0, count: clauses * slotsPerClause)
    }

    /// The entry of `clause` for item `item` (-1 for the whole case), when cached.
    @inline(__always) func slot(_ clause: Int, item: Int) -> Int? {
        item + 1 < slotsPerClause ? clause * slotsPerClause + item + 1 : nil
    }

    @inline(__always) func entry(_ slot: Int) -> UInt32 { entries[slot] }

    mutating func store(_ value: Bool?, steps: Int, at slot: Int) {
        guard steps < 1 << 29 else { return }
        entries[slot] = UInt32(steps) << 2 | (value.map { $0 ? 2 : 1 } ?? 3)
    }
}

extension Evaluator {
    /// A cache for `scenario`, for an evaluation that names no missing facts and keeps no trace
    /// (batch scoring, a comparison); nil when the law shares no clause.
    func clauseCache(for scenario: Case) -> ClauseCache? {
        guard law.sharedClauseCount > 0 else { return nil }
        let longestList = scenario.facts.reduce(0) { longest, fact in
            if case .list(let items)? = fact { max(longest, items.count) } else { longest }
        }
        return ClauseCache(clauses: law.sharedClauseCount, longestList: longestList)
    }
}

extension EvaluationContext {
    /// `code` for a shared clause, through the case's cache.
    @inline(__always)
    mutating func sharedClause(_ clause: Int, _ code: Code<Bool>) throws(EvaluationBudgetExceeded) -> Bool? {
        guard let slot = clauseCache?.slot(clause, item: itemIndex) else { return try code.run(&self) }
        if let entry = clauseCache?.entry(slot), entry != 0 {
            try step(Int(entry >> 2))
            switch entry & 3 {
            case 1: return false
            case 2: return true
            default: return nil
            }
        }
        let before = budget
        let value = try code.run(&self)
        clauseCache?.store(value, steps: before - budget, at: slot)
        return value
    }
}
