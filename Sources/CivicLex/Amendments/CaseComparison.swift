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

    private struct FindingKey: Hashable {
        let ruleID: String
        let item: String?
        let outcome: Outcome
    }

    /// Compares two assessments of the same case.
    public init(before: Assessment, after: Assessment, beforeLaw: Law, afterLaw: Law) {
        caseID = before.caseID
        path = before.path
        self.before = before
        self.after = after
        let isFinding = { (result: RuleResult) in result.outcome == .violation }
        func findings(_ assessment: Assessment, _ law: Law) -> [FindingKey: FindingChange] {
            var map: [FindingKey: FindingChange] = [:]
            for result in assessment.results where isFinding(result) {
                map[FindingKey(ruleID: result.ruleID, item: result.item, outcome: result.outcome)] = FindingChange(
                    ruleID: result.ruleID, item: result.item, outcome: result.outcome, title: law.rules[result.ruleIndex].title, ruleIndex: result.ruleIndex)
            }
            return map
        }
        let old = findings(before, beforeLaw), new = findings(after, afterLaw)
        let order = { (a: FindingChange, b: FindingChange) in (a.ruleID, a.item ?? "") < (b.ruleID, b.item ?? "") }
        gained = new.filter { old[$0.key] == nil }.map(\.value).sorted(by: order)
        lost = old.filter { new[$0.key] == nil }.map(\.value).sorted(by: order)
        findingsDelta = after.results.count(where: isFinding) - before.results.count(where: isFinding)
        // Each rule's worst outcome over its items, rules in the order first met (before, then after).
        var ruleIDs: [String] = []
        var worstBefore: [String: Outcome] = [:], worstAfter: [String: Outcome] = [:]
        for result in before.results {
            if let worst = worstBefore[result.ruleID] {
                worstBefore[result.ruleID] = min(worst, result.outcome)
            } else {
                worstBefore[result.ruleID] = result.outcome
                ruleIDs.append(result.ruleID)
            }
        }
        for result in after.results {
            if let worst = worstAfter[result.ruleID] {
                worstAfter[result.ruleID] = min(worst, result.outcome)
            } else {
                worstAfter[result.ruleID] = result.outcome
                if worstBefore[result.ruleID] == nil { ruleIDs.append(result.ruleID) }
            }
        }
        outcomeChanges = ruleIDs.compactMap { id in
            let old = worstBefore[id], new = worstAfter[id]
            return old == new ? nil : OutcomeChange(ruleID: id, before: old, after: new)
        }
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
