/// How much the overall enabling-environment score depends on the area weights: for each
/// area, the overall score with that area's weight halved, doubled, or the area left out.
/// Recomputed from the area scores, so it shows the weights' effect and nothing else.
public struct Sensitivity: Sendable {
    public struct Row: Sendable {
        public let area: String
        public let title: String
        public let weight: Double
        public let areaScore: Double?
        public let halved: Double?
        public let doubled: Double?
        public let leftOut: Double?

        /// The largest move of the overall score among the three variations.
        public func largestMove(from overall: Double?) -> Double? {
            guard let overall else { return nil }
            return [halved, doubled, leftOut].compactMap { $0.map { abs($0 - overall) } }.max()
        }
    }

    public let date: Day
    public let overall: Double?
    public let band: String
    public let rows: [Row]

    public init(score: EnablingScore, law: Law) {
        date = score.date
        overall = score.overall
        band = score.band
        rows = law.areas.map { area in
            func overall(scaling factor: Double) -> Double? {
                Self.weightedMean(score.areas.compactMap { item in
                    guard let value = item.score, let weight = law.area(item.id)?.weight else { return nil }
                    return (value, item.id == area.id ? weight * factor : weight)
                })
            }
            return Row(
                area: area.id, title: area.title, weight: area.weight, areaScore: score.score(of: area.id),
                halved: overall(scaling: 0.5), doubled: overall(scaling: 2), leftOut: overall(scaling: 0))
        }
    }

    /// Σ wᵢsᵢ / Σ wᵢ, or `nil` when no weight is left.
    static func weightedMean(_ items: [(value: Double, weight: Double)]) -> Double? {
        let total = items.reduce(0) { $0 + $1.weight }
        guard total > 0 else { return nil }
        return items.reduce(0) { $0 + $1.value * $1.weight } / total
    }
}
