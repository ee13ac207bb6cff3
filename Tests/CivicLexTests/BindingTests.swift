import Foundation
import CivicLex
import Testing
import YAMLSource

/// A rule is `not_applicable` — never undetermined — for a subject it cannot bind.
@Suite struct BindingTests {
    let evaluator = Evaluator(law: bundledLaw)

    @Test func tradeUnionRuleDoesNotBindAPartyEvenWithItsRegistrationDayUnknown() throws {
        let scenario = try loadCase("""
            case: {id: x, as_of: 2024-01-01, areas: [registration]}
            facts:
              org: {legal_form: political_party, registered: true}
            """)
        let result = try #require(evaluator.assess(scenario).results(of: "KZ-REG-009").first { $0.outcome != .notInForce })  // the version in force
        #expect(result.outcome == .notApplicable)
        #expect(result.reason == "binds only org.legal_form = trade_union")
        #expect(result.missingFacts.isEmpty)
    }

    @Test func unregisteredActivityRuleDoesNotBindARegisteredOrganisation() throws {
        let scenario = try loadCase("""
            case: {id: x, as_of: 2024-01-01, areas: [registration]}
            facts:
              org: {legal_form: public_association, registered: true}
            """)
        let assessment = evaluator.assess(scenario)
        #expect(assessment.outcome(of: "KZ-REG-001") == .notApplicable)
        #expect(assessment.results(of: "KZ-REG-001").first?.reason == "binds only org.registered = false")
    }

    @Test func unknownBindingFactIsUndeterminedAndNamed() throws {
        let scenario = try loadCase("""
            case: {id: x, as_of: 2024-01-01, areas: [registration]}
            facts:
              org: {registered: true, registered_on: 2023-01-10}
            """)
        let result = try #require(evaluator.assess(scenario).results(of: "KZ-REG-009").first { $0.outcome != .notInForce })  // the version in force
        #expect(result.outcome == .undetermined)
        #expect(result.missingFacts.first == "org.legal_form")
    }

    @Test func riskDoesNotDependOnIrrelevantNegatives() throws {
        // A party in formation: the trade-union, NGO-database and journalists' rules cannot bind it,
        // so typing their negatives (`media_coverage: []`, `activity_banned: false`) changes nothing.
        let terse = try loadCase("""
            case: {id: terse, as_of: 2023-10-01}
            facts:
              org: {legal_form: political_party, registered: false, active: true, in_formation: true,
                    members_count: 21000, smallest_branch_members: 700, initiative_group_size: 800,
                    registration_applied_on: 2023-09-15}
            """)
        let verbose = try loadCase("""
            case: {id: verbose, as_of: 2023-10-01}
            facts:
              org: {legal_form: political_party, registered: false, active: true, in_formation: true,
                    members_count: 21000, smallest_branch_members: 700, initiative_group_size: 800,
                    registration_applied_on: 2023-09-15, activity_suspended: false, activity_banned: false}
              media_coverage: []
              assemblies: []
              database_reports: []
              foreign_receipts: []
              activities: []
            """)
        let terseRisk = evaluator.assess(terse).risk.score
        #expect(terseRisk == evaluator.assess(verbose).risk.score)
        #expect(terseRisk == 0)
        #expect(!evaluator.assess(terse).results.contains { $0.outcome == .undetermined })
    }

    /// Diagnostics for the bundled rules plus one rule whose `binds:` block is `binds`.
    func diagnostics(binds: String) throws -> [Diagnostic] {
        loadDiagnostics(try rulesWith(["zz-binding.yaml": """
            rules:
              - id: ZZ-1
                title: t
                area: registration
                in_force: {from: 2020-01-01}
                binds:
                  \(binds)
                violation: true
                message: m
                citation: {ref: law-333-VI}
                consequence: c
            """]))
    }

    @Test func bindsRejectsAValueOutsideTheEnum() throws {
        let diagnostics = try diagnostics(binds: "org.legal_form: [trade_unoin]")
        #expect(diagnostics.contains { $0.message == "`trade_unoin` is not a value of `org.legal_form`; did you mean `trade_union`?" && $0.location?.line == 7 })
    }

    @Test func bindsRejectsANonEnumFact() throws {
        #expect(try diagnostics(binds: "org.founders_count: 3").contains { $0.message == "`binds` takes bool or enum facts; `org.founders_count` is integer" })
    }

    @Test func whomARuleBindsIsSaidInBindsNotInItsConditions() {
        // A legal-form or registration test hidden in `applies` would make the rule undetermined,
        // not inapplicable, for a subject it cannot reach.
        for rule in bundledLaw.rules {
            let conditions = ([rule.applies, rule.at].compactMap { $0 }).flatMap(\.references)
            #expect(!conditions.contains("org.legal_form") && !conditions.contains("org.funding_exemption"), "\(rule.id) tests whom it binds in `applies`; use `binds:`")
        }
    }
}

/// Roles: filing for a planned assembly is the organiser's duty; a client stated in another
/// role has nothing to file, while one that does not say is judged as the organiser.
@Suite struct RoleBindingTests {
    func assessment(role: String?) throws -> Assessment {
        let roleField = role.map { "client_role: \($0), " } ?? ""
        return Evaluator(law: bundledLaw).assess(try loadCase("""
            case: {id: x, as_of: 2024-12-02, areas: [assembly]}
            facts:
              assemblies:
                - {form: rally, \(roleField)date: 2024-12-20, filing: none, held: false}
            """))
    }

    @Test func anItemThatDoesNotSayIsJudgedAsOrganised() throws {
        #expect(try assessment(role: nil).outcome(of: "KZ-ASM-203") == .pending)
        #expect(try assessment(role: "organiser").outcome(of: "KZ-ASM-203") == .pending)
    }

    @Test func theFilingDutyDoesNotBindAParticipantOrAProvider() throws {
        for role in ["participant", "provider", "foreign_participant"] {
            let result = try #require(try assessment(role: role).results(of: "KZ-ASM-203").first)
            #expect(result.outcome == .notApplicable)
            #expect(result.reason == "binds only a.client_role = organiser (or unstated)")
        }
    }
}
