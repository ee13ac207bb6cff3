import CivicLex
import Foundation
import Testing

/// `CaseComparison` tallies outcomes in arrays indexed by rule slot; it must find exactly what
/// the straightforward computation over dictionaries keyed by rule id and item finds.
@Suite struct CaseComparisonDifferentialTests {
    static let amendmentPaths: [String] = {
        let directory = bundledRulesPath + "/amendments"
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        // Enacted amendments are already in the bundled law; only proposals can be laid over it.
        return names.filter { $0.hasPrefix("proposal-") && $0.hasSuffix(".yaml") }.sorted().map { directory + "/" + $0 }
    }()

    @Test func thereAreAmendmentsToCompare() {
        #expect(Self.amendmentPaths.count >= 3)
    }

    @Test(arguments: amendmentPaths)
    func slotsMatchTheDictionaryComputation(_ amendment: String) throws {
        let amended = try LawLoader.load(directory: bundledRulesPath, amendments: AmendmentOptions(extra: [amendment], asIfFrom: Day(iso: "1900-01-01")))
        try compareAll(before: bundledLaw, after: amended, dates: (nil, nil))
    }

    @Test func slotsMatchTheDictionaryComputationBetweenDates() throws {
        try compareAll(before: bundledLaw, after: bundledLaw, dates: (Day(iso: "2016-01-01"), Day(iso: "2024-01-01")))
    }

    private func compareAll(before: Law, after: Law, dates: (Day?, Day?)) throws {
        let slots = ComparisonRuleSlots(before: before, after: after)
        let loader = CaseLoader(law: before)
        var changed = 0
        for path in TallyTests.casePaths {
            let scenario = try loader.load(path: path)
            let old = Evaluator(law: before).assess(scenario, lawDate: dates.0)
            let new = Evaluator(law: after).assess(scenario, lawDate: dates.1)
            let comparison = CaseComparison(before: old, after: new, beforeLaw: before, afterLaw: after, slots: slots)
            let reference = Reference(before: old, after: new, beforeLaw: before, afterLaw: after)
            #expect(comparison.gained.map(Self.describe) == reference.gained, "\(path)")
            #expect(comparison.lost.map(Self.describe) == reference.lost, "\(path)")
            #expect(comparison.outcomeChanges.map { "\($0.ruleID) \(String(describing: $0.before)) \(String(describing: $0.after))" } == reference.outcomeChanges, "\(path)")
            #expect(comparison.direction == reference.direction, "\(path)")
            if !comparison.outcomeChanges.isEmpty || !comparison.gained.isEmpty || !comparison.lost.isEmpty { changed += 1 }
        }
        #expect(changed > 0, "the comparison must move some case")
    }

    private static func describe(_ change: CaseComparison.FindingChange) -> String {
        "\(change.ruleID) \(change.item ?? "-") \(change.outcome) \(change.ruleIndex) \(change.title)"
    }

    /// The dictionary computation `CaseComparison` used before rule slots.
    private struct Reference {
        let gained: [String], lost: [String], outcomeChanges: [String]
        let direction: CaseComparison.Direction

        private struct Key: Hashable { let ruleID: String; let item: String? }

        init(before: Assessment, after: Assessment, beforeLaw: Law, afterLaw: Law) {
            func findings(_ assessment: Assessment, _ law: Law) -> [Key: (item: String?, text: String)] {
                var map: [Key: (item: String?, text: String)] = [:]
                for result in assessment.results where result.outcome == .violation {
                    map[Key(ruleID: result.ruleID, item: result.item)] = (result.item, "\(result.ruleID) \(result.item ?? "-") \(result.outcome) \(result.ruleIndex) \(law.rules[result.ruleIndex].title)")
                }
                return map
            }
            let old = findings(before, beforeLaw), new = findings(after, afterLaw)
            let order = { (a: (key: Key, value: (item: String?, text: String)), b: (key: Key, value: (item: String?, text: String))) in
                (a.key.ruleID, a.key.item ?? "") < (b.key.ruleID, b.key.item ?? "")
            }
            gained = new.filter { old[$0.key] == nil }.sorted(by: order).map(\.value.text)
            lost = old.filter { new[$0.key] == nil }.sorted(by: order).map(\.value.text)
            var ruleIDs: [String] = []
            var worstBefore: [String: Outcome] = [:], worstAfter: [String: Outcome] = [:]
            for result in before.results {
                if let worst = worstBefore[result.ruleID] { worstBefore[result.ruleID] = min(worst, result.outcome) } else {
                    worstBefore[result.ruleID] = result.outcome
                    ruleIDs.append(result.ruleID)
                }
            }
            for result in after.results {
                if let worst = worstAfter[result.ruleID] { worstAfter[result.ruleID] = min(worst, result.outcome) } else {
                    worstAfter[result.ruleID] = result.outcome
                    if worstBefore[result.ruleID] == nil { ruleIDs.append(result.ruleID) }
                }
            }
            outcomeChanges = ruleIDs.compactMap { id in
                let old = worstBefore[id], new = worstAfter[id]
                return old == new ? nil : "\(id) \(String(describing: old)) \(String(describing: new))"
            }
            let risk = after.risk.score - before.risk.score
            let findingsDelta = after.results.count(where: { $0.outcome == .violation }) - before.results.count(where: { $0.outcome == .violation })
            direction = risk < 0 ? .improved : risk > 0 ? .worsened : findingsDelta != 0 ? (findingsDelta < 0 ? .improved : .worsened) : .unchanged
        }
    }
}
