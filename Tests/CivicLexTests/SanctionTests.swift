import CivicLex
import Testing

/// Sanctions as the Code reads them: the right part for the right person, conditions, the
/// MCI of the day proceedings are opened, and `expect:` pinning parts and tenge.
@Suite struct SanctionTests {
    /// A refused rally held anyway on `date`, with extra assembly fields.
    private func unlawfulRally(_ date: String, _ extra: String = "", asOf: String = "2024-12-31") throws -> Assessment {
        let scenario = try loadCase("""
            case: {id: x, as_of: \(asOf), areas: [assembly]}
            facts:
              prior_penalties: []
              assemblies:
                - {form: rally, date: \(date), notice_filed_on: 2021-05-04, organiser: adult_citizen, akimat_response: refused, akimat_answered_on: 2021-05-06, held: true\(extra)}
            """)
        return Evaluator(law: bundledLaw).assess(scenario)
    }

    private func sanctions(_ assessment: Assessment, _ rule: String = "KZ-ASM-006") -> [SanctionApplication] {
        assessment.results(of: rule).flatMap(\.sanctions)
    }

    @Test func participantInAnUnlawfulRallyInMay2021IsFined30MCI() throws {
        let applied = sanctions(try unlawfulRally("2021-05-20", ", client_role: participant, substantial_harm: false"))
        #expect(applied.map(\.sanctionID) == ["cao-488-6"])
        let part6 = try #require(applied.first)
        #expect(part6.liable == .participant)
        #expect(part6.subject == "individual")
        #expect(part6.fineTenge == 87_510...87_510)
        #expect(part6.mci == 2_917)
        #expect(part6.mciDateBasis == "offence")
        #expect(part6.lines == ["individual: warning or fine 30 MCI (87,510 KZT) or arrest up to 15 days"])
    }

    @Test func everyRoleIsListedWhenTheClientsRoleIsNotStated() throws {
        let applied = sanctions(try unlawfulRally("2021-05-20", ", substantial_harm: false, foreign_participants: false, premises_provided: false"))
        #expect(applied.map(\.sanctionID) == ["cao-488-7", "cao-488-6"])
        #expect(applied.map(\.liable) == [.organiser, .participant])
        #expect(applied.first?.fineTenge == 145_850...145_850)  // 50 MCI on a citizen organiser
    }

    @Test func aConditionIsShownAsIfWhenUnknownAppliedWhenTrueAndLeftOutWhenFalse() throws {
        let unknown = sanctions(try unlawfulRally("2021-05-20", ", client_role: organiser")).filter { $0.sanctionID == "cc-400" }
        #expect(unknown.count == 1)
        #expect(unknown.first?.condition?.contains("substantial harm") == true)
        #expect(unknown.first?.conditionFacts == ["assemblies[1].substantial_harm"])
        let known = sanctions(try unlawfulRally("2021-05-20", ", client_role: organiser, substantial_harm: true")).filter { $0.sanctionID == "cc-400" }
        #expect(known.count == 1)
        #expect(known.first?.condition == nil)
        let absent = sanctions(try unlawfulRally("2021-05-20", ", client_role: organiser, substantial_harm: false"))
        #expect(!absent.contains { $0.sanctionID == "cc-400" })
    }

    @Test func theProtocolDateChoosesTheMCI() throws {
        // Offence in December 2022 (MCI 3,063), protocol in January 2023 (MCI 3,450).
        let applied = sanctions(try unlawfulRally("2022-12-20", ", client_role: participant, substantial_harm: false, protocol_on: 2023-01-12"))
        let part6 = try #require(applied.first)
        #expect(part6.mciDate == Day(iso: "2023-01-12"))
        #expect(part6.mciDateBasis == "protocol")
        #expect(part6.fineTenge == 103_500...103_500)
    }

    @Test func aProtocolDateBeforeTheOffenceIsNotUsedAndSaysSo() throws {
        let applied = sanctions(try unlawfulRally("2021-05-20", ", client_role: participant, substantial_harm: false, protocol_on: 2020-12-01"))
        let part6 = try #require(applied.first)
        #expect(part6.mciDate == Day(iso: "2021-05-20"))
        #expect(part6.mciDateBasis == "offence_protocol_before")
        #expect(part6.fineTenge == 87_510...87_510)
    }

    @Test func aRepeatWithinAYearMovesOnlyTheRepeatedRoleToItsPairedPart() throws {
        let scenario = try loadCase("""
            case: {id: x, as_of: 2021-12-31, areas: [assembly]}
            facts:
              prior_penalties: [{article: "488", part: "6", imposed_on: 2021-01-15, subject: participant}]
              assemblies:
                - {form: rally, date: 2021-05-20, notice_filed_on: 2021-05-04, organiser: adult_citizen, akimat_response: refused, akimat_answered_on: 2021-05-06, held: true, substantial_harm: false, foreign_participants: false, premises_provided: false}
            """)
        // The earlier penalty was for taking part (part 6): participants move to part 11; the
        // organiser's part 7 is not repeated, so part 12 does not apply.
        let applied = sanctions(Evaluator(law: bundledLaw).assess(scenario))
        #expect(applied.map(\.sanctionID) == ["cao-488-7", "cao-488-11"])
        #expect(applied.map(\.basis) == ["first", "repeat"])
    }

    @Test func anNCOFallsInTheSmallBusinessCategoryOf460_1() throws {
        let scenario = try loadCase("""
            case: {id: x, as_of: 2021-07-01, areas: [funding]}
            facts:
              org: {legal_form: public_foundation, provides_legal_assistance: true, funding_exemption: none}
              prior_penalties: []
              foreign_receipts:
                - {received_on: 2021-03-01, amount: 5000000, source_kind: foreign_organisation, notified: true, notified_on: 2021-03-05, report_filed: true, report_filed_on: 2021-05-10, information_accurate: false}
            """)
        let applied = sanctions(Evaluator(law: bundledLaw).assess(scenario), "KZ-FF-003")
        #expect(applied.map(\.subject) == ["small_business_or_nco"])
        #expect(applied.first?.lines == ["small business or NCO: fine 200 MCI (583,400 KZT) with suspension of activity for up to 3 months"])
    }

    /// A term the part states («сроком на три месяца») is shown as that term; a part that states
    /// none is shown with the CAO art. 48(3) cap ("up to 3 months", above).
    @Test func aStatedSuspensionTermIsNotShownAsACap() throws {
        let scenario = try loadCase("""
            case: {id: x, as_of: 2023-12-01, areas: [territorial]}
            facts:
              org: {legal_form: religious_association, registered: true, active: true}
              prior_penalties: []
              activities:
                - {date: 2023-09-04, description: School, region: Pavlodar region, within_charter_territory: true, within_charter_goals: false}
            """)
        let applied = sanctions(Evaluator(law: bundledLaw).assess(scenario), "KZ-TER-304")
        #expect(applied.first?.lines == ["legal entity: fine 300 MCI (1,035,000 KZT) with suspension of activity for 3 months"])
    }

    @Test func expectPinsPartsAndTengeExactly() throws {
        let scenario = try loadCase("""
            case: {id: x, as_of: 2021-06-01, areas: [assembly]}
            facts:
              prior_penalties: []
              assemblies:
                - {form: rally, date: 2021-05-20, notice_filed_on: 2021-05-04, organiser: adult_citizen, akimat_response: refused, akimat_answered_on: 2021-05-06, held: true, client_role: participant, substantial_harm: false}
            expect:
              sanctions:
                KZ-ASM-006: {cao-488-6: 87500}
                KZ-ASM-003: []
                KZ-ASM-009: [cao-488-2]
            """)
        let assessment = Evaluator(law: bundledLaw).assess(scenario)
        let failures = ExpectationCheck.failures(of: assessment, against: try #require(scenario.expectation)).map(\.message)
        #expect(failures.contains("expected cao-488-6 on KZ-ASM-006 to come to 87,500 KZT; got 87,510"))
        #expect(failures.contains("expected KZ-ASM-009 to carry exactly cao-488-2; it carried none"))
        #expect(failures.count == 2)
    }

    @Test func aSanctionReferenceMustNameAKnownPersonAndStateItsCondition() throws {
        let rules = MiniLaw.rule("true").replacingOccurrences(
            of: "sanctions: [fine-1]",
            with: "sanctions: [{sanction: fine-1, liable: organizer}, {sanction: fine-1, when: org.flag}]")
        let messages = loadDiagnostics(try MiniLaw.directory(rules: rules)).map(\.message)
        #expect(messages.contains { $0.hasPrefix("unknown liable person `organizer`") && $0.hasSuffix("did you mean `organiser`?") })
        #expect(messages.contains("a sanction with `when` needs `condition`: the condition in words, for reports"))
    }

    /// CAO 488 parts 10-12 each repeat one part (5, 6, 7): a penalty under another part, or on
    /// someone else, does not make this breach a repeat; a penalty whose part is not stated may.
    @Test func aRepeatPartRepeatsOnlyThePartTheCodeNames() throws {
        func applied(_ prior: String) throws -> [String] {
            let scenario = try loadCase("""
                case: {id: x, as_of: 2024-06-01, areas: [assembly]}
                facts:
                  prior_penalties: [\(prior)]
                  assemblies:
                    - {form: rally, date: 2024-05-15, filing: none, organiser: adult_citizen, held: true, substantial_harm: false, foreign_participants: false, premises_provided: false}
                """)
            return Evaluator(law: bundledLaw).assess(scenario).results(of: "KZ-ASM-201").flatMap(\.sanctions).map(\.sanctionID)
        }
        #expect(try applied("{article: \"488\", part: \"7\", imposed_on: 2023-09-01, subject: organiser}") == ["cao-488-12", "cao-488-6"])
        #expect(try applied("{article: \"488\", part: \"6\", imposed_on: 2023-09-01, subject: participant}") == ["cao-488-7", "cao-488-11"])
        #expect(try applied("{article: \"488\", part: \"1\", imposed_on: 2023-09-01, subject: organiser}") == ["cao-488-7", "cao-488-6"])
        #expect(try applied("{article: \"488\", imposed_on: 2023-09-01, subject: organiser}") == ["cao-488-7", "cao-488-12", "cao-488-6", "cao-488-11"])
    }

    @Test func repeatWhenNeedsTheRepeatPartItGoverns() throws {
        let rules = MiniLaw.rule("true").replacingOccurrences(
            of: "sanctions: [fine-1]",
            with: "sanctions: [{sanction: fine-1, repeat_when: org.flag}]")
        let messages = loadDiagnostics(try MiniLaw.directory(rules: rules)).map(\.message)
        #expect(messages.contains("`repeat_when` says when the `repeat` part applies; name that part with `repeat`"))
    }
}
