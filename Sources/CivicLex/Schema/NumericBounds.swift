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
}
