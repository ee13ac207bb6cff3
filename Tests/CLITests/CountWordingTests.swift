import Foundation
import Testing

/// Counts a user can set to 1 (limits, budgets) or that a small rule set or batch gives as 1
/// read "1 level", not "1 levels".
struct CountWordingTests {
    static let caseFile = "Cases/assembly/rally-late-notice-2024.yaml"

    @Test(arguments: [
        (["--max-depth", "1"], "nesting deeper than 1 level\n", "levels"),
        (["--max-alias-nodes", "1"], "alias expansion exceeds 1 node (billion-laughs protection)", "1 nodes"),
    ])
    func aLimitOfOneIsSingular(option: [String], message: String, wrong: String) throws {
        let result = try CLI.run(["assess"] + option + [Self.caseFile])
        #expect(result.status == 2)
        #expect(result.stderr.contains(message), "\(result.stderr)")
        #expect(!result.stderr.contains(wrong))
    }

    @Test func aBudgetOfOneStepIsSingular() throws {
        let result = try CLI.run(["assess", "--max-steps", "1", Self.caseFile])
        #expect(result.stdout.contains("evaluation stopped: it exceeded its budget of 1 step\n"), "\(result.stdout)")
        #expect(!result.stdout.contains("1 steps"))
    }

    @Test func checkCountsARuleSetOfOneInTheSingular() throws {
        let directory = try CLI.temporaryDirectory(["rules.yaml": """
            law: {name: One}
            areas:
              general: {title: General, weight: 1}
            bands: [{min: 0, name: any}]
            risk:
              points: {low: 10, medium: 20, high: 40}
              bands: [{min: 0, name: none}]
            sources:
              act: {title: An act, url: "https://example.org/act"}
            facts:
              org.flag: {type: bool, description: Flag}
            parameters:
              limit: {description: A limit, source: {ref: act, article: "2"}, values: [{from: 2020-01-01, value: 1}]}
            sanctions:
              fine-1:
                code: CAO
                article: "1"
                title: A fine
                versions:
                  - {from: 2020-01-01, legal_entity: {warning: true}}
            rules:
              - id: R-1
                title: Flagged
                area: general
                in_force: {from: 2020-01-01}
                violation: org.flag
                severity: low
                message: Flagged.
                citation: {ref: act, article: "1"}
                sanctions: [fine-1]
            """])
        let result = try CLI.run(["check", "--rules", directory.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("1 fact, 1 source, 1 parameter, 1 rule, 1 sanction, 0 indicators\n"), "\(result.stdout)")
        let version = try CLI.run(["--version", "--rules", directory.path])
        #expect(version.stdout.contains("(1 rule) in "), "\(version.stdout)")
    }

    @Test func oneCaseThatFailsToLoadIsOneError() throws {
        let directory = try CLI.temporaryDirectory(["bad.yaml": "case: {id: x, as_of: 2024-13-01}\nfacts: {}\n"])
        let result = try CLI.run(["test", directory.path])
        #expect(result.status == 2)
        #expect(result.stdout.contains("0 passed, 0 failed, 1 error\n"), "\(result.stdout)")
    }
}
