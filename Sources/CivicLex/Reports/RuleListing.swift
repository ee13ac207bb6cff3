/// `civiclex rules`: the list of rules, and one rule with everything it reads.
public enum RuleListing {
    /// One line a rule (and a line for its citation), worded in `language` where the law has
    /// the texts; ids, areas' ids and expressions stay as written.
    public static func table(_ rules: [Rule], law: Law, language: ReportLanguage = .english) -> String {
        let m = language.messages
        guard !rules.isEmpty else { return m["rules.none"] + "\n" }
        let idWidth = max(4, m["rules.header.id"].count, rules.map(\.id.count).max() ?? 0) + 2
        let areaWidth = max(4, m["rules.header.area"].count, rules.map(\.area.count).max() ?? 0) + 2
        // "unverified" (10) fits every English status; other languages' words may be longer.
        let statusWidth = max(10, m["rules.header.status"].count, rules.map { language.status($0.status).count }.max() ?? 0) + 2
        var out = m["rules.header.id"].padding(to: idWidth) + m["rules.header.area"].padding(to: areaWidth)
        out += m["rules.header.status"].padding(to: statusWidth) + m["rules.header.in_force"].padding(to: 26) + m["rules.header.title_citation"] + "\n"
        for rule in rules {
            let period = "\(language.date(rule.inForceFrom)) … \(rule.inForceTo.map(language.date) ?? "")"
            out += rule.id.padding(to: idWidth) + rule.area.padding(to: areaWidth)
            out += language.status(rule.status).padding(to: statusWidth) + period.padding(to: 26) + language.ruleTitle(rule) + "\n"
            out += String(repeating: " ", count: idWidth + areaWidth + statusWidth + 26) + language.citation(rule.citation, in: law.sources, flagsMissingArticle: true) + "\n"
        }
        let distinct = Set(rules.map(\.id)).count
        out += m.plural("rules.count", count: distinct, ["count": String(distinct)])
        if distinct != rules.count { out += m.plural("rules.versions", count: rules.count, ["count": String(rules.count)]) }
        return out + "\n"
    }

    /// Every version of one rule: its conditions, the facts and parameters it reads, what follows a breach.
    public static func detail(_ versions: [Rule], law: Law, language: ReportLanguage = .english) -> String {
        let m = language.messages
        func value(_ value: Value, _ type: ValueType) -> String {
            language.isEnglish ? Formatting.value(value, type: type) : language.value(value, type: type)
        }
        func sanctionName(_ id: String) -> String { law.sanctions[id].map { "\(language.sanctionHeading($0)) (\(id))" } ?? id }
        var out = ""
        for rule in versions {
            if !out.isEmpty { out += "\n" }
            out += "\(rule.id) \(language.ruleTitle(rule))\n"
            let area = language.isEnglish ? rule.area : law.area(rule.area).map { "\(language.areaTitle($0.id, $0.title)) (\(rule.area))" } ?? rule.area
            out += "  " + m("rules.detail.area", ["area": area, "severity": language.severity(rule.severity), "status": language.status(rule.status)]) + "\n"
            let until = rule.inForceTo.map { m("explain.until", ["date": language.date($0)]) } ?? m["explain.onwards"]
            out += "  " + m("rules.detail.in_force", ["from": language.date(rule.inForceFrom), "until": until]) + "\n"
            out += "  " + m("rules.detail.law", ["citation": language.citation(rule.citation, in: law.sources, flagsMissingArticle: true)])
            if let link = rule.citation.link(in: law.sources) { out += " — \(link)" }
            out += "\n"
            if !rule.bindings.isEmpty { out += "  " + m("rules.detail.binds", ["bindings": rule.bindings.map(language.binding).joined(separator: "; ")]) + "\n" }
            if let iteration = rule.iteration { out += "  " + m("rules.detail.for_each", ["list": iteration.listPath, "variable": iteration.variable]) + "\n" }
            if let at = rule.at { out += "  " + m("rules.detail.judged_by", ["expression": at.source]) + "\n" }
            if let applies = rule.applies { out += "  " + m("rules.detail.applies", ["expression": applies.source]) + "\n" }
            out += "  " + m("rules.detail.violation", ["expression": rule.violation.source]) + "\n"
            if let due = rule.due { out += "  " + m("rules.detail.due", ["expression": due.source]) + "\n" }
            out += "  " + m["rules.detail.facts_read"] + "\n"
            for path in rule.factReferences {
                out += "    \(path)" + (describe(path, law: law, language: language).map { " — \($0)" } ?? "") + "\n"
            }
            let parameters = rule.parametersRead
            if !parameters.isEmpty {
                out += "  " + m["rules.detail.parameters_read"] + "\n"
                for name in parameters {
                    guard let parameter = law.parameter(name) else { continue }
                    out += "    param.\(name) — \(FactText.oneLine(language.parameterDescription(parameter)))\n"
                    for dated in parameter.values {
                        let period = "\(language.date(dated.from)) … \(dated.to.map(language.date) ?? "")"
                        out += "      \(period): \(value(dated.value, parameter.type))\(dated.status == .verified ? "" : " [\(language.status(dated.status))]")\n"
                    }
                }
            }
            if !rule.sanctions.isEmpty {
                out += "  " + m["rules.detail.sanctions"] + "\n"
                for reference in rule.sanctions {
                    out += "    \(sanctionName(reference.sanctionID))" + (reference.liable.map { m("explain.on", ["whom": m("liable." + $0.rawValue)]) } ?? "")
                    out += (reference.condition.map { m("rules.detail.if", ["condition": language.sanctionCondition($0)]) } ?? "")
                    out += (reference.repeatID.map { m("rules.detail.on_repeat", ["sanction": sanctionName($0)]) } ?? "")
                    out += (reference.repeatWhen.map { "; " + m("rules.detail.repeat_when", ["expression": $0.source]) } ?? "") + "\n"
                }
            }
            if let repeatOffence = rule.repeatOffence {
                out += "  " + m("rules.detail.repeat_when", ["expression": repeatOffence.when.source]) + (repeatOffence.sanctions.isEmpty ? "" : " → \(repeatOffence.sanctions.joined(separator: ", "))") + "\n"
            }
            if let consequence = language.consequence(rule) { out += "  " + m("rules.detail.consequence", ["text": consequence]) + "\n" }
            if let note = language.note(rule) { out += "  " + m("rules.detail.note", ["text": FactText.oneLine(note)]) + "\n" }
        }
        return out
    }

    /// "one of a, b: description" for a fact path or list field.
    static func describe(_ path: String, law: Law, language: ReportLanguage = .english) -> String? {
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
        return "\(language.factKind(definition.type)): \(FactText.oneLine(language.factDescription(path, definition.description)))"
    }
}
