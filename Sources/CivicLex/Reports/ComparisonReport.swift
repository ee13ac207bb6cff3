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

    public static func words(_ outcome: Outcome?, language: ReportLanguage = .english) -> String {
        guard let outcome else { return language.messages["compare.not_assessed"] }
        return language.messages["compare.outcome." + outcome.rawValue]
    }

    /// The heading of a comparison of the law on two dates.
    public static func datesHeading(from: Day, to: Day, language: ReportLanguage = .english) -> Heading {
        let m = language.messages
        return Heading(
            title: m("compare.dates_title", ["from": language.date(from), "to": language.date(to)]),
            before: m("compare.every_act", ["date": language.date(from)]), after: m("compare.every_act", ["date": language.date(to)]))
    }

    /// The heading of a comparison with amendments laid over the law (`asIf`: their assumed start).
    public static func amendmentHeading(titles: String, asIf: Day?, always: Bool, language: ReportLanguage = .english) -> Heading {
        let m = language.messages
        let when = asIf.map { always ? m["compare.as_if_always"] : m("compare.as_if_from", ["date": language.date($0)]) } ?? ""
        return Heading(title: m["compare.amendment_title"], before: m["compare.as_enacted"], after: m("compare.with", ["titles": titles, "when": when]))
    }

    public static func changes(_ comparison: CaseComparison, before: Law, after: Law, language: ReportLanguage = .english) -> [ChangedFinding] {
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
                ruleID: id, title: version.map(language.ruleTitle) ?? "", item: item, change: change,
                citation: version.map { language.citation($0.citation, in: sources, flagsMissingArticle: true) } ?? "",
                link: version.flatMap { $0.citation.link(in: sources) }, better: better)
        }
        var result = comparison.outcomeChanges.map { change in
            let better: Bool? = change.before == .violation ? true : (change.after == .violation ? false : nil)
            return finding(change.ruleID, item: nil, change: "\(words(change.before, language: language)) → \(words(change.after, language: language))", better: better)
        }
        let changedRules = Set(comparison.outcomeChanges.map(\.ruleID))
        for lost in comparison.lost where !changedRules.contains(lost.ruleID) {
            result.append(finding(lost.ruleID, item: lost.item, change: language.messages["compare.no_longer_violated"], better: true))
        }
        for gained in comparison.gained where !changedRules.contains(gained.ruleID) {
            result.append(finding(gained.ruleID, item: gained.item, change: language.messages["compare.now_violated"], better: false))
        }
        return result
    }

    /// The law's enabling-environment score change, said once for the whole run. In date mode
    /// every case sees the same two dates; with amendments each case sees the law on its own
    /// date, so the sentence gives the range of the change and one example.
    public static func lawScoreSentence(_ comparisons: [CaseComparison], language: ReportLanguage = .english) -> String? {
        guard let first = comparisons.first else { return nil }
        let m = language.messages
        let old = first.before.enabling, new = first.after.enabling
        let none = m["compare.none"]
        let example = "\(old.overall.map(language.score) ?? none) → \(new.overall.map(language.score) ?? none)"
        if old.date != new.date {
            return m("compare.law_score_dates", ["old": old.overall.map(language.score) ?? none, "from": language.date(old.date), "new": new.overall.map(language.score) ?? none, "to": language.date(new.date)])
                + (first.enablingDelta.map { " (\(signed($0, language: language)))." } ?? ".")
        }
        let deltas = Set(comparisons.compactMap { $0.enablingDelta.map(Formatting.score) })
        let values = comparisons.compactMap(\.enablingDelta)
        guard let low = values.min(), let high = values.max() else { return m("compare.law_score_on", ["example": example, "date": language.date(new.date)]) }
        if deltas.count <= 1 {
            return m("compare.law_score_same", ["delta": signed(low, language: language), "date": language.date(new.date), "example": example])
        }
        return m("compare.law_score_range", ["low": signed(low, language: language), "high": signed(high, language: language), "date": language.date(new.date), "example": example])
    }

    /// A change worth an adviser's attention: a violation or an undetermined outcome appears or goes.
    static func isSignificant(_ change: ChangedFinding, language: ReportLanguage = .english) -> Bool { change.better != nil || change.change.contains(words(.undetermined, language: language)) }

    public static func signed(_ value: Double, language: ReportLanguage = .english) -> String { (value > 0 ? "+" : "") + language.score(value) }

    public static func totalsSentence(_ totals: ComparisonTotals, language: ReportLanguage = .english) -> String {
        let m = language.messages
        var text = m.plural("compare.totals", count: totals.cases, [
            "count": String(totals.cases), "worsened": String(totals.worsened), "improved": String(totals.improved), "unchanged": String(totals.unchanged),
        ])
        if totals.errors > 0 { text += m("compare.totals_errors", ["errors": String(totals.errors)]) }
        return text + m["compare.totals_basis"]
    }

    static func direction(_ direction: CaseComparison.Direction, language: ReportLanguage) -> String { language.messages["direction." + direction.rawValue] }

    /// A case whose risk or findings (violations, undetermined rules) changed; a rule merely
    /// moving between compliant, not applicable and not in force is shown only with --all.
    public static func significant(_ comparison: CaseComparison) -> Bool {
        comparison.riskDelta != 0 || !comparison.gained.isEmpty || !comparison.lost.isEmpty
            || comparison.outcomeChanges.contains { [$0.before, $0.after].contains(.violation) || [$0.before, $0.after].contains(.undetermined) }
    }

    public static func text(_ comparisons: [CaseComparison], totals: ComparisonTotals, heading: Heading, before: Law, after: Law, showAll: Bool, language: ReportLanguage = .english) -> String {
        let m = language.messages
        let labels = [m["compare.before"] + ":", m["compare.after"] + ":"]
        let width = (labels.map(\.count).max() ?? 0) + 1
        var out = "\(heading.title)\n\(labels[0].padding(to: width))\(heading.before)\n\(labels[1].padding(to: width))\(heading.after)\n"
        if let sentence = lawScoreSentence(comparisons, language: language) { out += sentence + "\n" }
        for comparison in comparisons where significant(comparison) || showAll {
            out += "\n\(direction(comparison.direction, language: language).uppercased())  \(comparison.caseID)  (\(comparison.path))\n"
            out += "  \(m["compare.risk"]) \(language.score(comparison.before.risk.score)) → \(language.score(comparison.after.risk.score))"
            out += comparison.riskDelta == 0 ? " (\(m["compare.unchanged"]))\n" : " (\(signed(comparison.riskDelta, language: language)))\n"
            for change in changes(comparison, before: before, after: after, language: language) where showAll || isSignificant(change, language: language) {
                let mark = change.better == true ? "−" : (change.better == false ? "+" : "~")
                out += "  \(mark) \(change.ruleID) \(change.title)\(change.item.map { " [\($0)]" } ?? ""): \(change.change)\n"
                out += "      \(change.citation)\n"
            }
        }
        out += "\n" + totalsSentence(totals, language: language) + "\n"
        out += m("compare.gained_lost", ["gained": String(totals.findingsGained), "lost": String(totals.findingsLost)]) + "\n"
        if !totals.topRules.isEmpty {
            out += m["compare.top_rules"] + ": " + totals.topRules.prefix(5).map { "\($0.ruleID) (\(m.plural("compare.case_count", count: $0.cases, ["count": String($0.cases)])))" }.joined(separator: ", ") + "\n"
        }
        return out
    }

    public static func markdown(_ comparisons: [CaseComparison], errors: [(path: String, message: String)], totals: ComparisonTotals, heading: Heading, before: Law, after: Law, language: ReportLanguage = .english) -> String {
        let m = language.messages
        let cell = ReportCells.markdown
        var out = "# \(cell(heading.title))\n\n- \(m["compare.before"]): \(cell(heading.before))\n- \(m["compare.after"]): \(cell(heading.after))\n"
        if let sentence = lawScoreSentence(comparisons, language: language) { out += "- \(sentence)\n" }
        out += "\n## \(m["compare.changed_findings"])\n\n"
        let changed = comparisons.filter(significant)
        if changed.isEmpty { out += m["compare.no_change"] + "\n" }
        for comparison in changed {
            out += "**\(cell(comparison.caseID))** — \(direction(comparison.direction, language: language)), \(m["compare.risk"]) \(language.score(comparison.before.risk.score)) → \(language.score(comparison.after.risk.score))\n\n"
            for change in changes(comparison, before: before, after: after, language: language) where isSignificant(change, language: language) {
                let citation = change.link.map { "[\(cell(change.citation))](\($0))" } ?? cell(change.citation)
                out += "- \(change.ruleID) \(cell(change.title))\(change.item.map { " [\(cell($0))]" } ?? ""): **\(change.change)** — \(citation)\n"
            }
            out += "\n"
        }
        let heads = ["compare.md.case", "compare.md.direction", "compare.md.risk", "compare.md.gained", "compare.md.lost"].map { m[$0] }
        out += "## \(m["compare.cases"])\n\n| " + heads.joined(separator: " | ") + " |\n|---|---|---:|---:|---:|\n"
        for comparison in comparisons {
            out += "| \(cell(comparison.caseID)) | \(direction(comparison.direction, language: language)) | \(language.score(comparison.before.risk.score)) → \(language.score(comparison.after.risk.score)) | \(comparison.gained.count) | \(comparison.lost.count) |\n"
        }
        for error in errors { out += "| \(cell(error.path)) | \(m["score.status.error"]): \(cell(error.message)) | | | |\n" }
        out += "\n**\(m["compare.totals_label"]):** \(totalsSentence(totals, language: language)).\n"
        if !totals.topRules.isEmpty {
            out += "\n**\(m["compare.top_rules"]):** " + totals.topRules.prefix(5).map { "\($0.ruleID) (\($0.cases))" }.joined(separator: ", ") + "\n"
        }
        return out
    }
}
