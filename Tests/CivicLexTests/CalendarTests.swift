import CivicLex
import Testing

@Suite struct CalendarTests {
    let calendar = bundledLaw.runtime.calendar

    func day(_ text: String) -> Day { Day(iso: text)! }

    @Test func weekendHolidayCarriesOverToTheNextWorkingDay() {
        // 1 Jan 2017 was a Sunday; 2 Jan a Monday holiday; so 3 Jan was the carried-over day off.
        #expect(!calendar.isWorkingDay(day("2017-01-02")))
        #expect(!calendar.isWorkingDay(day("2017-01-03")))
        #expect(calendar.isWorkingDay(day("2017-01-04")))
    }

    @Test func religiousDayOffDoesNotCarryOver() {
        // Orthodox Christmas 7 Jan 2023 fell on a Saturday: Monday 9 Jan was a working day.
        #expect(calendar.isWorkingDay(day("2023-01-09")))
    }

    @Test func governmentTransferOverridesCarryOver() {
        // Victory Day 9 May 2020 was a Saturday; the decree made Mon 11 May a working day and Fri 8 May a day off.
        #expect(calendar.isWorkingDay(day("2020-05-11")))
        #expect(!calendar.isWorkingDay(day("2020-05-08")))
    }

    @Test func transferredSaturdayIsAWorkingDay() {
        // 2022: Sat 5 Mar worked, Mon 7 Mar off.
        #expect(calendar.isWorkingDay(day("2022-03-05")))
        #expect(!calendar.isWorkingDay(day("2022-03-07")))
    }

    @Test func countsWorkingDaysStrictlyBetween() {
        // Mon 22 Apr 2024 to Fri 26 Apr 2024: Tue, Wed, Thu lie between.
        #expect(calendar.workingDays(strictlyBetween: day("2024-04-22"), and: day("2024-04-26")) == 3)
        #expect(calendar.workingDays(strictlyBetween: day("2024-04-26"), and: day("2024-04-22")) == -3)
        // Nauryz 2024 (Thu 21 – Sat 23 Mar, with Mon 25 Mar carried over): only Tue 19 and Wed 20 count.
        #expect(calendar.workingDays(strictlyBetween: day("2024-03-18"), and: day("2024-03-26")) == 2)
    }

    @Test func addsWorkingDaysAcrossHolidays() {
        #expect(calendar.adding(workingDays: 1, to: day("2024-03-20")).description == "2024-03-26")
        #expect(calendar.adding(workingDays: -1, to: day("2024-03-26")).description == "2024-03-20")
    }
}
