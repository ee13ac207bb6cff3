import CivicLex

/// Shell completion of rule ids, read from the rule set the command line names (or the
/// bundled one), so completions follow the rules actually loaded.
enum RuleCompletion {
    @Sendable static func ruleIDs(_ words: [String], _ index: Int, _ prefix: String) -> [String] {
        var explicit: String?
        if let position = words.firstIndex(of: "--rules"), position + 1 < words.count { explicit = words[position + 1] }
        guard let law = try? LawLoader.load(directory: RuleSetLocator.directory(explicit: explicit)) else { return [] }
        var seen = Set<String>()
        return law.rules.map(\.id).filter { $0.hasPrefix(prefix) && seen.insert($0).inserted }
    }
}
