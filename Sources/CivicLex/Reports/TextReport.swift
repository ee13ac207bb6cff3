/// The readable report of `civiclex assess`: findings by area and severity, each with its
/// article, sanction and remedy, then the scores.
public enum TextReport {
    public static func render(_ assessment: Assessment, law: Law) -> String {
        var out = ""
        out += "CivicLex assessment: \(assessment.title.isEmpty ? assessment.caseID : assessment.title)\n"
        out += "Case \(assessment.caseID) (\(assessment.path)), assessed as of \(assessment.asOf); rules: \(law.name)\n"
        let findings = assessment.findings
        let violations = findings.filter { $0.outcome == .violation }
        let unknowns = findings.filter { $0.outcome == .undetermined }
        let pending = assessment.results.filter { $0.outcome == .pending }
        out += "\n\(violations.count) violation\(violations.count == 1 ? "" : "s"), \(unknowns.count) undetermined"
        out += pending.isEmpty ? "\n" : ", \(pending.count) pending\n"
        for area in law.areas {
            let areaFindings = violations.filter { law.rule(for: $0).area == area.id }
                .sorted { law.rule(for: $0).severity > law.rule(for: $1).severity }
            guard !areaFindings.isEmpty else { continue }
            out += "\n== \(area.title) ==\n"
            for finding in areaFindings { out += describe(finding, law: law) }
        }
        if !unknowns.isEmpty {
            out += "\n== Undetermined (facts missing; not assumed compliant) ==\n"
            for finding in unknowns {
                let rule = law.rule(for: finding)
                let item = finding.item.map { " [\($0)]" } ?? ""
                out += "  ? \(rule.id) \(rule.title)\(item)\n"
                if !finding.missingFacts.isEmpty { out += "      needs: \(finding.missingFacts.joined(separator: ", "))\n" }
                if let reason = finding.reason { out += "      \(reason)\n" }
                out += "      law: \(rule.citation.formatted(in: law.sources, flagsMissingArticle: true))\n"
            }
        }
        if !pending.isEmpty { out += describePending(pending, law: law) }
        out += "\n== Scores ==\n"
        out += "  Scenario risk: \(Formatting.score(assessment.risk.score))/100 (\(assessment.risk.band))\n"
        let enabling = assessment.enabling
        out += "  Enabling environment of the law in force on \(enabling.date): "
        out += enabling.overall.map { "\(Formatting.score($0))/100 (\(enabling.band))" } ?? "not scored"
        out += "\n"
        for area in enabling.areas {
            let score = area.score.map { "\(Formatting.score($0))/100" } ?? "not scored"
            out += "    \(area.title.padding(to: 28)) \(score.padding(to: 10)) \(area.band)\n"
        }
        let unverified = violations.filter { $0.status != .verified }
        if !unverified.isEmpty {
            out += "\n! Findings marked [\(VerificationStatus.partly.rawValue)] or [\(VerificationStatus.unverified.rawValue)] rest on secondary or unconfirmed sources; check the primary text before relying on them.\n"
        }
        return out
    }

    /// Obligations not yet due on the assessment date: no risk, but a date to keep.
    static func describePending(_ pending: [RuleResult], law: Law) -> String {
        var out = "\n== Pending (deadline after the assessment date; not a violation) ==\n"
        for result in pending.sorted(by: { ($0.dueDate ?? .init(ordinal: 0)) < ($1.dueDate ?? .init(ordinal: 0)) }) {
            let rule = law.rule(for: result)
            let item = result.item.map { " [\($0)]" } ?? ""
            out += "  … \(rule.id) \(rule.title)\(item)\n"
            if let due = result.dueDate { out += "      due: \(due)\n" }
            if let remedy = result.remedy { out += "      to do: \(remedy)\n" }
            out += "      law: \(rule.citation.formatted(in: law.sources, flagsMissingArticle: true))\n"
        }
        return out
    }

    static func describe(_ finding: RuleResult, law: Law) -> String {
        let rule = law.rule(for: finding)
        var out = ""
        let item = finding.item.map { " [\($0)]" } ?? ""
        let status = finding.status == .verified ? "" : " [\(finding.status.rawValue)]"
        out += "  \(rule.severity.rawValue.uppercased()) \(rule.id) \(rule.title)\(item)\(status)\n"
        if let message = finding.message { out += "      \(message)\n" }
        if let lawDate = finding.lawDate { out += "      judged by the law in force on \(lawDate)\n" }
        out += "      law: \(rule.citation.formatted(in: law.sources, flagsMissingArticle: true))\n"
        if let link = rule.citation.link(in: law.sources) { out += "           \(link)\n" }
        for group in SanctionWording.groups(finding.sanctions) {
            out += "      sanctions on \(group.label):\n"
            for sanction in group.sanctions {
                let status = sanction.status == .verified ? "" : " [\(sanction.status.rawValue)]"
                out += "        \(SanctionWording.prefix(sanction))\(sanction.heading) (\(sanction.title))\(status)\(SanctionWording.basis(sanction))\n"
                if let note = SanctionWording.subjectNote(sanction) { out += "          \(note)\n" }
                for line in sanction.lines { out += "          - \(line)\n" }
            }
        }
        if let conversion = SanctionWording.conversion(finding.sanctions) { out += "      (\(conversion))\n" }
        if let consequence = rule.consequence { out += "      consequence: \(consequence)\n" }
        if let remedy = finding.remedy { out += "      remedy: \(remedy)\n" }
        if let note = rule.note, finding.status != .verified { out += "      note: \(note)\n" }
        return out
    }
}

extension String {
    func padding(to width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }
}
