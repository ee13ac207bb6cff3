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

    /// A finding (violation or undetermined) that appears or disappears, per item.
    public struct FindingChange: Sendable {
        public let ruleID: String
        public let item: String?
        public let outcome: Outcome
        public let title: String
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

    /// Lower risk is better; then fewer findings; then a more enabling law.
    public var direction: Direction {
        if riskDelta < 0 { return .improved }
        if riskDelta > 0 { return .worsened }
        let delta = after.findings.count - before.findings.count
        if delta != 0 { return delta < 0 ? .improved : .worsened }
        let enabling = enablingDelta ?? 0
        return enabling > 0 ? .improved : (enabling < 0 ? .worsened : .unchanged)
    }

    /// Compares two assessments of the same case.
    public init(before: Assessment, after: Assessment, beforeLaw: Law, afterLaw: Law) {
        caseID = before.caseID
        path = before.path
        self.before = before
        self.after = after
        func findings(_ assessment: Assessment, _ law: Law) -> [String: FindingChange] {
            var map: [String: FindingChange] = [:]
            for result in assessment.findings {
                let key = result.ruleID + "|" + (result.item ?? "") + "|" + result.outcome.rawValue
                map[key] = FindingChange(ruleID: result.ruleID, item: result.item, outcome: result.outcome, title: law.rule(for: result).title)
            }
            return map
        }
        let old = findings(before, beforeLaw), new = findings(after, afterLaw)
        gained = new.filter { old[$0.key] == nil }.map(\.value).sorted { ($0.ruleID, $0.item ?? "") < ($1.ruleID, $1.item ?? "") }
        lost = old.filter { new[$0.key] == nil }.map(\.value).sorted { ($0.ruleID, $0.item ?? "") < ($1.ruleID, $1.item ?? "") }
        var ids: [String] = []
        for result in before.results + after.results where !ids.contains(result.ruleID) { ids.append(result.ruleID) }
        outcomeChanges = ids.compactMap { id in
            let old = before.outcome(of: id), new = after.outcome(of: id)
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
