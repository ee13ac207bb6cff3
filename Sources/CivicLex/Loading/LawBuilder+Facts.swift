import YAMLSource

extension LawBuilder {
    static let typeNames = ["bool", "integer", "decimal", "money", "date", "string", "enum", "list"]

    mutating func loadFacts(sink: inout DiagnosticSink) {
        for (file, node) in sections("facts") {
            guard case .mapping(let mapping) = node else {
                sink.error("`facts` must map fact paths to their definitions", in: file, at: node.location)
                continue
            }
            for entry in mapping.entries {
                let path = entry.key.text
                guard define("fact", path, in: file, at: entry.key.range.start, sink: &sink) else { continue }
                if let definition = factDefinition(path, entry.value, file: file, allowList: true, sink: &sink) {
                    facts.append(definition)
                }
            }
        }
    }

    func factDefinition(_ name: String, _ node: YAMLNode, file: SourceFile, allowList: Bool, sink: inout DiagnosticSink) -> FactDefinition? {
        guard var reader = MappingReader.make(node, file: file, what: "fact `\(name)`", sink: &sink) else { return nil }
        guard let typeScalar = reader.scalar("type", sink: &sink) else {
            sink.error("fact `\(name)` is missing `type` (one of \(Self.typeNames.joined(separator: ", ")))", in: file, at: node.location)
            return nil
        }
        let description = reader.string("description", sink: &sink) ?? ""
        let unit = reader.string("unit", sink: &sink)
        let minimum = reader.number("min", sink: &sink)
        let maximum = reader.number("max", sink: &sink)
        if let minimum, let maximum, minimum > maximum {
            sink.error("fact `\(name)`: `min` \(Formatting.number(minimum)) is above `max` \(Formatting.number(maximum))", in: file, at: node.location)
        }
        let essential = reader.string("essential", sink: &sink)
        let unstated = reader.scalar("unstated", sink: &sink)
        var type: ValueType
        switch typeScalar.text {
        case "bool": type = .bool
        case "integer": type = .integer
        case "decimal": type = .decimal
        case "money": type = .money
        case "date": type = .date
        case "string": type = .string
        case "enum":
            guard let values = reader.stringList("values", sink: &sink), !values.isEmpty else {
                sink.error("enum fact `\(name)` needs `values`", in: file, at: node.location)
                return nil
            }
            type = .enumeration(EnumType(name: name, values: values.map(\.text)))
        case "list":
            guard allowList else {
                sink.error("lists inside list items are not supported", in: file, at: typeScalar.range.start)
                return nil
            }
            guard let fieldsNode = reader.node("fields"), case .mapping(let fieldMap) = fieldsNode else {
                sink.error("list fact `\(name)` needs `fields` (a mapping of field definitions)", in: file, at: node.location)
                return nil
            }
            var fields: [FactDefinition] = []
            for entry in fieldMap.entries {
                if fields.contains(where: { $0.name == entry.key.text }) {
                    sink.error("field `\(entry.key.text)` is defined twice", in: file, at: entry.key.range.start)
                    continue
                }
                if let field = factDefinition(entry.key.text, entry.value, file: file, allowList: false, sink: &sink) {
                    fields.append(field)
                }
            }
            type = .list(.record(RecordType(name: name, fields: fields)))
        default:
            sink.error(
                "unknown type `\(typeScalar.text)` (expected one of \(Self.typeNames.joined(separator: ", ")))"
                    + Suggestion.hint(for: typeScalar.text, in: Self.typeNames),
                in: file, at: typeScalar.range.start)
            return nil
        }
        reader.reportUnknownKeys(sink: &sink)
        var definition = FactDefinition(name: name, type: type, description: description, unit: unit, minimum: minimum, location: node.location, file: file.path)
        definition.essential = essential
        definition.maximum = maximum
        if let unstated {
            let isList = if case .list = type { true } else { false }
            switch unstated.text {
            case "unknown" where isList: definition.unstatedIsUnknown = true
            case "none" where isList: break
            case "unknown", "none": sink.error("`unstated` applies to list facts only", in: file, at: unstated.range.start)
            default: sink.error("`unstated` must be `none` (an unstated list describes no items) or `unknown`", in: file, at: unstated.range.start)
            }
        }
        return definition
    }

    mutating func loadSources(sink: inout DiagnosticSink) {
        for (file, node) in sections("sources") {
            guard case .mapping(let mapping) = node else {
                sink.error("`sources` must map source ids to sources", in: file, at: node.location)
                continue
            }
            for entry in mapping.entries {
                let id = entry.key.text
                guard define("source", id, in: file, at: entry.key.range.start, sink: &sink),
                      var reader = MappingReader.make(entry.value, file: file, what: "source `\(id)`", sink: &sink) else { continue }
                let title = reader.requiredString("title", sink: &sink) ?? id
                sources[id] = LegalSource(
                    id: id, title: title, number: reader.string("number", sink: &sink), adopted: reader.day("adopted", sink: &sink),
                    url: reader.string("url", sink: &sink), status: reader.status(sink: &sink), note: reader.string("note", sink: &sink))
                reader.reportUnknownKeys(sink: &sink)
            }
        }
    }
}
