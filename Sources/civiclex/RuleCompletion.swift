import CivicLex

/// Shell completion of rule ids, parameter names and areas, read from the rule set the command line names (or the
/// bundled one), so completions follow the rules actually loaded.
enum RuleCompletion {
    @Sendable static func ruleIDs(_ words: [String], _ index: Int, _ prefix: String) -> [String] {
        var seen = Set<String>()
        return (law(words)?.rules.map(\.id) ?? []).filter { $0.hasPrefix(prefix) && seen.insert($0).inserted }
    }

    @Sendable static func parameterNames(_ words: [String], _ index: Int, _ prefix: String) -> [String] {
        (law(words)?.parameters.map(\.name) ?? []).filter { $0.hasPrefix(prefix) }
    }

    @Sendable static func areaIDs(_ words: [String], _ index: Int, _ prefix: String) -> [String] {
        (law(words)?.areas.map(\.id) ?? []).filter { $0.hasPrefix(prefix) }
    }

    /// The rule set named by `--rules` on the command line being completed, or the default one.
    private static func law(_ words: [String]) -> Law? {
        var explicit: String?
        if let position = words.firstIndex(of: "--rules"), position + 1 < words.count { explicit = words[position + 1] }
        return try? LawLoader.load(directory: RuleSetLocator.directory(explicit: explicit))
    }
}
