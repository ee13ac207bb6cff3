/// A case skeleton (`civiclex new`): every fact the chosen areas' rules read, empty (unknown)
/// and commented with its description and allowed values, so that it loads as printed.
public enum CaseTemplate {
    public static func render(law: Law, areas: [String]?, asOf: Day, schemaPath: String?) -> String {
        let rules = law.rules.filter { areas?.contains($0.area) ?? true }
        var read = Set<String>()
        for rule in rules { read.formUnion(rule.factReferences) }
        // The facts every case should state, whichever rules it is for.
        read.formUnion(law.schema.facts.filter { $0.essential != nil }.map(\.name))
        var out = ""
        if let schemaPath { out += "# yaml-language-server: $schema=\(schemaPath)\n" }
        out += "# A new case for the rule set \(law.editionDescription).\n"
        out += "# Fill in what is known; a fact left empty is unknown (the rules that need it are\n"
        out += "# reported undetermined, never assumed compliant).\n"
        out += "# Each list item is one act (an assembly, a receipt): copy it for every further act,\n"
        out += "# and delete a list's item when there was no such act.\n"
        out += "case:\n  id: new-case\n  title: \"\"\n  as_of: \(asOf)\n"
        if let areas { out += "  areas: [\(areas.joined(separator: ", "))]\n" }
        out += "facts:\n"
        for fact in law.schema.facts where read.contains(fact.name) {
            out += comment(for: fact, indent: "  ")
            guard case .list(.record(let record)) = fact.type else {
                out += "  \(fact.name):\n"
                continue
            }
            let fields = record.fields.filter { read.contains("\(fact.name)[].\($0.name)") }
            out += "  \(fact.name):\n"
            for (index, field) in fields.enumerated() {
                out += comment(for: field, indent: "      ")
                out += (index == 0 ? "    - " : "      ") + "\(field.name):\n"
            }
        }
        let ruleIDs = CaseSchema.uniqueRuleIDs(law).filter { id in rules.contains { $0.id == id } }
        out += "# expect:            # what `civiclex test` checks, e.g.\n"
        out += "#   violations: []   # rules you expect violated: \(ruleIDs.prefix(4).joined(separator: ", "))\(ruleIDs.count > 4 ? ", …" : "")\n"
        return out
    }

    /// `# description (type; one of: a, b)` wrapped to about 90 columns.
    static func comment(for fact: FactDefinition, indent: String) -> String {
        var kind: String
        switch fact.type {
        case .enumeration(let enumType): kind = "one of: " + enumType.values.joined(separator: ", ")
        case .list: kind = "list; one item per entry"
        case .date: kind = "date, YYYY-MM-DD"
        case .bool: kind = "true or false"
        default: kind = fact.type.description
        }
        if let unit = fact.unit { kind += ", in \(unit)" }
        // As it is typed in a case: no thousands separator (a year reads `2015`, not `2,015`).
        if let minimum = fact.minimum { kind += ", at least \(minimum == minimum.rounded() && abs(minimum) < 1e15 ? String(Int(minimum)) : String(minimum))" }
        var text = FactText.oneLine(fact.description) + " (\(kind))"
        if let essential = fact.essential { text += " Every case should state it: " + FactText.oneLine(essential) }
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
