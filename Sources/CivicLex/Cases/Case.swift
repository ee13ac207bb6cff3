public import YAMLSource

/// A CSO scenario: facts about the organisation and its acts, the date of assessment, and
/// optionally what the assessment is expected to find.
public struct Case: Sendable {
    public let id: String
    public let title: String
    public let path: String
    /// The day the scenario is assessed; acts are judged by the law on their own dates.
    public let asOf: Day
    /// Areas the scenario is about; rules of other areas are reported not applicable.
    public let areas: [String]?
    /// Fact values by schema slot; `nil` where the case is silent.
    public let facts: [Value?]
    public let expectation: Expectation?
    public let notes: String?
    /// Located warnings about a valid but questionable case (no facts, a date the tables do
    /// not cover, an essential fact left unstated, …), set by `CaseLoader`; commands print
    /// them and `--strict` makes them errors.
    public var warnings: [Diagnostic] = []

    public init(id: String, title: String, path: String, asOf: Day, areas: [String]?, facts: [Value?], expectation: Expectation?, notes: String?) {
        self.id = id
        self.title = title
        self.path = path
        self.asOf = asOf
        self.areas = areas
        self.facts = facts
        self.expectation = expectation
        self.notes = notes
    }
}

/// What a case file says its assessment must show; checked by `civiclex test`.
public struct Expectation: Sendable {
    public struct RuleClaim: Sendable {
        public let ruleID: String
        public let location: SourceLocation
    }

    public struct OutcomeClaim: Sendable {
        public let ruleID: String
        public let outcome: Outcome
        public let location: SourceLocation
    }

    public struct MissingClaim: Sendable {
        public let ruleID: String
        public let facts: [String]
        public let location: SourceLocation
    }

    public struct RangeClaim: Sendable {
        /// `risk`, `enabling`, or an area id.
        public let score: String
        public let range: ClosedRange<Double>
        public let location: SourceLocation
    }

    /// Rules that must have at least one violation.
    public var violations: [RuleClaim] = []
    /// Rules that must have no violation.
    public var absent: [RuleClaim] = []
    /// Aggregate outcome per rule (worst item first: violation, undetermined, compliant, …).
    public var outcomes: [OutcomeClaim] = []
    /// Facts an undetermined rule must name as missing.
    public var missing: [MissingClaim] = []
    public var scores: [RangeClaim] = []
    /// Exactly the sanction parts a rule's violations carry (none for `[]`), and, where given,
    /// the fine in tenge each one comes to for the case's subject.
    public var sanctions: [SanctionClaim] = []

    public struct SanctionClaim: Sendable {
        public let ruleID: String
        public let sanctionIDs: [String]
        /// Tenge by sanction id (the upper bound of the fine for the subject category applied).
        public let tenge: [String: Double]
        public let location: SourceLocation
    }

    public struct DueClaim: Sendable {
        public let ruleID: String
        public let day: Day
        public let location: SourceLocation
    }

    /// Deadlines a rule must report (`due: {KZ-FF-002: 2025-08-15}`), pending or overdue.
    public var due: [DueClaim] = []

    public init() {}
}
