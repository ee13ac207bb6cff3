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

    /// Every date `Day(iso:)` reads prints back as it was written, zeros included; days past
    /// 9999 (reached by arithmetic) and before year 0 still print their year in full.
    @Test func printsEveryYearInFull() throws {
        for text in ["0001-01-01", "0099-12-31", "0999-06-05", "1970-01-01", "2000-02-29", "9999-12-31"] {
            #expect(try #require(Day(iso: text)).description == text)
        }
        let last = try #require(Day(iso: "9999-12-31")), first = try #require(Day(iso: "0001-01-01"))
        #expect(Day(ordinal: last.ordinal + 1).description == "10000-01-01")
        #expect(Day(ordinal: first.ordinal - 1).description == "0000-12-31")
        #expect(Day(ordinal: first.ordinal - 367).description == "00-1-12-31")
    }

    @Test func addsMonthsClampingToTheMonthEnd() throws {
        let day = try #require(Day(iso: "2023-01-31"))
        #expect(day.adding(months: 1).description == "2023-02-28")
        #expect(day.adding(months: 13).description == "2024-02-29")
    }
}
