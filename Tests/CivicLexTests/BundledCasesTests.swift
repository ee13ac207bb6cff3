import CivicLex
import Foundation
import Testing
import YAMLSource

/// Every case in `Cases/` must load and meet its `expect:` block: the encoded law is tested
/// by the same command that tests the engine.
@Suite struct BundledCasesTests {
    static let casePaths: [String] = {
        let root = repositoryRoot.appendingPathComponent("Cases").path
        let enumerator = FileManager.default.enumerator(atPath: root)
        var paths: [String] = []
        while let relative = enumerator?.nextObject() as? String {
            if relative.hasSuffix(".yaml") { paths.append("Cases/" + relative) }
        }
        return paths.sorted()
    }()

    @Test func thereAreCasesToCheck() {
        #expect(Self.casePaths.count >= 8)
    }

    @Test(arguments: casePaths)
    func caseMeetsItsExpectations(_ path: String) throws {
        let scenario: Case
        do {
            scenario = try CaseLoader(law: bundledLaw).load(path: repositoryRoot.appendingPathComponent(path).path)
        } catch {
            Issue.record("\(path) does not load:\n\(error)")
            return
        }
        let expectation = try #require(scenario.expectation, "\(path) has no expect: block")
        let assessment = Evaluator(law: bundledLaw).assess(scenario)
        for failure in ExpectationCheck.failures(of: assessment, against: expectation) {
            Issue.record("\(path):\(failure.location): \(failure.message)")
        }
    }

    @Test func everyRuleIsShownViolatedAndCompliedWithBySomeCase() throws {
        var violated = Set<String>(), complied = Set<String>()
        for path in Self.casePaths {
            guard let scenario = try? CaseLoader(law: bundledLaw).load(path: repositoryRoot.appendingPathComponent(path).path) else { continue }
            for result in Evaluator(law: bundledLaw).assess(scenario).results {
                if result.outcome == .violation { violated.insert(result.ruleID) }
                if result.outcome == .compliant { complied.insert(result.ruleID) }
            }
        }
        for rule in bundledLaw.rules {
            #expect(violated.contains(rule.id), "no case shows \(rule.id) violated")
            #expect(complied.contains(rule.id), "no case shows \(rule.id) complied with")
        }
    }
}
