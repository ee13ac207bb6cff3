import CivicLex
import Foundation
import Testing

/// A rule an amendment replaced (the foreign-funding duties, cited to the Tax Code of 2008 until
/// 2017 and to the Code of 2017 from 1 Jan 2018) is judged by the version in force on the act's date.
@Suite struct RuleVersionTests {
    let evaluator = Evaluator(law: bundledLaw)

    func receipt(on day: String, asOf: String) throws -> Assessment {
        evaluator.assess(try loadCase("""
            case: {id: x, as_of: \(asOf), areas: [funding]}
            facts:
              org: {legal_form: public_association, registered: true, provides_legal_assistance: true, funding_exemption: none}
              foreign_receipts:
                - {received_on: \(day), amount: 500000, source_kind: foreign_organisation, notified: false, report_filed: false, information_accurate: true}
            """))
    }

    func citation(_ assessment: Assessment, _ rule: String) throws -> String {
        let result = try #require(assessment.results(of: rule).first)
        return bundledLaw.rule(for: result).citation.formatted(in: bundledLaw.sources)
    }

    @Test func theTaxCodeOf2017ReplacesTheCodeOf2008From2018() throws {
        let versions = bundledLaw.rules.filter { $0.id == "KZ-FF-001" }
        #expect(versions.map { "\($0.inForceFrom)…\($0.inForceTo?.description ?? "")" } == ["2016-11-25…2017-12-31", "2018-01-01…"])
        #expect(versions.map(\.citation.ref) == ["tax-code-2008", "tax-code-2017"])
        #expect(bundledLaw.rules.filter { $0.id == "KZ-FF-002" }.map(\.citation.ref) == ["tax-code-2008", "tax-code-2017"])
    }

    @Test func anActIsJudgedByTheVersionOfItsOwnDateWithOneResultPerItem() throws {
        // Assessed in 2018, a 2017 receipt still falls under the 2008 Code.
        let in2017 = try receipt(on: "2017-07-12", asOf: "2018-03-01")
        #expect(in2017.results(of: "KZ-FF-001").map(\.outcome) == [.violation])
        #expect(try citation(in2017, "KZ-FF-001") == "Code on Taxes and Other Obligatory Payments to the Budget (Tax Code of 2008) (No. 99-IV), art. 14 para. 1-1(1)")
        let in2024 = try receipt(on: "2024-02-05", asOf: "2024-06-01")
        #expect(in2024.results(of: "KZ-FF-002").map(\.outcome) == [.violation])
        #expect(try citation(in2024, "KZ-FF-002") == "Code on Taxes and Other Obligatory Payments to the Budget (Tax Code of 2017) (No. 120-VI), art. 29 para. 1")
    }

    @Test func beforeEveryVersionOneNotInForceRemains() throws {
        let early = try receipt(on: "2016-11-10", asOf: "2017-03-01")
        let results = early.results(of: "KZ-FF-001")
        #expect(results.map(\.outcome) == [.notInForce])
        #expect(results.first?.reason == "in force 2016-11-25 to 2017-12-31; the act is judged by the law of 2016-11-10")
    }

    @Test func aProposalRepealingTheRuleEndsEveryVersion() throws {
        let path = bundledRulesPath + "/amendments/proposal-drop-foreign-funding-reporting.yaml"
        let reformed = try LawLoader.load(directory: bundledRulesPath, amendments: AmendmentOptions(extra: [path], asIfFrom: Day(iso: "1900-01-01")))
        for day in ["2017-06-01", "2024-06-01"] {
            #expect(!reformed.rules.contains { $0.id == "KZ-FF-001" && $0.isInForce(on: Day(iso: day)!) }, "\(day)")
        }
    }

    @Test func aComparisonCitesTheVersionThatJudgedTheAct() throws {
        let path = bundledRulesPath + "/amendments/proposal-drop-foreign-funding-reporting.yaml"
        let reformed = try LawLoader.load(directory: bundledRulesPath, amendments: AmendmentOptions(extra: [path], asIfFrom: Day(iso: "1900-01-01")))
        let scenario = try loadCase("""
            case: {id: x, as_of: 2024-06-01, areas: [funding]}
            facts:
              org: {legal_form: public_association, registered: true, provides_legal_assistance: true, funding_exemption: none}
              foreign_receipts:
                - {received_on: 2024-02-05, amount: 500000, source_kind: foreign_organisation, notified: false, report_filed: false, information_accurate: true}
            """)
        let comparison = CaseComparison(
            before: evaluator.assess(scenario), after: Evaluator(law: reformed).assess(scenario), beforeLaw: bundledLaw, afterLaw: reformed)
        let change = try #require(ComparisonReport.changes(comparison, before: bundledLaw, after: reformed).first { $0.ruleID == "KZ-FF-001" })
        #expect(change.change == "violated → not in force")
        #expect(change.citation == "Code on Taxes and Other Obligatory Payments to the Budget (Tax Code of 2017) (No. 120-VI), art. 29 para. 1")
    }

    @Test func theTimelineNamesTheReplacementAndItsCause() throws {
        let changes = Timeline.changes(in: bundledLaw, from: Day(iso: "2017-12-01")!, to: Day(iso: "2018-02-01")!)
        let sentences = try #require(changes.first { $0.0 == Day(iso: "2018-01-01") }).1.map(\.sentence)
        #expect(sentences.contains { $0.hasPrefix("Rule KZ-FF-001 is replaced: ") && $0.contains("art. 29 para. 1; until then Code on Taxes and Other Obligatory Payments to the Budget (Tax Code of 2008) (No. 99-IV), art. 14 para. 1-1(1)) (The Tax Code of 2017 replaces the Tax Code of 2008).") })
        #expect(!sentences.contains { $0.contains("ceases to apply") })
        #expect(sentences.contains { $0.hasPrefix("A reporting duty applies to money from foreign sources only (not to domestic funding): still yes, under ") })
    }

    /// A rule's parameter indices come from its compiled conditions: they must name exactly the
    /// parameters its conditions reference by name, in the bundled law and under each proposal.
    @Test(arguments: ["", "proposal-abolish-territorial-tiers.yaml", "proposal-drop-foreign-funding-reporting.yaml", "proposal-notification-only-assemblies.yaml"])
    func parameterIndicesAreTheParametersTheConditionsName(_ proposal: String) throws {
        let law = proposal.isEmpty ? bundledLaw : try LawLoader.load(
            directory: bundledRulesPath, amendments: AmendmentOptions(extra: [bundledRulesPath + "/amendments/" + proposal]))
        var reading = 0
        for rule in law.rules {
            let named = Set(rule.parameterReferences.compactMap { name in law.parameters.firstIndex { $0.name == name } })
            #expect(Set(rule.parameterIndices) == named, "\(rule.id)")
            #expect(rule.parameterIndices.count == named.count, "\(rule.id)")
            if !named.isEmpty { reading += 1 }
        }
        #expect(reading > 5)
    }
}
