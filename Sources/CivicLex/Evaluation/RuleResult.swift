/// The outcome of one rule on one case, or on one item of a list fact.
public struct RuleResult: Sendable {
    public let ruleID: String
    /// The rule version's position in `Law.rules`.
    public let ruleIndex: Int
    /// `assemblies[2]` for `for_each` rules; `nil` for rules over the whole case.
    public let item: String?
    public let outcome: Outcome
    /// The weakest verification status of the rule and the parameter values it used.
    public let status: VerificationStatus
    /// The date whose law was applied.
    public let lawDate: Day?
    /// The deadline of a `pending` obligation (and of an overdue one), from the rule's `due`.
    public var dueDate: Day?
    /// Facts that were needed but missing (for `undetermined`).
    public let missingFacts: [String]
    /// Why the outcome is `not_in_force` or `not_applicable`, when not obvious.
    public let reason: String?
    public let message: String?
    public let remedy: String?
    /// Sanctions as they stood on `lawDate`, with fines converted at the fine's MCI date.
    public let sanctions: [SanctionApplication]
    public let trace: [TraceStep]
}

/// One traced sub-expression and its value, for `civiclex explain`.
public struct TraceStep: Sendable {
    public let part: String
    public let expression: String
    public let value: String
    /// The expression had no value (a fact left out): `value` is the English "unknown".
    public var isUnknown = false
}
