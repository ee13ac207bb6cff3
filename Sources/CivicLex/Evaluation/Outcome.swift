/// How one rule (or one item of a `for_each` rule) ended for a case.
public enum Outcome: String, Sendable, CaseIterable, Comparable {
    /// The act breaches the provision.
    case violation
    /// Facts the rule needs are missing; never silently treated as compliant.
    case undetermined
    /// An obligation whose deadline falls after the assessment date: not yet due, no risk.
    case pending
    case compliant
    /// The provision does not cover this case or item.
    case notApplicable = "not_applicable"
    /// The provision was not in force on the date that governs the act.
    case notInForce = "not_in_force"

    /// Worst first: the order used to aggregate items into one outcome per rule.
    /// Worst first, as declared; spelled out because `allCases` builds an array per call.
    private var rank: Int {
        switch self {
        case .violation: 0
        case .undetermined: 1
        case .pending: 2
        case .compliant: 3
        case .notApplicable: 4
        case .notInForce: 5
        }
    }

    public static func < (lhs: Outcome, rhs: Outcome) -> Bool { lhs.rank < rhs.rank }
}
