/// `civiclex rules`: the list of rules, and one rule with everything it reads.
public enum RuleListing {
    public static func table(_ rules: [Rule], law: Law) -> String {
        guard !rules.isEmpty else { return "No rules.\n" }
        let idWidth = max(4, rules.map(\.id.count).max() ?? 0) + 2
        let areaWidth = max(4, rules.map(\.area.count).max() ?? 0) + 2
        var out = "ID".padding(toLength: idWidth, withPad: " ", startingAt: 0) + "AREA".padding(toLength: areaWidth, withPad: " ", startingAt: 0)
        out += "STATUS      IN FORCE                  TITLE / CITATION\n"
        for rule in rules {
            let period = "\(rule.inForceFrom) … \(rule.inForceTo.map(\.description) ?? "")"
            out += rule.id.padding(toLength: idWidth, withPad: " ", startingAt: 0) + rule.area.padding(toLength: areaWidth, withPad: " ", startingAt: 0)
            out += rule.status.rawValue.padding(toLength: 12, withPad: " ", startingAt: 0) + period.padding(toLength: 26, withPad: " ", startingAt: 0) + rule.title + "\n"
            out += String(repeating: " ", count: idWidth + areaWidth + 38) + rule.citation.formatted(in: law.sources, flagsMissingArticle: true) + "\n"
        }
        let distinct = Set(rules.map(\.id)).count
        out += "\(distinct) rule\(distinct == 1 ? "" : "s")" + (distinct != rules.count ? " (\(rules.count) versions)" : "") + "\n"
        return out
    }

    /// Every version of one rule: its conditions, the facts and parameters it reads, what follows a breach.
    public static func detail(_ versions: [Rule], law: Law) -> String {
        var out = ""
        for rule in versions {
            if !out.isEmpty { out += "\n" }
            out += "\(rule.id) \(rule.title)\n"
            out += "  area: \(rule.area); severity: \(rule.severity.rawValue); status: \(rule.status.rawValue)\n"
            out += "  in force: \(rule.inForceFrom)\(rule.inForceTo.map { " to \($0)" } ?? " onwards")\n"
            out += "  law: \(rule.citation.formatted(in: law.sources, flagsMissingArticle: true))"
            if let link = rule.citation.link(in: law.sources) { out += " — \(link)" }
            out += "\n"
            if !rule.bindings.isEmpty { out += "  binds: " + rule.bindings.map(\.summary).joined(separator: "; ") + " (anyone else: not applicable)\n" }
            if let iteration = rule.iteration { out += "  for each: \(iteration.listPath) as \(iteration.variable)\n" }
            if let at = rule.at { out += "  judged by the law of: \(at.source)\n" }
            if let applies = rule.applies { out += "  applies: \(applies.source)\n" }
            out += "  violation: \(rule.violation.source)\n"
            if let due = rule.due { out += "  due: \(due.source) (pending until then)\n" }
            out += "  facts read:\n"
            for path in rule.factReferences {
                out += "    \(path)" + (describe(path, law: law).map { " — \($0)" } ?? "") + "\n"
            }
            let parameters = rule.parametersRead
            if !parameters.isEmpty {
                out += "  parameters read:\n"
                for name in parameters {
                    guard let parameter = law.parameter(name) else { continue }
                    out += "    param.\(name) — \(FactText.oneLine(parameter.description))\n"
                    for value in parameter.values {
                        let period = "\(value.from) … \(value.to.map(\.description) ?? "")"
                        out += "      \(period): \(Formatting.value(value.value, type: parameter.type))\(value.status == .verified ? "" : " [\(value.status.rawValue)]")\n"
                    }
                }
            }
            if !rule.sanctions.isEmpty {
                out += "  sanctions:\n"
                for reference in rule.sanctions {
                    func name(_ id: String) -> String { law.sanctions[id].map { "\($0.heading) (\(id))" } ?? id }
                    out += "    \(name(reference.sanctionID))" + (reference.liable.map { " on \($0.phrase)" } ?? "")
                    out += (reference.condition.map { ", if \($0)" } ?? "") + (reference.repeatID.map { "; on a repeat: \(name($0))" } ?? "") + "\n"
                }
            }
            if let repeatOffence = rule.repeatOffence {
                out += "  a repeat when: \(repeatOffence.when.source)" + (repeatOffence.sanctions.isEmpty ? "" : " → \(repeatOffence.sanctions.joined(separator: ", "))") + "\n"
            }
            if let consequence = rule.consequence { out += "  consequence: \(consequence)\n" }
            if let note = rule.note { out += "  note: \(FactText.oneLine(note))\n" }
        }
        return out
    }

    /// "enum: a, b — description" for a fact path or list field.
    static func describe(_ path: String, law: Law) -> String? {
        let definition: FactDefinition?
        if let bracket = path.range(of: "[].") {
            let list = String(path[..<bracket.lowerBound]), field = String(path[bracket.upperBound...])
            if case .list(.record(let record))? = law.schema.definition(of: list)?.type {
                definition = record.fields.first { $0.name == field }
            } else {
                definition = nil
            }
        } else {
            definition = law.schema.definition(of: path)
        }
        guard let definition else { return nil }
        var kind = definition.type.description
        if case .enumeration(let enumType) = definition.type { kind = "one of " + enumType.values.joined(separator: ", ") }
        if case .list = definition.type { kind = "list" }
        return "\(kind): \(FactText.oneLine(definition.description))"
    }
}
