/// The range a numeric fact allows (`min:` and `max:` in the schema), both ends inclusive.
/// Counts and amounts are never negative; an hour of the day is never past 24, so a typo such
/// as `1900` for 19:00 is refused rather than read as a late assembly.
public struct NumericBounds: Sendable, Equatable {
    public var minimum: Double?
    public var maximum: Double?

    public static let none = NumericBounds(minimum: nil, maximum: nil)

    @inline(__always)
    func admits(_ value: Double) -> Bool {
        !(minimum.map { value < $0 } ?? false) && !(maximum.map { value > $0 } ?? false)
    }

    /// `at least 0` or `at most 24` for a value outside the range; nil inside it.
    func breach(by value: Double) -> String? {
        if let minimum, value < minimum { return "at least \(Self.written(minimum))" }
        if let maximum, value > maximum { return "at most \(Self.written(maximum))" }
        return nil
    }

    /// A bound as a case would type it: a whole number without separators (`2015`, not `2,015`).
    static func written(_ bound: Double) -> String {
        bound == bound.rounded() && abs(bound) < 1e15 ? String(Int(bound)) : String(bound)
    }
}
