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
        for claim in expectation.sanctions {
            let applied = Set(assessment.results(of: claim.ruleID).filter { $0.outcome == .violation }.flatMap { $0.sanctions.map(\.sanctionID) })
            let absent = claim.facts.filter { !applied.contains($0) }
            if !absent.isEmpty {
                failures.append(.init(
                    message: "expected \(claim.ruleID) to carry \(absent.joined(separator: ", ")); it carried \(applied.isEmpty ? "none" : applied.sorted().joined(separator: ", "))",
                    location: claim.location))
            }
        }
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
}
