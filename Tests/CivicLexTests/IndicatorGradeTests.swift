import CivicLex
import Testing

/// One indicator's expected grade on one date, worked out by hand from the parameter values
/// in Rules/kz (dates chosen around the changes: the NGO database 2016, foreign funding 2016,
/// Law 127-VI 2018, Law 333-VI 2020, the party threshold 2022, the register 2023, 61-NP 2025).
struct ExpectedGrade: Sendable, CustomTestStringConvertible {
    let indicator: String
    let date: String
    /// `nil`: not gradable on that date (a parameter without a value then).
    let grade: Double?
    var testDescription: String { "\(indicator) on \(date)" }
}

private func grades(_ indicator: String, _ pairs: [(String, Double?)]) -> [ExpectedGrade] {
    pairs.map { ExpectedGrade(indicator: indicator, date: $0.0, grade: $0.1) }
}

let expectedGrades: [ExpectedGrade] =
    grades("IND-REG-1", [("2015-06-01", 0), ("2024-06-30", 0)])
    + grades("IND-REG-2", [("2015-06-01", 0.5)])
    + grades("IND-REG-3", [("2015-06-01", 0.5)])
    + grades("IND-REG-4", [("2015-06-01", 0), ("2020-06-20", 0.25), ("2023-06-01", 0.5)])
    + grades("IND-REG-5", [("2015-06-01", 0.5)])
    + grades("IND-REG-6", [("2015-06-01", 0.25)])
    + grades("IND-REG-7", [("2015-06-01", 0)])
    + grades("IND-REG-8", [("2015-06-01", 0.375)])
    + grades("IND-REG-9", [("2015-06-01", 0.5)])
    + grades("IND-REG-10", [("2015-06-01", 1), ("2016-06-01", 0)])
    + grades("IND-REG-11", [("2015-06-01", 1), ("2016-06-01", 0.5)])
    + grades("IND-REG-12", [("2015-06-01", 0), ("2020-05-14", 0), ("2020-05-15", 0.25)])
    + grades("IND-TER-1", [("2015-06-01", 0)])
    + grades("IND-TER-2", [("2015-06-01", 0)])
    + grades("IND-TER-3", [("2015-06-01", 0.5)])
    + grades("IND-TER-4", [("2015-06-01", 0.375)])
    + grades("IND-TER-5", [("2015-06-01", 0)])
    + grades("IND-TER-6", [("2015-06-01", 0.25), ("2023-06-01", 0.5)])
    + grades("IND-FF-1", [("2015-06-01", 1), ("2017-06-01", 0)])
    + grades("IND-FF-2", [("2017-06-01", 1), ("2023-06-01", 0)])
    + grades("IND-FF-3", [("2015-06-01", 1), ("2017-06-01", 0)])
    + grades("IND-FF-4", [("2015-06-01", 1), ("2017-06-01", 0.125)])
    + grades("IND-FF-5", [("2015-06-01", 1), ("2017-06-01", 0.25)])
    + grades("IND-FF-6", [("2015-06-01", 1), ("2017-06-01", 0.5)])
    + grades("IND-FF-7", [("2015-06-01", 1), ("2024-06-30", 1)])
    + grades("IND-FF-8", [("2015-06-01", 1), ("2017-06-01", 0)])
    + grades("IND-FF-9", [("2015-06-01", 0.5)])
    + grades("IND-FF-10", [("2019-06-01", nil), ("2020-06-20", 0)])
    + grades("IND-ASM-1", [("2019-06-01", 0), ("2020-06-20", 1.0 / 3)])
    + grades("IND-ASM-2", [("2019-06-01", 0.25), ("2020-06-20", 0.5)])
    + grades("IND-ASM-3", [("2019-06-01", 0), ("2024-06-30", 0)])
    + grades("IND-ASM-4", [("2019-06-01", 0), ("2024-06-30", 0)])
    + grades("IND-ASM-5", [("2024-06-30", 0), ("2025-06-01", 0.5)])
    + grades("IND-ASM-6", [("2019-06-01", nil), ("2021-06-01", 0)])
    + grades("IND-ASM-7", [("2017-06-01", 0.5), ("2021-06-01", 0.5)])
    + grades("IND-ASM-8", [("2017-06-01", 0.5), ("2019-06-01", 0.375), ("2021-06-01", 0.375)])
    + grades("IND-ASM-9", [("2019-06-01", 0), ("2021-06-01", 0)])
    + grades("IND-ASM-10", [("2019-06-01", 0), ("2021-06-01", 0.5)])
    + grades("IND-ASM-11", [("2019-06-01", nil), ("2021-06-01", 0)])
    + grades("IND-ASM-12", [("2021-06-01", 0)])
    + grades("IND-ASM-13", [("2021-06-01", 0)])
    + grades("IND-ASM-14", [("2021-06-01", 0)])
    + grades("IND-ASM-15", [("2021-06-01", 0)])
    + grades("IND-ASM-16", [("2019-06-01", nil), ("2021-06-01", 0.5)])

@Suite struct IndicatorGradeTests {
    let evaluator = Evaluator(law: bundledLaw)

    func grade(_ id: String, on date: String) throws -> Double? {
        let score = evaluator.enablingEnvironment(on: try #require(Day(iso: date)))
        return try #require(score.areas.flatMap(\.indicators).first { $0.id == id }, "no indicator \(id)").value
    }

    @Test(arguments: expectedGrades)
    func indicatorGradesTheLawOfTheDate(_ expected: ExpectedGrade) throws {
        let actual = try grade(expected.indicator, on: expected.date)
        if let grade = expected.grade {
            let value = try #require(actual, "\(expected.indicator) is not graded on \(expected.date)")
            #expect(abs(value - grade) < 1e-9)
        } else {
            #expect(actual == nil)
        }
    }

    @Test func everyIndicatorHasAGradeInTheTable() {
        let tested = Set(expectedGrades.map(\.indicator))
        #expect(Set(bundledLaw.indicators.map(\.id)).subtracting(tested).isEmpty)
    }

    @Test func atLeastThirtyIndicatorsEachCitingAParagraphOrArticle() {
        #expect(bundledLaw.indicators.count >= 30)
        let pointers = ["para", "art.", "Principle", "Recommendation", "section", "Standard"]
        for indicator in bundledLaw.indicators {
            #expect(pointers.contains { indicator.standard.contains($0) }, "\(indicator.id): \(indicator.standard)")
        }
    }

    /// The grades keep apart what the issue says an on/off score cannot: a 10-day notice from
    /// a permit, a fine from a ban, reporting from a prohibition.
    @Test func gradesDistinguishNoticeFromPermitFineFromBanReportingFromProhibition() throws {
        #expect(try grade("IND-ASM-1", on: "2019-06-01") == 0)
        #expect(try grade("IND-ASM-2", on: "2019-06-01") == 0.25)
        let fineAtMost = try #require(try grade("IND-FF-9", on: "2024-06-30"))
        let banAtMost = try #require(try grade("IND-FF-5", on: "2024-06-30"))
        let suspensionThenBan = try #require(try grade("IND-FF-4", on: "2024-06-30"))
        #expect(fineAtMost > banAtMost && banAtMost > suspensionThenBan && suspensionThenBan > 0)
        #expect(try grade("IND-FF-6", on: "2024-06-30") == 0.5)
        #expect(try grade("IND-FF-7", on: "2024-06-30") == 1)
        #expect(try grade("IND-FF-10", on: "2024-06-30") == 0)
    }

    /// Done-when of issue 16: on 30 June 2024 the law's band is not below CIVICUS's.
    @Test func lawBandOnThirtyJune2024IsNotBelowTheCivicusRating() throws {
        let date = try #require(Day(iso: "2024-06-30"))
        let score = evaluator.enablingEnvironment(on: date)
        let civicus = try #require(bundledLaw.indices.first { $0.id == "civicus-monitor" }?.reading(on: date))
        let order = ["closed", "repressed", "obstructed", "narrowed", "open"]
        let lawRank = try #require(order.firstIndex(of: score.band))
        let civicusRank = try #require(order.firstIndex(of: civicus.label))
        #expect(lawRank >= civicusRank)
    }
}
