import CivicLex
import Testing

/// Untraced, a rule is decided through the closure code its `decider` captured; traced, through
/// the interpreter. Both run the one generic decision, so everything but the trace must agree.
@Suite struct DeciderTests {
    @Test(arguments: TallyTests.casePaths)
    func untracedAssessmentEqualsTheTracedOne(_ path: String) throws {
        let scenario = try CaseLoader(law: bundledLaw).load(path: path)
        let evaluator = Evaluator(law: bundledLaw)
        for asOf in [scenario.asOf] + TallyTests.assessmentDates.prefix(3) {
            let dated = Case(id: scenario.id, title: scenario.title, path: scenario.path, asOf: asOf, areas: scenario.areas, facts: scenario.facts, expectation: nil, notes: nil)
            let untraced = evaluator.assess(dated).results
            let traced = evaluator.assess(dated, trace: true).results
            #expect(untraced.count == traced.count, "\(path) as of \(asOf)")
            for (fast, slow) in zip(untraced, traced) {
                let label = "\(path) as of \(asOf): \(fast.ruleID) \(fast.item ?? "")"
                #expect(fast.ruleIndex == slow.ruleIndex && fast.item == slow.item, "\(label)")
                #expect(fast.outcome == slow.outcome && fast.lawDate == slow.lawDate && fast.dueDate == slow.dueDate, "\(label)")
                #expect(fast.missingFacts == slow.missingFacts && fast.reason == slow.reason, "\(label)")
                #expect(fast.message == slow.message && fast.remedy == slow.remedy && fast.status == slow.status, "\(label)")
                #expect(fast.sanctions.count == slow.sanctions.count, "\(label)")
                #expect(fast.trace.isEmpty, "\(label)")
            }
            // The traced run really went through the interpreter.
            #expect(traced.contains { !$0.trace.isEmpty }, "\(path) as of \(asOf)")
        }
    }
}
