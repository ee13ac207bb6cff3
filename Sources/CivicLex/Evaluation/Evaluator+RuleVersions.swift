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
        // Few results belong to rules with several versions: group those by a scan, without
        // hashing, and with a handful of buffers per case (this runs for every case of a batch).
        var versioned: [Int] = []
        for index in results.indices where versions[results[index].ruleIndex] > 1 { versioned.append(index) }
        guard versioned.count > 1 else { return results }
        var grouped = [Bool](repeating: false, count: versioned.count)
        var dropped: [Bool] = []
        var group: [Int] = []
        func drop(_ index: Int) {
            if dropped.isEmpty { dropped = Array(repeating: false, count: results.count) }
            dropped[index] = true
        }
        func isOutOfPeriod(_ index: Int) -> Bool {
            guard results[index].outcome == .notInForce, let day = results[index].lawDate else { return false }
            return !law.rules[results[index].ruleIndex].isInForce(on: day)
        }
        for start in versioned.indices where !grouped[start] {
            let first = versioned[start]
            group.removeAll(keepingCapacity: true)
            for other in start..<versioned.count where !grouped[other] {
                let candidate = versioned[other]
                guard law.firstVersion[results[candidate].ruleIndex] == law.firstVersion[results[first].ruleIndex],
                      results[candidate].itemKey == results[first].itemKey else { continue }
                grouped[other] = true
                group.append(candidate)
            }
            guard group.count > 1 else { continue }
            // The decided result of the latest version wins (the first such, on a tie).
            var kept: Int?
            for index in group where !isOutOfPeriod(index) {
                if let current = kept, results[current].ruleIndex >= results[index].ruleIndex { continue }
                kept = index
            }
            if kept == nil {
                kept = group.last { index in
                    results[index].lawDate.map { law.rules[results[index].ruleIndex].inForceFrom <= $0 } ?? false
                } ?? group[0]
            }
            for index in group where index != kept { drop(index) }
        }
        guard !dropped.isEmpty else { return results }
        var merged: [Result] = []
        merged.reserveCapacity(results.count)
        for index in results.indices where !dropped[index] { merged.append(results[index]) }
        return merged
    }
}
