/// A per-item outcome of one rule version, as far as merging versions needs it.
protocol VersionedOutcome {
    associatedtype ItemKey: Equatable
    var ruleIndex: Int { get }
    /// Which item of the case the outcome is about; equal keys name the same act.
    var itemKey: ItemKey { get }
    var outcome: Outcome { get }
    var lawDate: Day? { get }
}

extension RuleResult: VersionedOutcome {
    var itemKey: String? { item }
}

extension Evaluator {
    /// A rule an amendment replaced has one version per period, and an act is judged by the
    /// version in force on its date: the other versions' "not in force" for the same item says
    /// nothing and is dropped. Results that no date decided (an unstated list, a case outside the
    /// rule's area) are the same for every version: the latest version's is kept. When no version
    /// was in force on the act's date, one "not in force" stays: that of the version that started
    /// last on or before the act, else of the first.
    func mergingVersions<Result: VersionedOutcome>(_ results: [Result]) -> [Result] {
        // Per rule index, counted once when the law is built (not per case).
        let versions = law.versionCounts
        // Few results belong to rules with several versions: group those by a scan, without hashing.
        let versioned = results.indices.filter { versions[results[$0].ruleIndex] > 1 }
        guard !versioned.isEmpty else { return results }
        var grouped = [Bool](repeating: false, count: versioned.count)
        var dropped: [Int] = []
        for start in versioned.indices where !grouped[start] {
            let first = results[versioned[start]]
            var indices: [Int] = []
            for other in start..<versioned.count where !grouped[other] {
                let candidate = results[versioned[other]]
                guard law.firstVersion[candidate.ruleIndex] == law.firstVersion[first.ruleIndex], candidate.itemKey == first.itemKey else { continue }
                grouped[other] = true
                indices.append(versioned[other])
            }
            guard indices.count > 1 else { continue }
            let outOfPeriod = indices.filter { index in
                let result = results[index]
                guard result.outcome == .notInForce, let day = result.lawDate else { return false }
                return !law.rules[result.ruleIndex].isInForce(on: day)
            }
            let decided = indices.filter { !outOfPeriod.contains($0) }
            if let kept = decided.max(by: { results[$0].ruleIndex < results[$1].ruleIndex }) {
                dropped += indices.filter { $0 != kept }
                continue
            }
            let kept = outOfPeriod.last { index in
                results[index].lawDate.map { law.rules[results[index].ruleIndex].inForceFrom <= $0 } ?? false
            } ?? outOfPeriod[0]
            dropped += outOfPeriod.filter { $0 != kept }
        }
        guard !dropped.isEmpty else { return results }
        let droppedSet = Set(dropped)
        return results.indices.filter { !droppedSet.contains($0) }.map { results[$0] }
    }
}
