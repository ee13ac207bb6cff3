import CivicLex
import Testing

/// A fact the adviser leaves out must never make a violation vanish: with any one stated fact
/// of a bundled case deleted, a violated rule may become undetermined (naming the fact), but
/// never compliant or not applicable.
@Suite struct MissingFactNeverClearsAViolationTests {
    private struct Finding: Hashable {
        let ruleID: String
        let item: String?
        init(_ result: RuleResult) { (ruleID, item) = (result.ruleID, result.item) }
    }

    /// Facts whose absence the rule set defines, each for a stated reason; every other deletion
    /// must leave a violation violated or undetermined.
    static let absenceDefined: [String: Set<String>] = [
        // A suspension or ban is a decision served on the organisation: a case that does not
        // mention one has none (facts.yaml, org.activity_suspended / org.activity_banned).
        "KZ-REG-002": ["org.activity_suspended", "org.activity_banned"],
        // A proposed change of place or time is served on the organiser: a case that states no
        // answer of the akimat describes none (the rule's own comment).
        "KZ-ASM-308": ["assemblies[].akimat_response"],
        // An unregistered party with no application day is one still to apply, judged by the
        // law on the assessment date (`at:` falls back to `as_of`).
        "KZ-REG-004": ["org.registration_applied_on"],
    ]

    @Test(arguments: BundledCasesTests.casePaths)
    func deletingOneFactNeverClearsAViolation(_ path: String) throws {
        let scenario = try CaseLoader(law: bundledLaw).load(path: repositoryRoot.appendingPathComponent(path).path)
        let evaluator = Evaluator(law: bundledLaw)
        let violated = Set(evaluator.assess(scenario).results.filter { $0.outcome == .violation }.map(Finding.init))
        guard !violated.isEmpty else { return }
        for (deleted, facts) in Self.variantsWithOneFactDeleted(of: scenario) {
            let variant = Case(
                id: scenario.id, title: scenario.title, path: scenario.path, asOf: scenario.asOf,
                areas: scenario.areas, facts: facts, expectation: nil, notes: nil)
            for result in evaluator.assess(variant).results
            where violated.contains(Finding(result)) && (result.outcome == .compliant || result.outcome == .notApplicable)
                && Self.absenceDefined[result.ruleID]?.contains(Self.itemless(deleted)) != true {
                Issue.record("\(path): without \(deleted), \(result.ruleID) \(result.item ?? "") turns from violated to \(result.outcome.rawValue)")
            }
        }
    }

    /// `assemblies[2].form` -> `assemblies[].form`.
    static func itemless(_ path: String) -> String {
        guard let open = path.firstIndex(of: "["), let close = path[open...].firstIndex(of: "]") else { return path }
        return String(path[..<open]) + "[]" + path[path.index(after: close)...]
    }

    /// Each stated fact deleted in turn: a top-level value, or one field of one list item (a
    /// whole list of acts left out means none happened, which may rightly clear a finding).
    static func variantsWithOneFactDeleted(of scenario: Case) -> [(String, [Value?])] {
        var variants: [(String, [Value?])] = []
        for (slot, value) in scenario.facts.enumerated() {
            guard let value else { continue }
            guard case .list(let items) = value, items.contains(where: { if case .record = $0 { true } else { false } }) else {
                var facts = scenario.facts
                facts[slot] = nil
                variants.append((bundledLaw.schema.facts[slot].name, facts))
                continue
            }
            for (index, item) in items.enumerated() {
                guard case .record(let record) = item else { continue }
                for (field, fieldValue) in record.fields.enumerated() where fieldValue != nil {
                    var fields = record.fields
                    fields[field] = nil
                    var changed = items
                    changed[index] = .record(Record(type: record.type, fields: fields, label: record.label))
                    var facts = scenario.facts
                    facts[slot] = .list(changed)
                    variants.append(("\(record.label).\(record.type.fields[field].name)", facts))
                }
            }
        }
        return variants
    }
}
