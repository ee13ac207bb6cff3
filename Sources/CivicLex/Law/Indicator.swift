public import YAMLSource

/// An area of the legal environment (registration, assembly, …) with its weight in the
/// overall enabling-environment score.
public struct Area: Sendable {
    public let id: String
    public let title: String
    public let weight: Double
}

/// A named range of a 0–100 score ("open", "obstructed", …); `minimum` is inclusive.
public struct Band: Sendable {
    public let minimum: Double
    public let name: String
}

/// A scored check of the law in force against an international standard.
public struct Indicator: Sendable {
    public let id: String
    public let area: String
    public let title: String
    /// The standard and paragraph the indicator measures against.
    public let standard: String
    public let weight: Double
    /// 0…1 (or a bool: true = 1) over parameters; never reads case facts.
    public let score: CompiledExpression
    public let status: VerificationStatus
    public let location: SourceLocation?
}

/// How findings add up to a scenario risk score.
public struct RiskModel: Sendable {
    public let points: [Severity: Double]
    /// Share of a severity's points an undetermined outcome carries (the risk is unknown, not nil).
    public let undeterminedFactor: Double
    public let bands: [Band]
}

extension [Band] {
    /// The band a score falls in: the first (highest) whose minimum it reaches.
    public func band(for score: Double) -> String {
        sorted { $0.minimum > $1.minimum }.first { score >= $0.minimum }?.name ?? "unbanded"
    }
}
