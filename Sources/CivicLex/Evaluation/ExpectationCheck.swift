public import YAMLSource

/// Compares an assessment with its case's `expect:` block.
public enum ExpectationCheck {
    /// One failed expectation, located at the claim in the case file.
    public struct Failure: Sendable {
        public let message: String
        public let location: SourceLocation
    }

    public static func failures(of assessment: Assessment, against expectation: Expectation) -> [Failure] {
        var failures: [Failure] = []
        func describe(_ ruleID: String) -> String {
            let outcomes = assessment.results(of: ruleID).map { ($0.item.map { "\($0): " } ?? "") + $0.outcome.rawValue }
            return outcomes.isEmpty ? "not evaluated" : outcomes.joined(separator: ", ")
        }
        for claim in expectation.violations where assessment.outcome(of: claim.ruleID) != .violation {
            failures.append(.init(message: "expected a violation of \(claim.ruleID); got \(describe(claim.ruleID))", location: claim.location))
        }
        for claim in expectation.absent where assessment.outcome(of: claim.ruleID) == .violation {
            failures.append(.init(message: "expected no violation of \(claim.ruleID); got \(describe(claim.ruleID))", location: claim.location))
        }
        for claim in expectation.outcomes where assessment.outcome(of: claim.ruleID) != claim.outcome {
            failures.append(.init(message: "expected \(claim.ruleID) to be \(claim.outcome.rawValue); got \(describe(claim.ruleID))", location: claim.location))
        }
        for claim in expectation.missing {
            let named = Set(assessment.results(of: claim.ruleID).flatMap(\.missingFacts))
            let absent = claim.facts.filter { !named.contains($0) }
            if !absent.isEmpty {
                failures.append(.init(
                    message: "expected \(claim.ruleID) to name missing \(absent.joined(separator: ", ")); it named \(named.isEmpty ? "none" : named.sorted().joined(separator: ", "))",
                    location: claim.location))
            }
        }
        for claim in expectation.due {
            let deadlines = assessment.results(of: claim.ruleID).compactMap(\.dueDate)
            if !deadlines.contains(claim.day) {
                let named = deadlines.isEmpty ? "none" : deadlines.map(\.description).joined(separator: ", ")
                failures.append(.init(message: "expected \(claim.ruleID) to be due on \(claim.day); its deadlines: \(named)", location: claim.location))
            }
        }
        for claim in expectation.sanctions { failures += sanctionFailures(of: assessment, against: claim) }
        for claim in expectation.scores {
            let actual: Double? = switch claim.score {
            case "risk": assessment.risk.score
            case "enabling": assessment.enabling.overall
            default: assessment.enabling.score(of: claim.score)
            }
            guard let actual, claim.range.contains(actual) else {
                failures.append(.init(
                    message: "expected \(claim.score) score in \(Formatting.score(claim.range.lowerBound))…\(Formatting.score(claim.range.upperBound)); got \(actual.map(Formatting.score) ?? "none")",
                    location: claim.location))
                continue
            }
        }
        return failures
    }

    /// The rule's violations carry exactly the claimed parts, each at the claimed tenge.
    static func sanctionFailures(of assessment: Assessment, against claim: Expectation.SanctionClaim) -> [Failure] {
        let applied = assessment.results(of: claim.ruleID).filter { $0.outcome == .violation }.flatMap(\.sanctions)
        let carried = Set(applied.map(\.sanctionID)), expected = Set(claim.sanctionIDs)
        func list(_ ids: Set<String>) -> String { ids.isEmpty ? "none" : ids.sorted().joined(separator: ", ") }
        var failures: [Failure] = []
        if carried != expected {
            failures.append(.init(message: "expected \(claim.ruleID) to carry exactly \(list(expected)); it carried \(list(carried))", location: claim.location))
        }
        for (id, tenge) in claim.tenge.sorted(by: { $0.key < $1.key }) {
            let amounts = applied.filter { $0.sanctionID == id }.map { $0.fineTenge?.upperBound }
            guard !amounts.isEmpty, amounts.allSatisfy({ $0 == tenge }) else {
                let found = amounts.map { $0.map(Formatting.number) ?? "no single fine" }
                failures.append(.init(
                    message: "expected \(id) on \(claim.ruleID) to come to \(Formatting.number(tenge)) KZT; got \(found.isEmpty ? "nothing" : found.joined(separator: ", "))",
                    location: claim.location))
                continue
            }
        }
        return failures
    }
}
