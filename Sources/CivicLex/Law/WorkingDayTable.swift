/// Working days counted once over a span of days, so that a deadline's count or addition is
/// two lookups: the rules compute one for most items of most cases.
struct WorkingDayTable: Sendable {
    /// The first day of the span, as an ordinal.
    private let first: Int
    /// `before[i]`: working days from `first` up to, not including, `first + i` (one entry
    /// more than the span has days).
    private let before: [Int32]
    /// The span's working days in order, as offsets from `first`.
    private let working: [Int32]

    /// Longest span tabled: a calendar file may claim thousands of years, which would cost
    /// memory and load time for no deadline the rules compute.
    static let maxDays = 200 * 366

    /// The span `days` judged by `isWorkingDay`; nil when it is empty or longer than `maxDays`.
    init?(days: ClosedRange<Int>, isWorkingDay: (Day) -> Bool) {
        guard days.count <= Self.maxDays else { return nil }
        first = days.lowerBound
        var before: [Int32] = [0]
        var working: [Int32] = []
        before.reserveCapacity(days.count + 1)
        for ordinal in days {
            if isWorkingDay(Day(ordinal: ordinal)) { working.append(Int32(ordinal - first)) }
            before.append(Int32(working.count))
        }
        self.before = before
        self.working = working
    }

    /// Working days in `first...last` (ordinals, `first <= last`); nil when that leaves the span.
    func count(from firstDay: Int, through lastDay: Int) -> Int? {
        let lower = firstDay - first, upper = lastDay - first + 1
        guard lower >= 0, upper < before.count else { return nil }
        return Int(before[upper] - before[lower])
    }

    /// The `count`-th working day after `day` (before it when negative; `count != 0`); nil when
    /// the span does not hold it.
    func adding(workingDays count: Int, to day: Int) -> Int? {
        let offset = day - first
        guard offset >= 0, offset < before.count - 1, count.magnitude <= UInt(working.count) else { return nil }
        // Working days up to and including `day` (counting forward), or before it (backward).
        let index = count > 0 ? Int(before[offset + 1]) + count - 1 : Int(before[offset]) + count
        guard working.indices.contains(index) else { return nil }
        return first + Int(working[index])
    }
}
