/// The JSON Schema (2020-12) of a case file, derived from a law's fact schema, areas and rules,
/// so that an editor (yaml-language-server) completes and checks facts as the author types.
public enum CaseSchema {
    public static let dialect = "https://json-schema.org/draft/2020-12/schema"

    public static func schema(for law: Law) -> JSONTree {
        let ruleIDs = uniqueRuleIDs(law)
        let outcomes = Outcome.allCases.map(\.rawValue)
        var definitions: [(String, JSONTree)] = []
        let facts = factsObject(law.schema.facts, prefix: "", definitions: &definitions)
        definitions.sort { $0.0 < $1.0 }
        let scoreNames = ["risk", "enabling"] + law.areas.map(\.id)
        let ruleList: JSONTree = .object([("type", .string("array")), ("items", .object([("enum", .strings(ruleIDs))]))])
        let expect: JSONTree = .object([
            ("description", .string("What `civiclex test` checks against the assessment.")),
            ("type", .string("object")),
            ("properties", .object([
                ("violations", described("Rules with at least one violation.", ruleList)),
                ("absent", described("Rules with no violation.", ruleList)),
                ("outcomes", .object([
                    ("description", .string("Worst outcome of each rule over its items.")),
                    ("type", .string("object")),
                    ("propertyNames", .object([("enum", .strings(ruleIDs))])),
                    ("additionalProperties", .object([("enum", .strings(outcomes))])),
                ])),
                ("missing", .object([
                    ("description", .string("Facts an undetermined rule must name as missing.")),
                    ("type", .string("object")),
                    ("propertyNames", .object([("enum", .strings(ruleIDs))])),
                    ("additionalProperties", stringOrList(nil)),
                ])),
                ("sanctions", .object([
                    ("description", .string("Sanctions a violated rule must list: ids, or {sanction id: fine in tenge}.")),
                    ("type", .string("object")),
                    ("propertyNames", .object([("enum", .strings(ruleIDs))])),
                    ("additionalProperties", .object([("anyOf", .array([
                        stringOrList(law.sanctions.keys.sorted()),
                        .object([
                            ("type", .string("object")),
                            ("propertyNames", .object([("enum", .strings(law.sanctions.keys.sorted()))])),
                            ("additionalProperties", .object([("type", .string("number")), ("minimum", .integer(0))])),
                        ]),
                    ]))])),
                ])),
                ("due", .object([
                    ("description", .string("Deadlines a pending rule must give.")),
                    ("type", .string("object")),
                    ("propertyNames", .object([("enum", .strings(ruleIDs))])),
                    ("additionalProperties", dateSchema),
                ])),
                ("scores", .object([
                    ("description", .string("Score ranges: risk, enabling, or an area's enabling score.")),
                    ("type", .string("object")),
                    ("propertyNames", .object([("enum", .strings(scoreNames))])),
                    ("additionalProperties", .object([
                        ("type", .string("object")),
                        ("properties", .object([("min", .object([("type", .string("number"))])), ("max", .object([("type", .string("number"))]))])),
                        ("additionalProperties", .bool(false)),
                    ])),
                ])),
            ])),
            ("additionalProperties", .bool(false)),
        ])
        let header: JSONTree = .object([
            ("description", .string("The case: its id, title and date of assessment.")),
            ("type", .string("object")),
            ("properties", .object([
                ("id", described("Identifier of the case, unique in a batch.", .object([("type", .string("string"))]))),
                ("title", described("One line saying what the scenario is.", .object([("type", .string("string"))]))),
                ("as_of", described("Date of assessment (YYYY-MM-DD).", dateSchema)),
                ("areas", described(
                    "Areas to assess; rules of other areas are not_applicable. All areas when omitted.",
                    .object([("type", .string("array")), ("items", .object([("enum", .strings(law.areas.map(\.id)))]))]))),
                ("notes", described("Free text for the reader.", .object([("type", .string("string"))]))),
            ])),
            ("required", .strings(["as_of"])),
            ("additionalProperties", .bool(false)),
        ])
        return .object([
            ("$schema", .string(dialect)),
            ("$id", .string("https://civiclex.invalid/schema/case.schema.json")),
            ("title", .string("CivicLex case (\(law.editionDescription))")),
            ("description", .string("A scenario assessed by `civiclex assess`. Generated by `civiclex schema case` from the rule set's facts; regenerate it when the facts change.")),
            ("type", .string("object")),
            ("properties", .object([("case", header), ("facts", facts), ("expect", expect)])),
            ("required", .strings(["case"])),
            ("additionalProperties", .bool(false)),
            ("$defs", .object(definitions)),
        ])
    }

    static let dateSchema: JSONTree = .object([
        ("type", .string("string")), ("format", .string("date")), ("pattern", .string("^[0-9]{4}-[0-9]{2}-[0-9]{2}$")),
    ])

    static func described(_ text: String, _ schema: JSONTree) -> JSONTree {
        guard case .object(let members) = schema else { return schema }
        return .object([("description", .string(text))] + members)
    }

    private static func stringOrList(_ values: [String]?) -> JSONTree {
        let item: JSONTree = values.map { .object([("enum", .strings($0))]) } ?? .object([("type", .string("string"))])
        return .object([("anyOf", .array([item, .object([("type", .string("array")), ("items", item)])]))])
    }

    static func uniqueRuleIDs(_ law: Law) -> [String] {
        var seen = Set<String>()
        return law.rules.map(\.id).filter { seen.insert($0).inserted }
    }

    /// Facts may be written with dotted keys (`org.legal_form:`) or as nested mappings
    /// (`org: {legal_form: …}`), as the case loader accepts; each nested prefix is a `$defs` entry.
    private static func factsObject(_ facts: [FactDefinition], prefix: String, definitions: inout [(String, JSONTree)]) -> JSONTree {
        var properties: [(String, JSONTree)] = []
        var prefixesDone = Set<String>()
        let under = prefix.isEmpty ? facts : facts.filter { $0.name.hasPrefix(prefix + ".") }
        for fact in under {
            let remainder = prefix.isEmpty ? fact.name : String(fact.name.dropFirst(prefix.count + 1))
            properties.append((remainder, factSchema(fact)))
            let components = remainder.split(separator: ".")
            for length in stride(from: 1, to: components.count, by: 1) {
                let key = components.prefix(length).joined(separator: ".")
                let full = prefix.isEmpty ? key : prefix + "." + key
                guard prefixesDone.insert(key).inserted else { continue }
                let name = "facts." + full
                if !definitions.contains(where: { $0.0 == name }) {
                    definitions.append((name, .null))
                    let nested = factsObject(facts, prefix: full, definitions: &definitions)
                    if let index = definitions.firstIndex(where: { $0.0 == name }) { definitions[index].1 = nested }
                }
                properties.append((key, .object([("$ref", .string("#/$defs/" + name))])))
            }
        }
        properties.sort { $0.0 < $1.0 }
        let description = prefix.isEmpty
            ? "Facts of the scenario, typed by the rule set's fact schema. A fact left out is unknown, never assumed."
            : "Facts under `\(prefix)`."
        return .object([
            ("description", .string(description)),
            ("type", .string("object")),
            ("properties", .object(properties)),
            ("additionalProperties", .bool(false)),
        ])
    }

    /// One fact: its type, allowed values and description. `null` (an empty value) is allowed
    /// and means unknown, as in the case loader.
    static func factSchema(_ fact: FactDefinition) -> JSONTree {
        var members: [(String, JSONTree)] = []
        var description = FactText.oneLine(fact.description)
        if let unit = fact.unit { description += description.isEmpty ? "Unit: \(unit)." : " Unit: \(unit)." }
        if let essential = fact.essential { description += " Every case should state it: " + FactText.oneLine(essential) }
        if !description.isEmpty { members.append(("description", .string(description))) }
        members += typeSchema(fact.type, bounds: fact.bounds, nullable: true)
        return .object(members)
    }

    static func typeSchema(_ type: ValueType, bounds: NumericBounds, nullable: Bool) -> [(String, JSONTree)] {
        func typed(_ name: String) -> JSONTree { nullable ? .strings([name, "null"]) : .string(name) }
        let range = (bounds.minimum.map { [("minimum", JSONTree.number($0))] } ?? []) + (bounds.maximum.map { [("maximum", JSONTree.number($0))] } ?? [])
        switch type {
        case .bool: return [("type", typed("boolean"))]
        case .integer: return [("type", typed("integer"))] + range
        case .decimal, .money: return [("type", typed("number"))] + range
        case .date: return [("type", typed("string")), ("format", .string("date")), ("pattern", .string("^[0-9]{4}-[0-9]{2}-[0-9]{2}$"))]
        case .string: return [("type", typed("string"))]
        case .enumeration(let enumType): return [("enum", .array(enumType.values.map(JSONTree.string) + (nullable ? [.null] : [])))]
        case .list(let element): return [("type", typed("array")), ("items", .object(typeSchema(element, bounds: .none, nullable: false)))]
        case .record(let record):
            let fields = record.fields.map { field in (field.name, factSchema(field)) }
            return [("type", .string("object")), ("properties", .object(fields)), ("additionalProperties", .bool(false))]
        }
    }
}

/// Fact descriptions as one line (they are often folded YAML blocks).
enum FactText {
    static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: { $0 == "\n" || $0 == " " }).joined(separator: " ")
    }
}
