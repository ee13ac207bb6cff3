/// A case skeleton (`civiclex new`): every fact the chosen areas' rules read, empty (unknown)
/// and commented with its description and allowed values, so that it loads as printed.
public enum CaseTemplate {
    public static func render(law: Law, areas: [String]?, asOf: Day, schemaPath: String?, language: ReportLanguage = .english) -> String {
        let m = language.messages
        let rules = law.rules.filter { areas?.contains($0.area) ?? true }
        var read = Set<String>()
        for rule in rules { read.formUnion(rule.factReferences) }
        // The facts every case should state, whichever rules it is for.
        read.formUnion(law.schema.facts.filter { $0.essential != nil }.map(\.name))
        var out = ""
        if let schemaPath { out += "# yaml-language-server: $schema=\(schemaPath)\n" }
        out += "# " + m("new.header", ["edition": language.edition(law)]) + "\n"
        for key in ["new.fill_in", "new.fill_in_2", "new.items", "new.items_2"] { out += "# " + m[key] + "\n" }
        out += "case:\n  id: new-case\n  title: \"\"\n  as_of: \(asOf)\n"
        if let areas { out += "  areas: [\(areas.joined(separator: ", "))]\n" }
        out += "facts:\n"
        for fact in law.schema.facts where read.contains(fact.name) {
            out += comment(for: fact, path: fact.name, indent: "  ", language: language)
            guard case .list(.record(let record)) = fact.type else {
                out += "  \(fact.name):\n"
                continue
            }
            let fields = record.fields.filter { read.contains("\(fact.name)[].\($0.name)") }
            out += "  \(fact.name):\n"
            for (index, field) in fields.enumerated() {
                out += comment(for: field, path: "\(fact.name)[].\(field.name)", indent: "      ", language: language)
                out += (index == 0 ? "    - " : "      ") + "\(field.name):\n"
            }
        }
        let ruleIDs = CaseSchema.uniqueRuleIDs(law).filter { id in rules.contains { $0.id == id } }
        out += "# expect:            # " + m["new.expect"] + "\n"
        out += "#   violations: []   # " + m("new.expect_violations", ["rules": ruleIDs.prefix(4).joined(separator: ", ") + (ruleIDs.count > 4 ? ", …" : "")]) + "\n"
        return out
    }

    /// `# description (type; one of: a, b)` wrapped to about 90 columns.
    static func comment(for fact: FactDefinition, path: String, indent: String, language: ReportLanguage) -> String {
        let m = language.messages
        var kind: String
        switch fact.type {
        case .enumeration(let enumType): kind = m("new.kind.one_of", ["values": enumType.values.joined(separator: ", ")])
        case .list: kind = m["new.kind.list"]
        case .date: kind = m["new.kind.date"]
        case .bool: kind = m["new.kind.bool"]
        default: kind = language.factKind(fact.type)
        }
        if let unit = fact.unit { kind += m("new.kind.unit", ["unit": language.isEnglish ? unit : language.unitName(unit) ?? unit]) }
        // As it is typed in a case, in any language: no thousands separator (a year reads `2015`, not `2,015`).
        if let minimum = fact.minimum { kind += m("new.kind.minimum", ["minimum": NumericBounds.written(minimum)]) }
        if let maximum = fact.maximum { kind += m("new.kind.maximum", ["maximum": NumericBounds.written(maximum)]) }
        var text = FactText.oneLine(language.factDescription(path, fact.description)) + " (\(kind))"
        if let essential = fact.essential { text += m("new.essential", ["text": FactText.oneLine(language.factEssential(path, essential))]) }
        var lines: [String] = [], line = ""
        for word in text.split(separator: " ") {
            if !line.isEmpty, line.count + word.count + 1 > 88 - indent.count {
                lines.append(line)
                line = ""
            }
            line += (line.isEmpty ? "" : " ") + word
        }
        if !line.isEmpty { lines.append(line) }
        return lines.map { "\(indent)# \($0)\n" }.joined()
    }
}
