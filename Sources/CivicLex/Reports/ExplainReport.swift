/// The plain-language trace of one rule on one case (`civiclex explain`).
public enum ExplainReport {
    public static func render(_ assessment: Assessment, rule: Rule, law: Law, language: ReportLanguage = .english) -> String {
        let m = language.messages
        let wording = SanctionWording(language: language), penalties = PenaltyWording(language: language)
        var out = "\(rule.id) \(language.ruleTitle(rule))\n"
        // A rule an amendment replaced has one version per period, each with its own citation.
        let versions = law.rules.filter { $0.id == rule.id }
        for version in versions.isEmpty ? [rule] : versions {
            out += "  \(m["assess.law"]): \(language.citation(version.citation, in: law.sources))"
            if let link = version.citation.link(in: law.sources) { out += " — \(link)" }
            let until = version.inForceTo.map { m("explain.until", ["date": language.date($0)]) } ?? m["explain.onwards"]
            out += "\n  " + m("explain.in_force", ["from": language.date(version.inForceFrom), "until": until, "status": language.status(version.status)]) + "\n"
            if let note = language.note(version) { out += "  \(m["assess.note"]): \(note)\n" }
        }
        let parameterNames = Set(
            ([rule.violation] + [rule.applies, rule.at].compactMap { $0 }).flatMap(\.references).filter { $0.hasPrefix("param.") })
        for result in assessment.results(of: rule.id) {
            out += "\n"
            out += result.item.map { m("explain.item", ["item": $0]) } ?? m["explain.case"]
            out += m["explain.outcome." + result.outcome.rawValue]
            if let lawDate = result.lawDate { out += ", " + m("assess.judged_by", ["date": language.date(lawDate)]) }
            out += "\n"
            if versions.count > 1 { out += "  \(m["explain.under"]): \(language.citation(law.rule(for: result).citation, in: law.sources))\n" }
            if let reason = result.reason { out += "  " + m("explain.because", ["reason": reason]) + "\n" }
            if let due = result.dueDate { out += "  \(m["assess.due"]): \(language.date(due))\(result.outcome == .pending ? m["explain.not_yet"] : "")\n" }
            if let lawDate = result.lawDate {
                for name in parameterNames.sorted() {
                    guard let parameter = law.parameter(String(name.dropFirst("param.".count))) else { continue }
                    let value = parameter.value(on: lawDate)
                    let source = (value?.citation ?? parameter.citation).map { " (\(language.citation($0, in: law.sources)))" } ?? ""
                    let shown = language.isEnglish ? Formatting.value(value?.value, type: parameter.type) : language.value(value?.value, type: parameter.type)
                    out += "  " + m("explain.parameter", ["name": name, "date": language.date(lawDate), "value": shown]) + "\(source)\n"
                }
            }
            // A node is traced each time it is evaluated (a wrapper may record it again, a
            // loop once per element with the same value); show each line of a part once.
            var lastPart = ""
            var shown = Set<String>()
            for step in result.trace {
                if step.part != lastPart {
                    out += "  \(m["explain.part." + step.part]):\n"
                    lastPart = step.part
                }
                guard shown.insert("\(step.part)\u{0}\(step.expression)\u{0}\(step.value)").inserted else { continue }
                out += "    \(step.expression)  =>  \(step.isUnknown ? m["outcome.unknown"] : step.value)\n"
            }
            if !result.missingFacts.isEmpty { out += "  \(m["explain.missing_facts"]): \(result.missingFacts.joined(separator: ", "))\n" }
            if let message = result.message { out += "  \(m["explain.finding"]): \(message)\n" }
            for sanction in result.sanctions {
                let whom = sanction.liable.map { m("explain.on", ["whom": m("liable." + $0.rawValue)]) } ?? ""
                let lines = penalties.lines(sanction, law: law, lawDate: result.lawDate)
                out += "  \(m["explain.sanction"])\(whom): \(wording.prefix(sanction))\(penalties.heading(sanction, law: law))\(wording.basis(sanction)): \(lines.joined(separator: "; "))\n"
            }
            if let remedy = result.remedy { out += "  \(m["assess.remedy"]): \(remedy)\n" }
        }
        return out
    }
}
