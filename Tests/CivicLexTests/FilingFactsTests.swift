import CivicLex
import Testing

/// What was filed before an assembly: `none` is a stated fact, leaving it out is unknown.
@Suite struct FilingFactsTests {
    let evaluator = Evaluator(law: bundledLaw)

    func rally(_ filing: String?) throws -> Assessment {
        let filingLine = filing.map { "filing: \($0), " } ?? ""
        return evaluator.assess(try loadCase("""
            case: {id: x, as_of: 2024-11-01, areas: [assembly]}
            facts:
              org: {legal_form: initiative_group, registered: false}
              assemblies:
                - {form: rally, date: 2024-10-12, \(filingLine)organiser: adult_citizen, held: true, in_specialised_place: true}
            """))
    }

    @Test func nothingFiledIsAViolationNotAGap() throws {
        let assessment = try rally("none")
        #expect(assessment.outcome(of: "KZ-ASM-201") == .violation)
        #expect(assessment.outcome(of: "KZ-ASM-003") == .notApplicable)
    }

    @Test func filingLeftOutIsUndeterminedAndNamed() throws {
        let assessment = try rally(nil)
        #expect(assessment.outcome(of: "KZ-ASM-201") == .undetermined)
        #expect(assessment.results(of: "KZ-ASM-201").first?.missingFacts == ["assemblies[1].filing"])
        #expect(assessment.outcome(of: "KZ-ASM-003") == .undetermined)
    }

    func march(_ filing: String) throws -> Assessment {
        evaluator.assess(try loadCase("""
            case: {id: x, as_of: 2023-10-15, areas: [assembly]}
            facts:
              assemblies:
                - {form: march, date: 2023-09-23, filing: \(filing), notice_filed_on: 2023-09-20, organiser: adult_citizen, held: true, in_specialised_place: true}
            """))
    }

    @Test func aNotifiedMarchIsNeverCalledAnApplication() throws {
        let assessment = try march("notification")
        #expect(assessment.outcome(of: "KZ-ASM-202") == .violation)
        #expect(assessment.outcome(of: "KZ-ASM-004") == .notApplicable)
        #expect(!assessment.results.contains { $0.message?.contains("Application registered") ?? false })
    }

    @Test func aLateApplicationIsCalledAnApplication() throws {
        let assessment = try march("application")
        let message = try #require(assessment.results(of: "KZ-ASM-004").first?.message)
        #expect(message.hasPrefix("Application registered 2 working days before the march of 2023-09-23"))
        #expect(assessment.outcome(of: "KZ-ASM-202") == .compliant)
    }

    @Test func aReceiptStatedAsNotNotifiedIsABreachOnceDueButUnknownIsNot() throws {
        func outcome(_ notified: String) throws -> Outcome? {
            evaluator.assess(try loadCase("""
                case: {id: x, as_of: 2025-07-01, areas: [funding]}
                facts:
                  org: {legal_form: public_foundation, registered: true, conducts_polls: true, funding_exemption: none}
                  foreign_receipts:
                    - {received_on: 2025-05-16, amount: 950000, source_kind: foreign_citizen\(notified)}
                """)).outcome(of: "KZ-FF-001")
        }
        #expect(try outcome(", notified: false") == .violation)
        #expect(try outcome("") == .undetermined)
        #expect(try outcome(", notified: true, notified_on: 2025-05-28") == .compliant)
    }

    @Test func caseWarnsWhenAnItemOmitsItsFiling() throws {
        let scenario = try loadCase("""
            case: {id: x, as_of: 2024-11-01, areas: [assembly]}
            facts:
              org: {legal_form: initiative_group, registered: false}
              assemblies:
                - {form: rally, date: 2024-10-12, filing: none, held: true}
                - {form: picket, date: 2024-10-13, held: true}
            """)
        #expect(scenario.warnings.count == 1)
        let warning = try #require(scenario.warnings.first)
        #expect(warning.severity == .warning)
        #expect(warning.message.hasPrefix("assemblies[2] does not state `filing`"))
        #expect(warning.location?.line == 6)
    }

    @Test func caseWarnsWhenItOmitsTheOrganisationsFormAndRegistration() throws {
        let scenario = try loadCase("""
            case: {id: x, as_of: 2024-11-01}
            facts:
              org: {name: Somebody}
            """)
        #expect(scenario.warnings.map(\.message).contains { $0.hasPrefix("the case does not state `org.legal_form`") })
        #expect(scenario.warnings.map(\.message).contains { $0.hasPrefix("the case does not state `org.registered`") })
        #expect(scenario.warnings.allSatisfy { $0.location?.line == 3 })
    }

    @Test func aCaseStatingTheEssentialsHasNoWarnings() throws {
        let scenario = try loadCase("""
            case: {id: x, as_of: 2024-11-01}
            facts:
              org: {legal_form: public_association, registered: true}
            """)
        #expect(scenario.warnings.isEmpty)
    }
}
