import CivicLex
import Testing

@Suite struct EvaluatorTests {
    @Test func missingFactMakesTheRuleUndeterminedAndNamesIt() throws {
        let scenario = try loadCase("""
            case: {id: x, as_of: 2024-01-01, areas: [registration]}
            facts:
              org: {legal_form: public_association, registered: false}
            """)
        let assessment = Evaluator(law: bundledLaw).assess(scenario)
        #expect(assessment.outcome(of: "KZ-REG-003") == .undetermined)
        #expect(assessment.results(of: "KZ-REG-003").first?.missingFacts == ["org.founders_count"])
        #expect(assessment.findings.contains { $0.ruleID == "KZ-REG-003" })
    }

    @Test func actIsJudgedByTheLawOnItsOwnDate() throws {
        // An assembly on 5 June 2020 falls under the 1995 decree; one on 8 June under Law No. 333-VI.
        let scenario = try loadCase("""
            case: {id: x, as_of: 2024-01-01, areas: [assembly]}
            facts:
              assemblies:
                - {form: rally, date: 2020-06-05, notice_filed_on: 2020-05-29, organiser: adult_citizen, held: true, permission_obtained: true, akimat_response: approved, in_specialised_place: true}
                - {form: rally, date: 2020-06-08, notice_filed_on: 2020-05-29, organiser: adult_citizen, held: true, akimat_response: accepted, in_specialised_place: true}
            """)
        let assessment = Evaluator(law: bundledLaw).assess(scenario)
        let old = assessment.results(of: "KZ-ASM-001")
        #expect(old.map(\.outcome) == [.violation, .notInForce])
        let new = assessment.results(of: "KZ-ASM-003")
        #expect(new.map(\.outcome) == [.notInForce, .compliant])
    }

    @Test func enablingScoreMovesWithTheLaw() {
        let evaluator = Evaluator(law: bundledLaw)
        let before = evaluator.enablingEnvironment(on: Day(iso: "2016-01-01")!)
        let after = evaluator.enablingEnvironment(on: Day(iso: "2017-01-01")!)
        // The 2016 foreign-funding reporting duty lowers the funding area.
        #expect((before.score(of: "funding") ?? 0) > (after.score(of: "funding") ?? 100))
        let assemblyBefore = evaluator.enablingEnvironment(on: Day(iso: "2020-06-05")!).score(of: "assembly") ?? 100
        let assemblyAfter = evaluator.enablingEnvironment(on: Day(iso: "2020-06-06")!).score(of: "assembly") ?? 0
        #expect(assemblyAfter > assemblyBefore)
    }
}
