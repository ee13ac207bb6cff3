import CivicLex
import Foundation
import Testing

/// An obligation whose deadline is after the assessment date is `pending`, with its due date.
@Suite struct PendingOutcomeTests {
    let evaluator = Evaluator(law: bundledLaw)

    func receipt(asOf: String, notified: String) throws -> Assessment {
        evaluator.assess(try loadCase("""
            case: {id: x, as_of: \(asOf), areas: [funding]}
            facts:
              org: {legal_form: public_foundation, registered: true, conducts_polls: true, funding_exemption: none}
              foreign_receipts:
                - {received_on: 2025-05-16, amount: 950000, source_kind: foreign_citizen, \(notified)}
            """))
    }

    @Test func notYetDueIsPendingWithItsDeadlineAndNoRisk() throws {
        let assessment = try receipt(asOf: "2025-05-20", notified: "notified: false, report_filed: false")
        let notice = try #require(assessment.results(of: "KZ-FF-001").first)
        #expect(notice.outcome == .pending)
        #expect(notice.dueDate == Day(iso: "2025-05-30"))
        #expect(notice.remedy == "File form F.017.00 with the state revenue body no later than 2025-05-30.")
        let report = try #require(assessment.results(of: "KZ-FF-002").first)
        #expect(report.outcome == .pending)
        #expect(report.dueDate == Day(iso: "2025-08-15"))
        #expect(assessment.risk.score == 0)
        #expect(!assessment.findings.contains { $0.outcome == .pending })
    }

    @Test func unknownButNotYetDueIsPendingNotUndetermined() throws {
        // Whether the quarterly information was filed does not matter before 15 August.
        let assessment = try receipt(asOf: "2025-06-01", notified: "notified: true, notified_on: 2025-05-20")
        #expect(assessment.outcome(of: "KZ-FF-002") == .pending)
        #expect(assessment.results(of: "KZ-FF-002").first?.missingFacts == [])
    }

    @Test func theDeadlineDayItselfIsStillPending() throws {
        let assessment = try receipt(asOf: "2025-05-30", notified: "notified: false")
        #expect(assessment.outcome(of: "KZ-FF-001") == .pending)
    }

    @Test func theDayAfterTheDeadlineIsAViolationWithAnOverdueRemedy() throws {
        let assessment = try receipt(asOf: "2025-06-02", notified: "notified: false")
        let result = try #require(assessment.results(of: "KZ-FF-001").first)
        #expect(result.outcome == .violation)
        #expect(result.dueDate == Day(iso: "2025-05-30"))
        #expect(result.remedy == "File form F.017.00 with the state revenue body at once; every later receipt must be notified within 10 working days.")
    }

    @Test func pendingSortsBetweenUndeterminedAndCompliant() {
        #expect(Outcome.undetermined < .pending && Outcome.pending < .compliant)
    }

    @Test func textAndJSONReportsShowThePendingDeadline() throws {
        let assessment = try receipt(asOf: "2025-05-20", notified: "notified: false, report_filed: false")
        let text = TextReport.render(assessment, law: bundledLaw)
        #expect(text.contains("0 violations, 0 undetermined, 2 pending"))
        #expect(text.contains("== Pending (deadline after the assessment date; not a violation) ==\n  … KZ-FF-001"))
        #expect(text.contains("      due: 2025-05-30\n"))
        let json = try #require(try JSONSerialization.jsonObject(with: Data(JSONReport.render(assessment, law: bundledLaw).utf8)) as? [String: Any])
        let results = try #require(json["results"] as? [[String: Any]])
        let pending = results.filter { $0["outcome"] as? String == "pending" }
        #expect(pending.compactMap { $0["due"] as? String }.sorted() == ["2025-05-30", "2025-08-15"])
    }

    @Test func expectationsCheckPendingAndItsDueDate() throws {
        let scenario = try loadCase("""
            case: {id: x, as_of: 2025-05-20, areas: [funding]}
            facts:
              org: {legal_form: public_foundation, registered: true, conducts_polls: true, funding_exemption: none}
              foreign_receipts:
                - {received_on: 2025-05-16, amount: 950000, source_kind: foreign_citizen, notified: false}
            expect:
              outcomes: {KZ-FF-001: pending}
              due: {KZ-FF-001: 2025-05-31}
            """)
        let failures = ExpectationCheck.failures(of: evaluator.assess(scenario), against: try #require(scenario.expectation))
        #expect(failures.map(\.message) == ["expected KZ-FF-001 to be due on 2025-05-31; its deadlines: 2025-05-30"])
    }
}
