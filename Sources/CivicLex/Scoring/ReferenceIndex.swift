public import YAMLSource

/// A published rating of the country by an outside body (CIVICUS Monitor, Freedom House),
/// kept beside the law's own score. These rate practice as well as law, so they are shown
/// for comparison, never folded into the law's score.
public struct ReferenceIndex: Sendable {
    /// One published value, dated by the period it describes.
    public struct Reading: Sendable {
        public let date: Day
        /// On the index's own scale; `nil` for a rating published only as a category.
        public let value: Double?
        public let label: String
        public let url: String
        public let status: VerificationStatus
        public let note: String?
    }

    public let id: String
    public let name: String
    public let publisher: String
    /// Where the index's method and the country's page are published.
    public let source: String
    public let scaleMinimum: Double
    public let scaleMaximum: Double
    public let higherIsBetter: Bool
    /// What the index rates ("law and practice", "practice"), shown beside the law's score.
    public let measures: String
    public let note: String?
    public let readings: [Reading]
    public let location: SourceLocation?

    /// The reading in effect on `date`: the latest one dated on or before it.
    public func reading(on date: Day) -> Reading? {
        readings.last { $0.date <= date }
    }

    /// The readings dated on or before `date`: what was published about the period shown.
    public func readings(upTo date: Day) -> [Reading] {
        readings.filter { $0.date <= date }
    }

    /// `value` moved onto 0–100 with 100 as the best end, to draw beside the law's score.
    public func normalised(_ value: Double) -> Double? {
        let span = scaleMaximum - scaleMinimum
        guard span > 0 else { return nil }
        let share = (value - scaleMinimum) / span
        return (higherIsBetter ? share : 1 - share) * 100
    }
}
