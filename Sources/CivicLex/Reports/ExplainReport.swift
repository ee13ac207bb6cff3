/// The plain-language trace of one rule on one case (`civiclex explain`).
public enum ExplainReport {
    public static func render(_ assessment: Assessment, rule: Rule, law: Law) -> String {
        var out = "\(rule.id) \(rule.title)\n"
        // A rule an amendment replaced has one version per period, each with its own citation.
        let versions = law.rules.filter { $0.id == rule.id }
        for version in versions.isEmpty ? [rule] : versions {
            out += "  law: \(version.citation.formatted(in: law.sources))"
            if let link = version.citation.link(in: law.sources) { out += " — \(link)" }
            out += "\n  in force: \(version.inForceFrom)\(version.inForceTo.map { " to \($0)" } ?? " onwards"); status: \(version.status.rawValue)\n"
            if let note = version.note { out += "  note: \(note)\n" }
        }
        let parameterNames = Set(
            ([rule.violation] + [rule.applies, rule.at].compactMap { $0 }).flatMap(\.references).filter { $0.hasPrefix("param.") })
        for result in assessment.results(of: rule.id) {
            out += "\n"
            out += result.item.map { "Item \($0): " } ?? "Case: "
            out += result.outcome.rawValue.uppercased()
            if let lawDate = result.lawDate { out += ", judged by the law in force on \(lawDate)" }
            out += "\n"
            if versions.count > 1 { out += "  under: \(law.rule(for: result).citation.formatted(in: law.sources))\n" }
            if let reason = result.reason { out += "  because \(reason)\n" }
            if let due = result.dueDate { out += "  due: \(due)\(result.outcome == .pending ? " (after the assessment date: not yet a violation)" : "")\n" }
            if let lawDate = result.lawDate {
                for name in parameterNames.sorted() {
                    guard let parameter = law.parameter(String(name.dropFirst("param.".count))) else { continue }
                    let value = parameter.value(on: lawDate)
                    let source = (value?.citation ?? parameter.citation).map { " (\($0.formatted(in: law.sources)))" } ?? ""
                    out += "  \(name) on \(lawDate) = \(Formatting.value(value?.value, type: parameter.type))\(source)\n"
                }
            }
            // A node is traced each time it is evaluated (a wrapper may record it again, a
            // loop once per element with the same value); show each line of a part once.
            var lastPart = ""
            var shown = Set<String>()
            for step in result.trace {
                if step.part != lastPart {
                    out += "  \(step.part):\n"
                    lastPart = step.part
                }
                guard shown.insert("\(step.part)\u{0}\(step.expression)\u{0}\(step.value)").inserted else { continue }
                out += "    \(step.expression)  =>  \(step.value)\n"
            }
            if !result.missingFacts.isEmpty { out += "  missing facts: \(result.missingFacts.joined(separator: ", "))\n" }
            if let message = result.message { out += "  finding: \(message)\n" }
            for sanction in result.sanctions {
                let whom = sanction.liable.map { " on \($0.phrase)" } ?? ""
                out += "  sanction\(whom): \(SanctionWording.english.prefix(sanction))\(sanction.heading)\(SanctionWording.english.basis(sanction)): \(sanction.lines.joined(separator: "; "))\n"
            }
            if let remedy = result.remedy { out += "  remedy: \(remedy)\n" }
        }
        return out
    }
}
