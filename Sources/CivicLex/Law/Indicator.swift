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
    /// 0…1 (or a bool: true = 1) over parameters; never reads case facts. With `steps`, the
    /// measured quantity that the steps grade.
    public let score: CompiledExpression
    /// A step table: the grade of the first step whose `maximum` the quantity does not
    /// exceed; the last step has no maximum and catches the rest. Empty: `score` is the grade.
    public var steps: [GradeStep] = []
    public let status: VerificationStatus
    public let location: SourceLocation?

    /// The grade of `quantity` under the step table.
    public func grade(of quantity: Double) -> Double? {
        steps.first { step in step.maximum.map { quantity <= $0 } ?? true }?.grade
    }
}

/// One step of an indicator's grading table: quantities up to `maximum` (inclusive) grade `grade`.
public struct GradeStep: Sendable {
    public let maximum: Double?
    public let grade: Double
}

/// How findings add up to a scenario risk score.
public struct RiskModel: Sendable {
    public let points: [Severity: Double]
    /// Share of a severity's points an undetermined outcome carries (the risk is unknown, not nil).
    public let undeterminedFactor: Double
    public let bands: [Band]
    /// `points` by severity rank, and `bands` as `band(for:)` orders them: both are read per
    /// case, so they are arranged once.
    let pointsByRank: [Double]
    private let bandsHighestFirst: [Band]

    public init(points: [Severity: Double], undeterminedFactor: Double, bands: [Band]) {
        self.points = points
        self.undeterminedFactor = undeterminedFactor
        self.bands = bands
        pointsByRank = Severity.allCases.map { points[$0] ?? 0 }
        bandsHighestFirst = bands.highestFirst
    }

    /// `bands.band(for: score)`.
    func band(for score: Double) -> String { bandsHighestFirst.firstBand(reachedBy: score) }
}

extension [Band] {
    /// The band a score falls in: the first (highest) whose minimum it reaches.
    public func band(for score: Double) -> String {
        highestFirst.firstBand(reachedBy: score)
    }

    var highestFirst: [Band] { sorted { $0.minimum > $1.minimum } }

    /// In bands ordered highest first, the first whose minimum `score` reaches.
    func firstBand(reachedBy score: Double) -> String {
        first { score >= $0.minimum }?.name ?? "unbanded"
    }
}
