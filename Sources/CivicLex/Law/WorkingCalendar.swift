/// Working days in one country: weekends, public holidays (with weekend carry-over where the
/// law provides it), and the government's yearly transfers of days off.
public struct WorkingCalendar: Sendable {
    public struct Holiday: Sendable {
        public let name: String
        public let month: Int
        public let day: Int
        public let carryOver: Bool
        public let from: Day
        public let to: Day?
    }

    public struct DatedHoliday: Sendable {
        public let date: Day
        public let name: String
        public let carryOver: Bool
    }

    public struct Transfer: Sendable {
        public let workingDay: Day
        public let dayOff: Day
    }

    public let weekend: Set<Int>
    public let holidays: [Holiday]
    public let datedHolidays: [DatedHoliday]
    public let transfers: [Transfer]
    /// Years the calendar was built for; outside them only weekends count as days off.
    public let coveredYears: ClosedRange<Int>
    /// Sorted day ordinals of the exceptions to the week: days off (holidays, carried-over and
    /// transferred days off) and transferred working days.
    private let nonWorking: [Int]
    private let workingWeekendDays: [Int]
    /// Bit `n` set when ISO weekday `n` is a weekend day.
    private let weekendMask: UInt8
    /// The exceptions `workingDays` counts: days off on weekdays, working days on weekends (sorted).
    private let weekdaysOff: [Int]
    private let weekendsWorked: [Int]
    /// Counts and additions looked up over the covered years and a year either side (where a
    /// carried-over or transferred day can fall); outside them they are computed.
    private var table: WorkingDayTable?

    public init(weekend: Set<Int>, holidays: [Holiday], datedHolidays: [DatedHoliday], transfers: [Transfer], coveredYears: ClosedRange<Int>) {
        self.weekend = weekend
        self.holidays = holidays
        self.datedHolidays = datedHolidays
        self.transfers = transfers
        self.coveredYears = coveredYears
        var nonWorking = Set<Int>()
        var carried: [Day] = []
        for year in coveredYears {
            for holiday in holidays {
                guard let date = Day(year: year, month: holiday.month, day: holiday.day), date >= holiday.from else { continue }
                if let to = holiday.to, date > to { continue }
                nonWorking.insert(date.ordinal)
                if holiday.carryOver, weekend.contains(date.weekday) { carried.append(date) }
            }
        }
        for holiday in datedHolidays {
            nonWorking.insert(holiday.date.ordinal)
            if holiday.carryOver, weekend.contains(holiday.date.weekday) { carried.append(holiday.date) }
        }
        // Each holiday on a weekend moves to the next day that is neither weekend nor holiday.
        for date in carried.sorted() {
            var next = date.adding(days: 1)
            while weekend.contains(next.weekday) || nonWorking.contains(next.ordinal) { next = next.adding(days: 1) }
            nonWorking.insert(next.ordinal)
        }
        var workingWeekendDays = Set<Int>()
        for transfer in transfers {
            workingWeekendDays.insert(transfer.workingDay.ordinal)
            nonWorking.remove(transfer.workingDay.ordinal)
            nonWorking.insert(transfer.dayOff.ordinal)
        }
        // Sorted arrays rather than sets: a working-day count per rule and case then costs two
        // binary searches instead of a walk over every holiday of every covered year.
        self.nonWorking = nonWorking.sorted()
        self.workingWeekendDays = workingWeekendDays.sorted()
        let mask = weekend.reduce(UInt8(0)) { (1...7).contains($1) ? $0 | UInt8(1) << $1 : $0 }
        weekendMask = mask
        let isWeekend = { (ordinal: Int) in mask & (1 << Day(ordinal: ordinal).weekday) != 0 }
        weekdaysOff = nonWorking.filter { !workingWeekendDays.contains($0) && !isWeekend($0) }.sorted()
        weekendsWorked = workingWeekendDays.filter(isWeekend).sorted()
        table = nil
        if coveredYears.lowerBound > 1, coveredYears.upperBound < 9999,
           let start = Day(year: coveredYears.lowerBound - 1, month: 1, day: 1)?.ordinal,
           let end = Day(year: coveredYears.upperBound + 1, month: 12, day: 31)?.ordinal, start <= end {
            let computed = self
            table = WorkingDayTable(days: start...end, isWorkingDay: computed.isWorkingDay)
        }
    }

    private func isWeekend(_ day: Day) -> Bool { weekendMask & (1 << day.weekday) != 0 }

    public func isWorkingDay(_ day: Day) -> Bool {
        if Self.contains(workingWeekendDays, day.ordinal) { return true }
        if Self.contains(nonWorking, day.ordinal) { return false }
        return !isWeekend(day)
    }

    /// Index of the first element of `sorted` not below `value`.
    private static func lowerBound(_ sorted: [Int], _ value: Int) -> Int {
        var low = 0, high = sorted.count
        while low < high {
            let middle = (low + high) / 2
            if sorted[middle] < value { low = middle + 1 } else { high = middle }
        }
        return low
    }

    private static func contains(_ sorted: [Int], _ value: Int) -> Bool {
        let index = lowerBound(sorted, value)
        return index < sorted.count && sorted[index] == value
    }

    /// How many elements of `sorted` lie in `first...last`.
    private static func count(_ sorted: [Int], from first: Int, through last: Int) -> Int {
        lowerBound(sorted, last + 1) - lowerBound(sorted, first)
    }

    /// Working days strictly after `start` and strictly before `end` (neither end counts);
    /// negative when `end` precedes `start`.
    public func workingDays(strictlyBetween start: Day, and end: Day) -> Int {
        if end < start { return -workingDays(strictlyBetween: end, and: start) }
        let first = start.ordinal + 1, last = end.ordinal - 1  // inclusive
        guard first <= last else { return 0 }
        if let counted = table?.count(from: first, through: last) { return counted }
        // Days that are not weekend days: whole weeks, then the few days left over.
        let total = last - first + 1
        let weeks = total / 7
        var count = weeks * (7 - weekend.count)
        var ordinal = first + weeks * 7
        while ordinal <= last {
            if !isWeekend(Day(ordinal: ordinal)) { count += 1 }
            ordinal += 1
        }
        // Exceptions, as in isWorkingDay: transfers make a day working, holidays make it off.
        count -= Self.count(weekdaysOff, from: first, through: last)
        count += Self.count(weekendsWorked, from: first, through: last)
        return count
    }

    /// The `count`-th working day after `day` (before it when `count` is negative).
    public func adding(workingDays count: Int, to day: Day) -> Day {
        if count != 0, let found = table?.adding(workingDays: count, to: day.ordinal) { return Day(ordinal: found) }
        var remaining = Int(count.magnitude)
        let step = count < 0 ? -1 : 1
        var current = day
        // Leap `remaining - 1` days at a time: they hold fewer working days than remain, so the
        // target is never passed; each leap leaves about 2/7 of the way, then walk day by day.
        while remaining > 8 {
            let leap = remaining - 1
            let next = current.adding(days: step * leap)
            let passed = step > 0
                ? workingDays(strictlyBetween: current, and: next.adding(days: 1))
                : workingDays(strictlyBetween: next.adding(days: -1), and: current)
            remaining -= passed
            current = next
        }
        while remaining > 0 {
            current = current.adding(days: step)
            if isWorkingDay(current) { remaining -= 1 }
        }
        return current
    }
}
