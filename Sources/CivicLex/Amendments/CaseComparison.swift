/// How one case fares under two states of the law.
public struct CaseComparison: Sendable {
    public enum Direction: String, Sendable {
        case improved, worsened, unchanged
    }

    /// A rule's aggregate outcome before and after.
    public struct OutcomeChange: Sendable {
        public let ruleID: String
        public let before: Outcome?
        public let after: Outcome?
    }

    /// A violation that appears or disappears, per item. An undetermined outcome is not a
    /// finding: it shows only among the rules' outcome changes.
    public struct FindingChange: Sendable {
        public let ruleID: String
        public let item: String?
        public let outcome: Outcome
        public let title: String
        /// The rule version that produced the finding, in the law of its side of the comparison.
        public let ruleIndex: Int
    }

    public let caseID: String
    public let path: String
    public let before: Assessment
    public let after: Assessment
    public let gained: [FindingChange]
    public let lost: [FindingChange]
    public let outcomeChanges: [OutcomeChange]

    public var riskDelta: Double { after.risk.score - before.risk.score }

    public var enablingDelta: Double? {
        guard let old = before.enabling.overall, let new = after.enabling.overall else { return nil }
        return new - old
    }

    public func areaDelta(_ area: String) -> Double? {
        guard let old = before.enabling.score(of: area), let new = after.enabling.score(of: area) else { return nil }
        return new - old
    }

    /// Judged by the case's own outcomes: lower risk is better, then fewer violations. The law's
    /// enabling score moving says nothing about this case and is reported once, for all cases.
    public var direction: Direction {
        if riskDelta < 0 { return .improved }
        if riskDelta > 0 { return .worsened }
        if findingsDelta != 0 { return findingsDelta < 0 ? .improved : .worsened }
        return .unchanged
    }


    private let findingsDelta: Int

    /// Compares two assessments of the same case.
    public init(before: Assessment, after: Assessment, beforeLaw: Law, afterLaw: Law) {
        self.init(before: before, after: after, beforeLaw: beforeLaw, afterLaw: afterLaw, slots: ComparisonRuleSlots(before: beforeLaw, after: afterLaw))
    }

    /// Compares two assessments of the same case, with the laws' rule slots numbered once for a
    /// whole run rather than per case.
    public init(before: Assessment, after: Assessment, beforeLaw: Law, afterLaw: Law, slots: ComparisonRuleSlots) {
        caseID = before.caseID
        path = before.path
        self.before = before
        self.after = after
        let (old, oldCount) = Self.violations(before.results, slotOf: slots.beforeSlots)
        let (new, newCount) = Self.violations(after.results, slotOf: slots.afterSlots)
        var gained: [FindingChange] = [], lost: [FindingChange] = []
        // Both lists are sorted by (id, item): one merge finds what appears and what disappears.
        var i = 0, j = 0
        while i < old.count || j < new.count {
            if j == new.count || (i < old.count && old[i].precedes(new[j])) {
                lost.append(old[i].change(ids: slots.ids, law: beforeLaw))
                i += 1
            } else if i == old.count || new[j].precedes(old[i]) {
                gained.append(new[j].change(ids: slots.ids, law: afterLaw))
                j += 1
            } else {
                i += 1
                j += 1
            }
        }
        self.gained = gained
        self.lost = lost
        findingsDelta = newCount - oldCount
        // Each rule's worst outcome over its items, rules in the order first met (before, then after).
        var firstMet: [Int] = []
        var worstBefore = [Outcome?](repeating: nil, count: slots.ids.count)
        var worstAfter = worstBefore
        // Results are read field by field, by index: copying a whole result costs a retain per string.
        let beforeResults = before.results, afterResults = after.results
        for index in beforeResults.indices {
            let slot = slots.beforeSlots[beforeResults[index].ruleIndex], outcome = beforeResults[index].outcome
            if let worst = worstBefore[slot] {
                worstBefore[slot] = min(worst, outcome)
            } else {
                worstBefore[slot] = outcome
                firstMet.append(slot)
            }
        }
        for index in afterResults.indices {
            let slot = slots.afterSlots[afterResults[index].ruleIndex], outcome = afterResults[index].outcome
            if let worst = worstAfter[slot] {
                worstAfter[slot] = min(worst, outcome)
            } else {
                worstAfter[slot] = outcome
                if worstBefore[slot] == nil { firstMet.append(slot) }
            }
        }
        outcomeChanges = firstMet.compactMap { slot in
            let old = worstBefore[slot], new = worstAfter[slot]
            return old == new ? nil : OutcomeChange(ruleID: slots.ids[slot], before: old, after: new)
        }
    }

    /// One violation of an assessment, by its rule's slot.
    private struct Violation {
        let slot: Int
        let item: String?
        let ruleIndex: Int
        /// Position in the assessment's results: of two violations of one rule and item, the later counts.
        let position: Int

        /// Id order, then item order with no item as the empty one, then no item before an empty one.
        func precedes(_ other: Violation) -> Bool {
            if slot != other.slot { return slot < other.slot }
            let mine = item ?? "", theirs = other.item ?? ""
            if mine != theirs { return mine < theirs }
            return item == nil && other.item != nil
        }

        func change(ids: [String], law: Law) -> FindingChange {
            FindingChange(ruleID: ids[slot], item: item, outcome: .violation, title: law.rules[ruleIndex].title, ruleIndex: ruleIndex)
        }
    }

    /// An assessment's violations sorted by rule id and item, one per rule and item (the last met).
    /// Also counts them all, repeats included.
    private static func violations(_ results: [RuleResult], slotOf: [Int]) -> (list: [Violation], violationCount: Int) {
        var list: [Violation] = []
        for position in results.indices where results[position].outcome == .violation {
            let ruleIndex = results[position].ruleIndex
            list.append(Violation(slot: slotOf[ruleIndex], item: results[position].item, ruleIndex: ruleIndex, position: position))
        }
        let violationCount = list.count
        guard list.count > 1 else { return (list, violationCount) }
        list.sort { $0.precedes($1) || (!$1.precedes($0) && $0.position < $1.position) }
        var unique: [Violation] = []
        unique.reserveCapacity(list.count)
        for violation in list {
            if let last = unique.last, last.slot == violation.slot, last.item == violation.item {
                unique[unique.count - 1] = violation
            } else {
                unique.append(violation)
            }
        }
        return (unique, violationCount)
    }
}

/// Totals over a comparison run: how many cases moved which way, and which rules moved them.
public struct ComparisonTotals: Sendable {
    public private(set) var cases = 0
    public private(set) var errors = 0
    public private(set) var improved = 0
    public private(set) var worsened = 0
    public private(set) var unchanged = 0
    public private(set) var findingsGained = 0
    public private(set) var findingsLost = 0
    /// Cases in which each rule's outcome changed.
    public private(set) var ruleChanges: [String: Int] = [:]

    public init() {}

    public mutating func add(_ comparison: CaseComparison) {
        cases += 1
        switch comparison.direction {
        case .improved: improved += 1
        case .worsened: worsened += 1
        case .unchanged: unchanged += 1
        }
        findingsGained += comparison.gained.count
        findingsLost += comparison.lost.count
        for change in comparison.outcomeChanges { ruleChanges[change.ruleID, default: 0] += 1 }
    }

    public mutating func addError() {
        cases += 1
        errors += 1
    }

    /// Rules by the number of cases whose outcome they changed, most first.
    public var topRules: [(ruleID: String, cases: Int)] {
        ruleChanges.map { ($0.key, $0.value) }.sorted { ($1.1, $0.0) < ($0.1, $1.0) }
    }
}
