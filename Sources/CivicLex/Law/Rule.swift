public import YAMLSource

/// How serious a finding is; orders findings and feeds the risk score.
public enum Severity: String, Sendable, CaseIterable, Comparable {
    case info, low, medium, high, critical

    public var rank: Int { Severity.allCases.firstIndex(of: self)! }

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}

/// A compiled `{expression}` template for messages and remedies.
public struct Template: Sendable {
    enum Piece: Sendable {
        case text(String)
        case expression(CompiledExpression)
    }

    let pieces: [Piece]
    public let source: String

    /// Whether the rendered text contains a date (a remedy that does needs `due` and
    /// `remedy_overdue`, or it could name a day already past).
    public var namesADate: Bool {
        pieces.contains { if case .expression(let expression) = $0 { expression.type == .date } else { false } }
    }
}

/// One provision encoded as a check over a case.
public struct Rule: Sendable {
    public struct Iteration: Sendable {
        /// The list fact the rule runs over, one outcome per item.
        public let listPath: String
        public let listSlot: Int
        public let variable: String
    }

    public let id: String
    /// Position in `Law.rules`; versions of an amended rule share `id` but not `index`.
    public internal(set) var index = 0
    public let title: String
    public let area: String
    public let inForceFrom: Day
    /// Last day in force; an amendment that repeals or replaces the rule sets it.
    public internal(set) var inForceTo: Day?
    public let iteration: Iteration?
    /// Whom the provision binds (legal forms, registration state, role); anyone else makes it
    /// `not_applicable`. Checked before anything else.
    public let bindings: [Binding]
    /// The date whose law governs the act; `nil` means the case's assessment date.
    public let at: CompiledExpression?
    public let applies: CompiledExpression?
    public let violation: CompiledExpression
    public let severity: Severity
    public let message: Template
    public let remedy: Template?
    /// For an obligation with a deadline: the last day to meet it. A breach or unknown whose
    /// deadline is on or after the assessment date is `pending`, not yet a violation.
    public let due: CompiledExpression?
    /// What to do now once `due` has passed (the plain `remedy` would name a past date).
    public let remedyOverdue: Template?
    public let citation: Citation
    /// The sanctions a breach exposes each liable person to.
    public let sanctions: [SanctionReference]
    /// The client's role in the act (`organiser`, `participant`, …): when the case states it,
    /// only the sanctions on that role apply to the client.
    public let clientRole: CompiledExpression?
    /// The day the proceedings were opened (the protocol), whose MCI converts the fines
    /// (CAO art. 44(1)); the offence date when the case does not state it.
    public let protocolOn: CompiledExpression?
    /// What follows a breach that is not a penalty (refusal of registration, loss of status).
    public let consequence: String?
    /// When the breach repeats an earlier one penalised within the period the code sets,
    /// the heavier sanctions that apply instead.
    public let repeatOffence: RepeatOffence?

    public struct RepeatOffence: Sendable {
        /// True when the case's prior penalties make this breach a repeat.
        public let when: CompiledExpression
        /// Replaces every sanction (the older form); references can instead name their own
        /// repeat part.
        public let sanctions: [String]
    }
    public let status: VerificationStatus
    /// Indices in `Law.parameters` of the parameters the conditions read, set when the law is
    /// built, so a finding's status costs no name lookups.
    public internal(set) var parameterIndices: [Int] = []
    public let note: String?
    public let file: String
    public let location: SourceLocation?

    /// The sanctions listed by id, in order (repeat parts included).
    public var sanctionIDs: [String] {
        sanctions.flatMap { [$0.sanctionID] + ($0.repeatID.map { [$0] } ?? []) } + (repeatOffence?.sanctions ?? [])
    }

    /// Names of the parameters the rule's conditions read.
    public var parameterReferences: [String] {
        ([violation] + [applies, at, due].compactMap { $0 }).flatMap(\.references)
            .filter { $0.hasPrefix("param.") }.map { String($0.dropFirst("param.".count)) }
    }

    public func isInForce(on day: Day) -> Bool {
        day >= inForceFrom && (inForceTo.map { day <= $0 } ?? true)
    }
}
