/// What `civiclex compare` says about each case and about the law, shared by the text,
/// Markdown and HTML renderings: changed findings first (titles, citations, outcomes in words),
/// each case judged by its own outcomes and risk, the law's score change stated once.
public enum ComparisonReport {
    /// The report's title and the two states compared.
    public struct Heading: Sendable {
        public let title: String
        public let before: String
        public let after: String

        public init(title: String, before: String, after: String) {
            self.title = title
            self.before = before
            self.after = after
        }
    }

    /// One changed line of a case: a rule whose outcome changed, or a violation gained or
    /// lost on one item while the rule's overall outcome stayed the same.
    public struct ChangedFinding: Sendable {
        public let ruleID: String
        public let title: String
        public let item: String?
        public let change: String
        public let citation: String
        public let link: String?
        /// true when the change is better for the case (a violation gone), false when worse.
        public let better: Bool?
    }

    public static func words(_ outcome: Outcome?) -> String {
        guard let outcome else { return "not assessed" }
        return outcome == .violation ? "violated" : outcome.rawValue.replacingUnderscores
    }

    public static func changes(_ comparison: CaseComparison, before: Law, after: Law) -> [ChangedFinding] {
        // A rule replaced by an amendment has several versions: cite the one behind the case's
        // worst outcome on either side (the version that judged the act), the latest otherwise.
        func version(_ id: String) -> (rule: Rule, sources: [String: LegalSource])? {
            let sides = [(comparison.after, after), (comparison.before, before)]
            let judged = sides.flatMap { assessment, law in assessment.results(of: id).map { (result: $0, law: law) } }
            if let worst = judged.min(by: { $0.result.outcome < $1.result.outcome }) {
                return (worst.law.rule(for: worst.result), worst.law.sources)
            }
            if let rule = after.rules.last(where: { $0.id == id }) { return (rule, after.sources) }
            return before.rules.last { $0.id == id }.map { ($0, before.sources) }
        }
        func finding(_ id: String, item: String?, change: String, better: Bool?) -> ChangedFinding {
            let resolved = version(id)
            let version = resolved?.rule
            let sources = resolved?.sources ?? after.sources
            return ChangedFinding(
                ruleID: id, title: version?.title ?? "", item: item, change: change,
                citation: version.map { $0.citation.formatted(in: sources, flagsMissingArticle: true) } ?? "",
                link: version.flatMap { $0.citation.link(in: sources) }, better: better)
        }
        var result = comparison.outcomeChanges.map { change in
            let better: Bool? = change.before == .violation ? true : (change.after == .violation ? false : nil)
            return finding(change.ruleID, item: nil, change: "\(words(change.before)) → \(words(change.after))", better: better)
        }
        let changedRules = Set(comparison.outcomeChanges.map(\.ruleID))
        for lost in comparison.lost where !changedRules.contains(lost.ruleID) {
            result.append(finding(lost.ruleID, item: lost.item, change: "no longer violated", better: true))
        }
        for gained in comparison.gained where !changedRules.contains(gained.ruleID) {
            result.append(finding(gained.ruleID, item: gained.item, change: "now violated", better: false))
        }
        return result
    }

    /// The law's enabling-environment score change, said once for the whole run. In date mode
    /// every case sees the same two dates; with amendments each case sees the law on its own
    /// date, so the sentence gives the range of the change and one example.
    public static func lawScoreSentence(_ comparisons: [CaseComparison]) -> String? {
        guard let first = comparisons.first else { return nil }
        let old = first.before.enabling, new = first.after.enabling
        let example = "\(old.overall.map(Formatting.score) ?? "n/a") → \(new.overall.map(Formatting.score) ?? "n/a")"
        if old.date != new.date {
            return "The law's enabling-environment score: \(old.overall.map(Formatting.score) ?? "n/a") on \(old.date) → \(new.overall.map(Formatting.score) ?? "n/a") on \(new.date)"
                + (first.enablingDelta.map { " (\(signed($0)))." } ?? ".")
        }
        let deltas = Set(comparisons.compactMap { $0.enablingDelta.map(Formatting.score) })
        let values = comparisons.compactMap(\.enablingDelta)
        guard let low = values.min(), let high = values.max() else { return "The law's enabling-environment score: \(example) on \(new.date)." }
        if deltas.count <= 1 {
            return "The law's enabling-environment score moves \(signed(low)) on every case's date (on \(new.date): \(example))."
        }
        return "The law's enabling-environment score moves by \(signed(low)) to \(signed(high)) depending on the case's date (on \(new.date): \(example))."
    }

    /// A change worth an adviser's attention: a violation or an undetermined outcome appears or goes.
    static func isSignificant(_ change: ChangedFinding) -> Bool { change.better != nil || change.change.contains(words(.undetermined)) }

    public static func signed(_ value: Double) -> String { (value > 0 ? "+" : "") + Formatting.score(value) }

    public static func totalsSentence(_ totals: ComparisonTotals) -> String {
        var text = "\(totals.cases) case\(totals.cases == 1 ? "" : "s"): \(totals.worsened) worsened, \(totals.improved) improved, \(totals.unchanged) unchanged"
        if totals.errors > 0 { text += ", \(totals.errors) failed to load" }
        return text + " (judged by each case's own outcomes and risk)"
    }

    /// A case whose risk or findings (violations, undetermined rules) changed; a rule merely
    /// moving between compliant, not applicable and not in force is shown only with --all.
    public static func significant(_ comparison: CaseComparison) -> Bool {
        comparison.riskDelta != 0 || !comparison.gained.isEmpty || !comparison.lost.isEmpty
            || comparison.outcomeChanges.contains { [$0.before, $0.after].contains(.violation) || [$0.before, $0.after].contains(.undetermined) }
    }

    public static func text(_ comparisons: [CaseComparison], totals: ComparisonTotals, heading: Heading, before: Law, after: Law, showAll: Bool) -> String {
        var out = "\(heading.title)\nBefore: \(heading.before)\nAfter:  \(heading.after)\n"
        if let sentence = lawScoreSentence(comparisons) { out += sentence + "\n" }
        for comparison in comparisons where significant(comparison) || showAll {
            out += "\n\(comparison.direction.rawValue.uppercased())  \(comparison.caseID)  (\(comparison.path))\n"
            out += "  risk \(Formatting.score(comparison.before.risk.score)) → \(Formatting.score(comparison.after.risk.score))"
            out += comparison.riskDelta == 0 ? " (unchanged)\n" : " (\(signed(comparison.riskDelta)))\n"
            for change in changes(comparison, before: before, after: after) where showAll || isSignificant(change) {
                let mark = change.better == true ? "−" : (change.better == false ? "+" : "~")
                out += "  \(mark) \(change.ruleID) \(change.title)\(change.item.map { " [\($0)]" } ?? ""): \(change.change)\n"
                out += "      \(change.citation)\n"
            }
        }
        out += "\n" + totalsSentence(totals) + "\n"
        out += "Violations gained \(totals.findingsGained), lost \(totals.findingsLost)\n"
        if !totals.topRules.isEmpty {
            out += "Rules that changed most outcomes: " + totals.topRules.prefix(5).map { "\($0.ruleID) (\($0.cases) case\($0.cases == 1 ? "" : "s"))" }.joined(separator: ", ") + "\n"
        }
        return out
    }

    public static func markdown(_ comparisons: [CaseComparison], errors: [(path: String, message: String)], totals: ComparisonTotals, heading: Heading, before: Law, after: Law) -> String {
        func cell(_ text: String) -> String { text.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ") }
        var out = "# \(cell(heading.title))\n\n- Before: \(cell(heading.before))\n- After: \(cell(heading.after))\n"
        if let sentence = lawScoreSentence(comparisons) { out += "- \(sentence)\n" }
        out += "\n## Changed findings\n\n"
        let changed = comparisons.filter(significant)
        if changed.isEmpty { out += "No case's outcome changed.\n" }
        for comparison in changed {
            out += "**\(cell(comparison.caseID))** — \(comparison.direction.rawValue), risk \(Formatting.score(comparison.before.risk.score)) → \(Formatting.score(comparison.after.risk.score))\n\n"
            for change in changes(comparison, before: before, after: after) where isSignificant(change) {
                let citation = change.link.map { "[\(cell(change.citation))](\($0))" } ?? cell(change.citation)
                out += "- \(change.ruleID) \(cell(change.title))\(change.item.map { " [\(cell($0))]" } ?? ""): **\(change.change)** — \(citation)\n"
            }
            out += "\n"
        }
        out += "## Cases\n\n| Case | Direction | Risk | Violations gained | lost |\n|---|---|---:|---:|---:|\n"
        for comparison in comparisons {
            out += "| \(cell(comparison.caseID)) | \(comparison.direction.rawValue) | \(Formatting.score(comparison.before.risk.score)) → \(Formatting.score(comparison.after.risk.score)) | \(comparison.gained.count) | \(comparison.lost.count) |\n"
        }
        for error in errors { out += "| \(cell(error.path)) | error: \(cell(error.message)) | | | |\n" }
        out += "\n**Totals:** \(totalsSentence(totals)).\n"
        if !totals.topRules.isEmpty {
            out += "\n**Rules that changed most outcomes:** " + totals.topRules.prefix(5).map { "\($0.ruleID) (\($0.cases))" }.joined(separator: ", ") + "\n"
        }
        return out
    }
}
