import CivicLex
import Testing

/// Step tables: an indicator whose `score` is a quantity graded by `steps`.
@Suite struct GradeStepTests {
    static func indicator(_ steps: String, score: String = "param.limit") -> String {
        """
        indicators:
          - id: IND-1
            area: general
            title: Limit
            standard: "Test standard para 1"
            score: \(score)
            steps: \(steps)
        """
    }

    static func law(_ steps: String, score: String = "param.limit") throws -> Law {
        try LawLoader.load(directory: MiniLaw.directory(rules: MiniLaw.rule("false"), extra: indicator(steps, score: score)))
    }

    static func diagnostics(_ steps: String, score: String = "param.limit") throws -> [String] {
        loadDiagnostics(try MiniLaw.directory(rules: MiniLaw.rule("false"), extra: indicator(steps, score: score))).map(\.message)
    }

    @Test func theFirstStepNotExceededGivesTheGrade() throws {
        // The mini law's `limit` is 10 in 2020 and 20 from 2021.
        let law = try Self.law("[{max: 10, grade: 0.75}, {max: 15, grade: 0.5}, {grade: 0}]")
        let evaluator = Evaluator(law: law)
        #expect(evaluator.enablingEnvironment(on: Day(iso: "2020-06-01")!).score(of: "general") == 75)
        #expect(evaluator.enablingEnvironment(on: Day(iso: "2021-06-01")!).score(of: "general") == 0)
        let indicator = try #require(law.indicators.first)
        #expect(indicator.grade(of: 10) == 0.75 && indicator.grade(of: 10.5) == 0.5 && indicator.grade(of: 1e9) == 0)
    }

    @Test(arguments: [
        ("[{max: 10, grade: 1}, {max: 20, grade: 0.5}]", "the last step of `IND-1` must have no `max`"),
        ("[{grade: 1}, {grade: 0}]", "only the last step of `IND-1` may omit `max`"),
        ("[{max: 10, grade: 1}, {max: 5, grade: 0.5}, {grade: 0}]", "step maxima of `IND-1` must rise: 5 follows 10"),
        ("[{max: 10, grade: 1.5}, {grade: 0}]", "a grade must be from 0 to 1, not 1.5"),
        ("[{max: 10}, {grade: 0}]", "a step of `IND-1` is missing `grade`"),
        ("[]", "`steps` of `IND-1` must be a non-empty list"),
    ])
    func malformedStepsAreReported(_ steps: String, _ message: String) throws {
        let messages = try Self.diagnostics(steps)
        #expect(messages.contains { $0.contains(message) }, "\(messages)")
    }

    @Test func stepsNeedANumberToGrade() throws {
        let messages = try Self.diagnostics("[{max: 1, grade: 1}, {grade: 0}]", score: "param.limit > 5")
        #expect(messages.contains { $0.contains("with `steps`, `score` must be the number the steps grade") }, "\(messages)")
    }
}
