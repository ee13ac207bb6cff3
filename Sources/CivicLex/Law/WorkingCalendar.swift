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
    private let nonWorking: Set<Int>
    private let workingWeekendDays: Set<Int>

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
        self.nonWorking = nonWorking
        self.workingWeekendDays = workingWeekendDays
    }

    public func isWorkingDay(_ day: Day) -> Bool {
        if workingWeekendDays.contains(day.ordinal) { return true }
        if nonWorking.contains(day.ordinal) { return false }
        return !weekend.contains(day.weekday)
    }

    /// Working days strictly after `start` and strictly before `end` (neither end counts);
    /// negative when `end` precedes `start`.
    public func workingDays(strictlyBetween start: Day, and end: Day) -> Int {
        if end < start { return -workingDays(strictlyBetween: end, and: start) }
        let first = start.ordinal + 1, last = end.ordinal - 1  // inclusive
        guard first <= last else { return 0 }
        // Days that are not weekend days: whole weeks, then the few days left over.
        let total = last - first + 1
        let weeks = total / 7
        var count = weeks * (7 - weekend.count)
        var ordinal = first + weeks * 7
        while ordinal <= last {
            if !weekend.contains(Day(ordinal: ordinal).weekday) { count += 1 }
            ordinal += 1
        }
        // Exceptions, as in isWorkingDay: transfers make a day working, holidays make it off.
        for day in nonWorking where day >= first && day <= last && !workingWeekendDays.contains(day) {
            if !weekend.contains(Day(ordinal: day).weekday) { count -= 1 }
        }
        for day in workingWeekendDays where day >= first && day <= last {
            if weekend.contains(Day(ordinal: day).weekday) { count += 1 }
        }
        return count
    }

    /// The `count`-th working day after `day` (before it when `count` is negative).
    public func adding(workingDays count: Int, to day: Day) -> Day {
        var remaining = Int(count.magnitude)
        let step = count < 0 ? -1 : 1
        var current = day
        while remaining > 0 {
            current = current.adding(days: step)
            if isWorkingDay(current) { remaining -= 1 }
        }
        return current
    }
}
