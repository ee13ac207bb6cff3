import CivicLex
import Testing

@Suite struct DayTests {
    @Test(arguments: ["2021-02-30", "2021-13-01", "2021-00-10", "2021-1-1", "21-01-01", "2021/01/01", "2021-01-01T00:00", "", "2023-02-29"])
    func rejectsImpossibleOrMalformedDates(_ text: String) {
        #expect(Day(iso: text) == nil)
    }

    @Test func parsesAndPrintsRealDates() throws {
        let day = try #require(Day(iso: "2024-02-29"))
        #expect(day.description == "2024-02-29")
        #expect(day.weekday == 4)  // a Thursday
        #expect(Day(iso: "1970-01-01")?.ordinal == 0)
    }

    @Test func addsMonthsClampingToTheMonthEnd() throws {
        let day = try #require(Day(iso: "2023-01-31"))
        #expect(day.adding(months: 1).description == "2023-02-28")
        #expect(day.adding(months: 13).description == "2024-02-29")
    }
}
