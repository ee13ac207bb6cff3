extension Evaluator {
    /// A rule an amendment replaced has one version per period, and an act is judged by the
    /// version in force on its date: the other versions' "not in force" for the same item says
    /// nothing and is dropped. Results that no date decided (an unstated list, a case outside the
    /// rule's area) are the same for every version: the latest version's is kept. When no version
    /// was in force on the act's date, one "not in force" stays: that of the version that started
    /// last on or before the act, else of the first.
    func mergingVersions(_ results: [RuleResult]) -> [RuleResult] {
        // Per rule index, counted once when the law is built (not per case).
        let versions = law.versionCounts
        guard versions.contains(where: { $0 > 1 }) else { return results }
        struct Key: Hashable {
            let ruleID: String
            let item: String?
        }
        var groups: [Key: [Int]] = [:]
        for (index, result) in results.enumerated() where versions[result.ruleIndex] > 1 {
            groups[Key(ruleID: result.ruleID, item: result.item), default: []].append(index)
        }
        var dropped = Set<Int>()
        for indices in groups.values where indices.count > 1 {
            let outOfPeriod = indices.filter { index in
                let result = results[index]
                guard result.outcome == .notInForce, let day = result.lawDate else { return false }
                return !law.rules[result.ruleIndex].isInForce(on: day)
            }
            let decided = indices.filter { !outOfPeriod.contains($0) }
            if let kept = decided.max(by: { results[$0].ruleIndex < results[$1].ruleIndex }) {
                dropped.formUnion(indices.filter { $0 != kept })
                continue
            }
            let kept = outOfPeriod.last { index in
                results[index].lawDate.map { law.rules[results[index].ruleIndex].inForceFrom <= $0 } ?? false
            } ?? outOfPeriod[0]
            dropped.formUnion(outOfPeriod.filter { $0 != kept })
        }
        return results.indices.filter { !dropped.contains($0) }.map { results[$0] }
    }
}
