import CivicLex
import Foundation
import Testing

/// A remedy tells the adviser what to do from the assessment date on: it never names a day
/// already past, on any bundled case.
@Suite struct RemedyDateTests {
    static let casePaths: [String] = {
        let root = repositoryRoot.appendingPathComponent("Cases")
        let files = FileManager.default.enumerator(atPath: root.path)?.compactMap { $0 as? String } ?? []
        return files.filter { $0.hasSuffix(".yaml") }.sorted().map { root.appendingPathComponent($0).path }
    }()

    static func dates(in text: String) -> [Day] {
        let bytes = Array(text.utf8)
        var found: [Day] = []
        var index = 0
        while index + 10 <= bytes.count {
            if let day = Day(iso: String(decoding: bytes[index..<(index + 10)], as: UTF8.self)) {
                found.append(day)
                index += 10
            } else {
                index += 1
            }
        }
        return found
    }

    @Test(arguments: casePaths) func noRemedyNamesAPastDay(_ path: String) throws {
        let scenario = try CaseLoader(law: bundledLaw).load(path: path)
        for result in Evaluator(law: bundledLaw).assess(scenario).results {
            guard let remedy = result.remedy else { continue }
            for day in Self.dates(in: remedy) {
                #expect(day >= scenario.asOf, "\(result.ruleID) \(result.item ?? ""): remedy names \(day), before \(scenario.asOf): \(remedy)")
            }
        }
    }

    @Test func aHeldLateRallyGetsAdviceForNextTimeNotAPastDeadline() throws {
        let scenario = try CaseLoader(law: bundledLaw).load(path: repositoryRoot.appendingPathComponent("Cases/composite/legal-aid-ngo-foreign-grants-rally-2024.yaml").path)
        let result = try #require(Evaluator(law: bundledLaw).assess(scenario).results(of: "KZ-ASM-003").first)
        #expect(result.outcome == .violation)
        #expect(result.dueDate == Day(iso: "2024-09-13"))
        let remedy = try #require(result.remedy)
        #expect(!remedy.contains("2024-09-13"))
        #expect(remedy.contains("at least 5 full working days before the day"))
    }

    @Test func everyRemedyNamingADateHasAnOverdueAlternative() {
        for rule in bundledLaw.rules where rule.remedy?.namesADate ?? false {
            #expect(rule.due != nil && rule.remedyOverdue != nil, "\(rule.id): its remedy names a date but it has no `due` and `remedy_overdue`")
        }
    }

    @Test func theDateFinderFindsDates() {
        #expect(Self.dates(in: "by 2024-09-13 or 2025-01-02.") == [Day(iso: "2024-09-13")!, Day(iso: "2025-01-02")!])
    }
}
