import YAMLSource

extension LawBuilder {
    mutating func loadParameters(sink: inout DiagnosticSink) {
        for (file, node) in sections("parameters") {
            guard case .mapping(let mapping) = node else {
                sink.error("`parameters` must map parameter names to definitions", in: file, at: node.location)
                continue
            }
            for entry in mapping.entries {
                let name = entry.key.text
                guard define("parameter", name, in: file, at: entry.key.range.start, sink: &sink),
                      let parameter = parameter(name, entry.value, file: file, sink: &sink) else { continue }
                parameters.append(parameter)
            }
        }
    }

    private func parameter(_ name: String, _ node: YAMLNode, file: SourceFile, sink: inout DiagnosticSink) -> Parameter? {
        guard var reader = MappingReader.make(node, file: file, what: "parameter `\(name)`", sink: &sink) else { return nil }
        let description = reader.requiredString("description", sink: &sink) ?? ""
        let unit = reader.string("unit", sink: &sink)
        let citation = reader.node("source").flatMap { self.citation($0, file: file, sink: &sink) }
        let status = reader.status(sink: &sink)
        let declaredType = reader.scalar("type", sink: &sink)
        // A parameter may start empty (with a declared type) when only an amendment gives it values.
        guard let valuesNode = reader.node("values"), case .sequence(let sequence) = valuesNode, !sequence.items.isEmpty || declaredType != nil else {
            sink.error("parameter `\(name)` needs `values`: a list of {from, value}", in: file, at: node.location)
            return nil
        }
        reader.reportUnknownKeys(sink: &sink)
        var type: ValueType?
        if let declaredType {
            switch declaredType.text {
            case "bool": type = .bool
            case "integer": type = .integer
            case "decimal": type = .decimal
            case "money": type = .money
            case "date": type = .date
            case "string": type = .string
            case "list": type = .list(.string)
            default:
                sink.error("unknown parameter type `\(declaredType.text)`", in: file, at: declaredType.range.start)
                return nil
            }
        }
        var values: [Parameter.DatedValue] = []
        let decoder = ValueDecoder(file: file)
        for item in sequence.items {
            guard var itemReader = MappingReader.make(item, file: file, what: "value of `\(name)`", sink: &sink) else { continue }
            guard let from = itemReader.day("from", sink: &sink) else {
                if itemReader.node("from") == nil { sink.error("each value of `\(name)` needs `from`", in: file, at: item.location) }
                continue
            }
            let to = itemReader.day("to", sink: &sink)
            guard let valueNode = itemReader.node("value") else {
                sink.error("value of `\(name)` from \(from) has no `value`", in: file, at: item.location)
                continue
            }
            let resolvedType = type ?? Self.inferType(valueNode)
            type = resolvedType
            guard let value = decoder.decode(valueNode, as: resolvedType, name: name, label: name, sink: &sink) else { continue }
            let valueCitation = itemReader.node("source").flatMap { self.citation($0, file: file, sink: &sink) }
            values.append(Parameter.DatedValue(
                from: from, to: to, value: value, citation: valueCitation, status: itemReader.status(sink: &sink),
                note: itemReader.string("note", sink: &sink), location: item.location))
            itemReader.reportUnknownKeys(sink: &sink)
        }
        values.sort { $0.from < $1.from }
        checkPeriods(values.map { ($0.from, $0.to, $0.location) }, what: "parameter `\(name)`", file: file, sink: &sink)
        guard let type else { return nil }
        return Parameter(
            name: name, description: description, unit: unit, type: type, citation: citation, status: status,
            values: values, file: file.path, location: node.location)
    }

    /// Without a declared type, only unambiguous shapes are inferred; dates must be declared.
    static func inferType(_ node: YAMLNode) -> ValueType {
        switch node {
        case .scalar(let scalar):
            if scalar.bool != nil { return .bool }
            if scalar.integer != nil { return .integer }
            if scalar.number != nil { return .decimal }
            return .string
        case .sequence: return .list(.string)
        case .mapping: return .string
        }
    }

    mutating func loadMCI(sink: inout DiagnosticSink) {
        for (file, node) in sections("mci") {
            guard var reader = MappingReader.make(node, file: file, what: "mci", sink: &sink) else { continue }
            if let basis = reader.string("fine_basis", sink: &sink) { fineBasis = basis }
            if let values = reader.node("values"), case .sequence(let sequence) = values {
                for item in sequence.items {
                    guard var itemReader = MappingReader.make(item, file: file, what: "MCI value", sink: &sink),
                          let from = itemReader.requiredDay("from", sink: &sink),
                          let value = itemReader.requiredInteger("value", sink: &sink) else { continue }
                    if value <= 0 { sink.error("the MCI must be positive", in: file, at: item.location) }
                    _ = itemReader.string("source", sink: &sink)
                    _ = itemReader.string("note", sink: &sink)
                    mciValues.append((from, value, itemReader.status(sink: &sink)))
                    itemReader.reportUnknownKeys(sink: &sink)
                }
            } else {
                sink.error("`mci` needs `values`: a list of {from, value, source}", in: file, at: node.location)
            }
            reader.reportUnknownKeys(sink: &sink)
            mciValues.sort { $0.from < $1.from }
            for index in mciValues.indices.dropFirst() where mciValues[index].from == mciValues[index - 1].from {
                sink.error("two MCI values start on \(mciValues[index].from)", in: file, at: node.location)
            }
        }
    }
}
