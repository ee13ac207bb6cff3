@testable import CivicLex
import Testing

/// `workingDays(strictlyBetween:and:)` counts by whole weeks and sorted exceptions; it must
/// agree with walking the days one by one through `isWorkingDay`.
@Suite struct WorkingDayCountTests {
    static func walked(_ calendar: WorkingCalendar, _ start: Day, _ end: Day) -> Int {
        guard start <= end else { return -walked(calendar, end, start) }
        var count = 0
        var day = start.adding(days: 1)
        while day < end {
            if calendar.isWorkingDay(day) { count += 1 }
            day = day.adding(days: 1)
        }
        return count
    }

    @Test func countsAgreeWithADayByDayWalkOverTheBundledCalendar() {
        let calendar = bundledLaw.runtime.calendar
        var generator = SystemRandomNumberGenerator()
        let first = Day(year: 2014, month: 1, day: 1)!.ordinal, last = Day(year: 2028, month: 12, day: 31)!.ordinal
        for _ in 0..<2_000 {
            let start = Day(ordinal: Int.random(in: first...last, using: &generator))
            let end = start.adding(days: Int.random(in: -400...400, using: &generator))
            #expect(calendar.workingDays(strictlyBetween: start, and: end) == Self.walked(calendar, start, end), "\(start) to \(end)")
        }
        // Every transfer of the bundled calendar, from the day before to the day after.
        for transfer in calendar.transfers {
            for day in [transfer.workingDay, transfer.dayOff] {
                let start = day.adding(days: -1), end = day.adding(days: 1)
                #expect(calendar.workingDays(strictlyBetween: start, and: end) == Self.walked(calendar, start, end))
                #expect(calendar.isWorkingDay(transfer.workingDay))
            }
        }
    }
}

/// `adding(workingDays:to:)` leaps over whole stretches; it must land where a day-by-day walk does.
@Suite struct WorkingDayAdditionTests {
    static func walked(_ calendar: WorkingCalendar, _ count: Int, _ day: Day) -> Day {
        var remaining = count.magnitude
        var current = day
        while remaining > 0 {
            current = current.adding(days: count < 0 ? -1 : 1)
            if calendar.isWorkingDay(current) { remaining -= 1 }
        }
        return current
    }

    @Test func leapsLandWhereTheWalkDoes() {
        let calendar = bundledLaw.runtime.calendar
        var generator = SystemRandomNumberGenerator()
        let first = Day(year: 2014, month: 1, day: 1)!.ordinal, last = Day(year: 2028, month: 12, day: 31)!.ordinal
        for _ in 0..<2_000 {
            let start = Day(ordinal: Int.random(in: first...last, using: &generator))
            let count = Int.random(in: -700...700, using: &generator)
            #expect(calendar.adding(workingDays: count, to: start) == Self.walked(calendar, count, start), "\(count) from \(start)")
        }
        // Around each transfer and holiday run, where a leap could end on a day off.
        for transfer in calendar.transfers {
            for count in [-12, -9, 9, 10, 12, 30] {
                let start = transfer.dayOff.adding(days: -count)
                #expect(calendar.adding(workingDays: count, to: start) == Self.walked(calendar, count, start))
            }
        }
    }
}

/// Counts and additions are looked up in a table over the covered years and a year either side,
/// and computed beyond it: both must agree with the walk, and so must a step across its edges.
@Suite struct WorkingDayTableEdgeTests {
    @Test func countsAndAdditionsAgreeAcrossTheTablesEdges() {
        let calendar = bundledLaw.runtime.calendar
        let years = calendar.coveredYears
        let edges = [Day(year: years.lowerBound - 1, month: 1, day: 1)!, Day(year: years.upperBound + 1, month: 12, day: 31)!]
        for edge in edges {
            for offset in -12...12 {
                let day = edge.adding(days: offset)
                for count in [-40, -10, -3, -1, 1, 2, 7, 10, 40] {
                    #expect(calendar.adding(workingDays: count, to: day) == WorkingDayAdditionTests.walked(calendar, count, day), "\(count) from \(day)")
                }
                for span in [-30, -2, 0, 1, 2, 5, 30] {
                    let other = day.adding(days: span)
                    #expect(calendar.workingDays(strictlyBetween: day, and: other) == WorkingDayCountTests.walked(calendar, day, other), "\(day) to \(other)")
                }
            }
        }
    }

    /// A calendar claiming every year there is gets no table; it still counts like the walk.
    @Test func aCalendarTooLongToTableStillCounts() {
        let transfer = WorkingCalendar.Transfer(workingDay: Day(year: 2024, month: 3, day: 2)!, dayOff: Day(year: 2024, month: 3, day: 4)!)
        let calendar = WorkingCalendar(
            weekend: [6, 7], holidays: [.init(name: "New Year", month: 1, day: 1, carryOver: true, from: Day(year: 1990, month: 1, day: 1)!, to: nil)],
            datedHolidays: [], transfers: [transfer], coveredYears: 1...9999)
        let start = Day(year: 2023, month: 12, day: 20)!
        for count in [-15, -1, 1, 5, 15] {
            #expect(calendar.adding(workingDays: count, to: start) == WorkingDayAdditionTests.walked(calendar, count, start))
        }
        let end = Day(year: 2024, month: 3, day: 10)!
        #expect(calendar.workingDays(strictlyBetween: start, and: end) == WorkingDayCountTests.walked(calendar, start, end))
    }
}
