/// The readable report of `civiclex assess`: findings by area and severity, each with its
/// article, sanction and remedy, then the scores.
public enum TextReport {
    public static func render(_ assessment: Assessment, law: Law, language: ReportLanguage = .english) -> String {
        let m = language.messages
        var out = ""
        out += m("assess.title", ["title": assessment.title.isEmpty ? assessment.caseID : assessment.title]) + "\n"
        out += m("assess.case", ["case": assessment.caseID, "path": assessment.path, "date": language.date(assessment.asOf), "rules": language.lawName(law)]) + "\n"
        let findings = assessment.findings
        let violations = findings.filter { $0.outcome == .violation }
        let unknowns = findings.filter { $0.outcome == .undetermined }
        let pending = assessment.results.filter { $0.outcome == .pending }
        out += "\n" + m.plural("assess.counts", count: violations.count, ["count": String(violations.count), "undetermined": String(unknowns.count)])
        out += pending.isEmpty ? "\n" : m("assess.pending_count", ["count": String(pending.count)]) + "\n"
        for area in law.areas {
            let areaFindings = violations.filter { law.rule(for: $0).area == area.id }
                .sorted { law.rule(for: $0).severity > law.rule(for: $1).severity }
            guard !areaFindings.isEmpty else { continue }
            out += "\n== \(language.areaTitle(area.id, area.title)) ==\n"
            for finding in areaFindings { out += describe(finding, law: law, language: language) }
        }
        if !unknowns.isEmpty {
            out += "\n== \(m["assess.undetermined_heading"]) ==\n"
            for finding in unknowns {
                let rule = law.rule(for: finding)
                let item = finding.item.map { " [\($0)]" } ?? ""
                out += "  ? \(rule.id) \(language.ruleTitle(rule))\(item)\n"
                if !finding.missingFacts.isEmpty { out += "      \(m["assess.needs"]): \(finding.missingFacts.joined(separator: ", "))\n" }
                if let reason = finding.reason { out += "      \(reason)\n" }
                out += "      \(m["assess.law"]): \(language.citation(rule.citation, in: law.sources, flagsMissingArticle: true))\n"
            }
        }
        if !pending.isEmpty { out += describePending(pending, law: law, language: language) }
        out += "\n== \(m["assess.scores_heading"]) ==\n"
        out += "  " + m("assess.risk", ["score": language.score(assessment.risk.score), "band": language.band(assessment.risk.band)]) + "\n"
        let enabling = assessment.enabling
        out += "  " + m("assess.enabling", ["date": language.date(enabling.date)])
        out += enabling.overall.map { "\(language.score($0))/100 (\(language.band(enabling.band)))" } ?? m["assess.not_scored"]
        out += "\n"
        // Wide enough for the longest area name in this language (English fits in 28).
        let areaWidth = max(28, (enabling.areas.map { language.areaTitle($0.id, $0.title).count }.max() ?? 0) + 1)
        for area in enabling.areas {
            let score = area.score.map { "\(language.score($0))/100" } ?? m["assess.not_scored"]
            out += "    \(language.areaTitle(area.id, area.title).padding(to: areaWidth)) \(score.padding(to: 10)) \(language.band(area.band))\n"
        }
        let unverified = violations.filter { $0.status != .verified }
        if !unverified.isEmpty {
            out += "\n" + m("assess.unverified_warning", ["partly": language.status(.partly), "unverified": language.status(.unverified)]) + "\n"
        }
        return out
    }

    /// Obligations not yet due on the assessment date: no risk, but a date to keep.
    static func describePending(_ pending: [RuleResult], law: Law, language: ReportLanguage = .english) -> String {
        let m = language.messages
        var out = "\n== \(m["assess.pending_heading"]) ==\n"
        for result in pending.sorted(by: { ($0.dueDate ?? .init(ordinal: 0)) < ($1.dueDate ?? .init(ordinal: 0)) }) {
            let rule = law.rule(for: result)
            let item = result.item.map { " [\($0)]" } ?? ""
            out += "  … \(rule.id) \(language.ruleTitle(rule))\(item)\n"
            if let due = result.dueDate { out += "      \(m["assess.due"]): \(language.date(due))\n" }
            if let remedy = result.remedy { out += "      \(m["assess.to_do"]): \(remedy)\n" }
            out += "      \(m["assess.law"]): \(language.citation(rule.citation, in: law.sources, flagsMissingArticle: true))\n"
        }
        return out
    }

    static func describe(_ finding: RuleResult, law: Law, language: ReportLanguage = .english) -> String {
        let m = language.messages
        let rule = law.rule(for: finding)
        var out = ""
        let item = finding.item.map { " [\($0)]" } ?? ""
        let status = finding.status == .verified ? "" : " [\(language.status(finding.status))]"
        out += "  \(language.severity(rule.severity).uppercased()) \(rule.id) \(language.ruleTitle(rule))\(item)\(status)\n"
        if let message = finding.message { out += "      \(message)\n" }
        if let lawDate = finding.lawDate { out += "      " + m("assess.judged_by", ["date": language.date(lawDate)]) + "\n" }
        out += "      \(m["assess.law"]): \(language.citation(rule.citation, in: law.sources, flagsMissingArticle: true))\n"
        if let link = rule.citation.link(in: law.sources) { out += "           \(link)\n" }
        let wording = SanctionWording(language: language), penalties = PenaltyWording(language: language)
        for group in wording.groups(finding.sanctions) {
            out += "      " + m("assess.sanctions_on", ["persons": group.label]) + ":\n"
            for sanction in group.sanctions {
                let status = sanction.status == .verified ? "" : " [\(language.status(sanction.status))]"
                out += "        \(wording.prefix(sanction))\(penalties.heading(sanction, law: law)) (\(language.sanctionTitle(sanction.sanctionID, sanction.title)))\(status)\(wording.basis(sanction))\n"
                if let note = wording.subjectNote(sanction) { out += "          \(note)\n" }
                for line in penalties.lines(sanction, law: law, lawDate: finding.lawDate) { out += "          - \(line)\n" }
            }
        }
        if let conversion = wording.conversion(finding.sanctions) { out += "      (\(conversion))\n" }
        if let consequence = language.consequence(rule) { out += "      \(m["assess.consequence"]): \(consequence)\n" }
        if let remedy = finding.remedy { out += "      \(m["assess.remedy"]): \(remedy)\n" }
        if let note = language.note(rule), finding.status != .verified { out += "      \(m["assess.note"]): \(note)\n" }
        return out
    }
}

extension String {
    func padding(to width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }
}
