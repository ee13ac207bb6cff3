import YAMLSource

/// Turns YAML nodes into typed values, directed by the schema type rather than by how the
/// text looks (so `no` is never a boolean and `2021-02-30` is never a date).
struct ValueDecoder {
    let file: SourceFile
    /// The most items a list fact may have (the streaming case decoder honours it too).
    static let defaultMaxListLength = 100_000
    var maxListLength = defaultMaxListLength
    /// Names of enum values in the rule set's languages, for a case that writes one.
    var valueNames: EnumValueNames?
    /// The case's fact paths, to say that an unknown field of a list item is a fact of the
    /// case as a whole (`registered` in an assembly: `org.registered`).
    var factPaths: [String] = []

    /// `name` and `label` are only built when needed (an error, or a list item's label): in a
    /// batch they would otherwise cost two string interpolations per field.
    func decode(_ node: YAMLNode, as type: ValueType, name: @autoclosure () -> String, label: @autoclosure () -> String, bounds: NumericBounds = .none, sink: inout DiagnosticSink) -> Value? {
        if case .list(let elementType) = type {
            guard case .sequence(let sequence) = node else {
                let hint = node.mapping != nil ? "; begin each item with `- ` (a list of one item is still a list)" : ""
                sink.error("`\(name())` must be a list, found a \(node.kindName)" + hint, in: file, at: node.location)
                return nil
            }
            guard sequence.items.count <= maxListLength else {
                sink.error("`\(name())` has \(sequence.items.count) items; the limit is \(maxListLength)", in: file, at: node.location)
                return nil
            }
            var values: [Value] = []
            values.reserveCapacity(sequence.items.count)
            let listLabel = label()
            for (offset, item) in sequence.items.enumerated() {
                if let value = decode(item, as: elementType, name: name(), label: "\(listLabel)[\(offset + 1)]", sink: &sink) {
                    values.append(value)
                }
            }
            return .list(values)
        }
        if case .record(let recordType) = type {
            return decodeRecord(node, type: recordType, label: label(), sink: &sink)
        }
        guard case .scalar(let scalar) = node else {
            sink.error("`\(name())` must be a single \(type) value, found a \(node.kindName)", in: file, at: node.location)
            return nil
        }
        return decodeScalar(scalar, as: type, name: name(), bounds: bounds, sink: &sink)
    }

    func decodeScalar(_ scalar: YAMLScalar, as type: ValueType, name: @autoclosure () -> String, bounds: NumericBounds = .none, sink: inout DiagnosticSink) -> Value? {
        let at = scalar.range.start
        switch type {
        case .bool:
            guard let value = scalar.bool else {
                if !scalar.isPlain, scalar.tag == nil, YAMLScalar(text: scalar.text, range: scalar.range).bool != nil {
                    sink.error("`\(name())` must be true or false, found the quoted string \"\(scalar.text)\" (remove the quotes)", in: file, at: at)
                    return nil
                }
                let hint = WritingHint.boolean(scalar.text).map { "; did you mean `\($0)`?" } ?? WritingHint.unknownValue(scalar.text) ?? ""
                sink.error("`\(name())` must be true or false, found `\(scalar.text)`\(hint)", in: file, at: at)
                return nil
            }
            return .bool(value)
        case .integer:
            guard let value = scalar.integer else {
                sink.error("`\(name())` must be a whole number, found `\(scalar.text)`" + Self.numberHint(scalar, wholeOnly: true), in: file, at: at)
                return nil
            }
            if let breach = bounds.breach(by: Double(value)) {
                sink.error("`\(name())` must be \(breach), found \(value)", in: file, at: at)
                return nil
            }
            return .integer(value)
        case .decimal, .money:
            guard let value = scalar.number, value.isFinite else {
                sink.error(
                    "`\(name())` must be \(type == .money ? "an amount in KZT" : "a number"), found `\(scalar.text)`"
                        + Self.numberHint(scalar, wholeOnly: false), in: file, at: at)
                return nil
            }
            if let breach = bounds.breach(by: value) {
                sink.error("`\(name())` must be \(breach), found \(scalar.text)", in: file, at: at)
                return nil
            }
            return .number(value)
        case .date:
            guard scalar.style == .plain || scalar.style == .singleQuoted || scalar.style == .doubleQuoted else {
                sink.error("`\(name())`: write the date plainly as YYYY-MM-DD, not as a block scalar", in: file, at: at)
                return nil
            }
            guard let day = Day(iso: scalar.text) else {
                sink.error("`\(name())`: " + MappingReader.dateProblem(scalar.text), in: file, at: at)
                return nil
            }
            return .date(day)
        case .string:
            return .string(scalar.text)
        case .enumeration(let enumType):
            guard enumType.values.contains(scalar.text) else {
                sink.error(
                    "`\(scalar.text)` is not an allowed value of `\(name())` (allowed: \(enumType.values.joined(separator: ", ")))"
                        + (WritingHint.unknownValue(scalar.text) ?? enumHint(scalar.text, enumType)),
                    in: file, at: at)
                return nil
            }
            return .string(scalar.text)
        case .list, .record:
            return nil
        }
    }

    /// `; did you mean `rally` (митинг)?`: a near value, else the value whose name in one of
    /// the rule set's languages the text is.
    func enumHint(_ text: String, _ type: EnumType) -> String {
        let near = Suggestion.hint(for: text, in: type.values)
        guard near.isEmpty, let named = valueNames?.value(named: text, in: type) else { return near }
        return "; did you mean `\(named.value)` (\(named.name))?"
    }

    /// A near field's name, or the fact of the case an item's field names.
    func fieldHint(_ key: String, _ type: RecordType) -> String {
        let near = Suggestion.hint(for: key, in: type.fields.map(\.name))
        let facts = factPaths.filter { $0 == key || $0.hasSuffix("." + key) }
        guard near.isEmpty, facts.count == 1 else { return near }
        return "; `\(facts[0])` is a fact of the case, not of one `\(type.name)` item: state it under `facts:`"
    }

    /// `; write `5000000`` for a number written with separators or a unit, what to do with a
    /// quoted number, or what to write for an unknown one.
    static func numberHint(_ scalar: YAMLScalar, wholeOnly: Bool) -> String {
        let text = scalar.text
        if !scalar.isPlain, scalar.tag == nil {
            let unquoted = YAMLScalar(text: text, range: scalar.range)
            if wholeOnly ? unquoted.integer != nil : unquoted.number?.isFinite == true { return " (a quoted text: remove the quotes)" }
        }
        if let number = WritingHint.number(text, wholeOnly: wholeOnly) {
            return "; write `\(number)` (digits only\(wholeOnly ? "" : ", a point before decimals"))"
        }
        return WritingHint.unknownValue(text) ?? ""
    }

    func decodeRecord(_ node: YAMLNode, type: RecordType, label: String, sink: inout DiagnosticSink) -> Value? {
        guard case .mapping(let mapping) = node else {
            var hint = node.scalar?.isNull == true ? " (an empty item: fill it in, or delete its `-` line)" : ""
            // `assemblies: [rally]`: the value of one field, written as the whole item.
            if let text = node.scalar?.text, hint.isEmpty {
                let holders = type.fields.filter { field in
                    if case .enumeration(let values) = field.type { values.values.contains(text) } else { false }
                }
                if holders.count == 1 { hint = "; did you mean `- \(holders[0].name): \(text)`?" }
            }
            sink.error("each item of `\(type.name)` must be a mapping, found a \(node.kindName)" + hint, in: file, at: node.location)
            return nil
        }
        var fields = [Value?](repeating: nil, count: type.fields.count)
        var ok = true
        for entry in mapping.entries {
            let key = entry.key.text
            guard let (index, field) = type.field(named: key) else {
                sink.error(
                    "unknown field `\(key)` in `\(type.name)` item" + fieldHint(key, type),
                    in: file, at: entry.key.range.start)
                ok = false
                continue
            }
            if case .scalar(let scalar) = entry.value, scalar.isNull { continue }
            guard let value = decode(entry.value, as: field.type, name: "\(type.name).\(key)", label: "\(label).\(key)", bounds: field.bounds, sink: &sink) else {
                ok = false
                continue
            }
            fields[index] = value
        }
        return ok ? .record(Record(type: type, fields: fields, label: label)) : nil
    }
}
