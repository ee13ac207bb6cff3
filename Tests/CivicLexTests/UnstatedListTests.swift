import CivicLex
import Testing

/// An unstated list of acts describes none; an unstated list of a duty's filings is unknown.
@Suite struct UnstatedListTests {
    let evaluator = Evaluator(law: bundledLaw)

    func assess(_ legalForm: String, _ extra: String = "") throws -> Assessment {
        evaluator.assess(try loadCase("""
            case: {id: x, as_of: 2024-06-01, areas: [registration, assembly]}
            facts:
              org: {legal_form: \(legalForm), registered: true, registered_on: 2019-09-12}
            \(extra)
            """))
    }

    @Test func filingsOfABindingDutyLeftOutAreUndeterminedAndNamed() throws {
        let assessment = try assess("public_foundation")
        #expect(assessment.outcome(of: "KZ-REG-006") == .undetermined)
        #expect(assessment.results(of: "KZ-REG-006").first?.missingFacts == ["database_reports"])
    }

    @Test func filingsOfADutyThatDoesNotBindAreNotApplicable() throws {
        #expect(try assess("political_party").outcome(of: "KZ-REG-006") == .notApplicable)
    }

    @Test func actsLeftOutDescribeNone() throws {
        let assessment = try assess("public_foundation")
        #expect(assessment.outcome(of: "KZ-ASM-201") == .notApplicable)
    }

    @Test func unstatedOnANonListIsAnError() throws {
        let directory = try MiniLaw.directory(rules: "  []\n", extra: """
            facts:
              org.count: {type: integer, unstated: unknown, description: A count}
            """)
        let error = #expect(throws: DiagnosticList.self) { try LawLoader.load(directory: directory) }
        #expect(error?.diagnostics.map(\.message) == ["`unstated` applies to list facts only"])
    }
}
