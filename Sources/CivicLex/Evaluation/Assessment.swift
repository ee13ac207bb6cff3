/// The result of assessing one case: every rule's outcome, the findings, and the scores.
public struct Assessment: Sendable {
    public let caseID: String
    public let title: String
    public let path: String
    public let asOf: Day
    public let results: [RuleResult]
    public let risk: RiskScore
    public let enabling: EnablingScore

    /// Violations and undetermined outcomes: what a legal adviser must look at.
    public var findings: [RuleResult] { results.filter { $0.outcome == .violation || $0.outcome == .undetermined } }

    /// One outcome per rule: the worst over its items.
    public func outcome(of ruleID: String) -> Outcome? {
        results.filter { $0.ruleID == ruleID }.map(\.outcome).min()
    }

    public func results(of ruleID: String) -> [RuleResult] { results.filter { $0.ruleID == ruleID } }
}

/// The scenario's risk: severity points of its violations (and part of its unknowns), 0–100.
public struct RiskScore: Sendable {
    public let score: Double
    public let band: String
}

/// How far the law in force meets international standards, 0–100, overall and per area.
public struct EnablingScore: Sendable {
    public struct IndicatorScore: Sendable {
        public let id: String
        public let title: String
        public let standard: String
        public let weight: Double
        /// 0…1, or `nil` when the indicator cannot be scored on the date (a parameter not yet in force).
        public let value: Double?
        public let status: VerificationStatus
    }

    public struct AreaScore: Sendable {
        public let id: String
        public let title: String
        public let score: Double?
        public let band: String
        public let indicators: [IndicatorScore]
    }

    public let date: Day
    public let overall: Double?
    public let band: String
    public let areas: [AreaScore]

    public func score(of area: String) -> Double? { areas.first { $0.id == area }?.score }
}
