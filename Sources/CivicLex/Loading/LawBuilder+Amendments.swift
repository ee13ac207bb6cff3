import YAMLSource

/// An amendment file read far enough to order and apply it.
struct AmendmentHeader {
    let file: SourceFile
    let mapping: YAMLMapping
    let id: String
    let title: String
    let status: Amendment.Status
    let effective: Day
    let statedEffective: Day
    let citation: Citation?
    let summary: String?
    /// A what-if amendment given on the command line: applied after the law's own history.
    let isExtra: Bool
    var changes: [String] = []
    var parameters: [String] = []
    var rules: [String] = []
}

extension LawBuilder {
    static let amendmentSections = ["amendment", "sources", "parameters", "rules"]

    mutating func readAmendments(sink: inout DiagnosticSink) -> [AmendmentHeader] {
        var headers: [AmendmentHeader] = []
        var seen: [String: (SourceFile, SourceLocation)] = [:]
        for document in amendmentDocuments {
            let file = document.file
            for entry in document.mapping.entries where !Self.amendmentSections.contains(entry.key.text) {
                sink.error(
                    "unknown section `\(entry.key.text)` in an amendment (expected \(Self.amendmentSections.joined(separator: ", ")))"
                        + Suggestion.hint(for: entry.key.text, in: Self.amendmentSections),
                    in: file, at: entry.key.range.start)
            }
            guard let node = document.mapping["amendment"], var reader = MappingReader.make(node, file: file, what: "amendment", sink: &sink) else {
                sink.error("an amendment file needs an `amendment:` header (id, title, status, effective)", in: file, at: document.mapping.range.start)
                continue
            }
            guard let idScalar = reader.scalar("id", sink: &sink) else {
                sink.error("amendment is missing `id`", in: file, at: node.location)
                continue
            }
            if let previous = seen[idScalar.text] {
                sink.error("amendment `\(idScalar.text)` is defined twice", in: file, at: idScalar.range.start,
                           notes: [.init(message: "first defined here", path: previous.0.path, location: previous.1, sourceLine: previous.0.line(previous.1.line))])
            }
            seen[idScalar.text] = (file, idScalar.range.start)
            let title = reader.requiredString("title", sink: &sink) ?? idScalar.text
            var status = Amendment.Status.proposal
            if let statusScalar = reader.scalar("status", sink: &sink) {
                if let parsed = Amendment.Status(rawValue: statusScalar.text) { status = parsed } else {
                    sink.error("unknown amendment status `\(statusScalar.text)` (expected enacted, draft or proposal)", in: file, at: statusScalar.range.start)
                }
            } else {
                sink.error("amendment is missing `status` (enacted, draft or proposal)", in: file, at: node.location)
            }
            guard let stated = reader.day("effective", sink: &sink) else {
                if reader.mapping["effective"] == nil { sink.error("amendment is missing `effective` (YYYY-MM-DD)", in: file, at: node.location) }
                if let empty = reader.mapping["effective"], empty.scalar?.isNull ?? false {
                    sink.error("`effective` is empty; give the date the amendment takes effect (YYYY-MM-DD)", in: file, at: empty.location)
                }
                continue
            }
            let citation = reader.node("citation").flatMap { self.citation($0, file: file, sink: &sink) }
            let summary = reader.string("summary", sink: &sink)
            reader.reportUnknownKeys(sink: &sink)
            headers.append(AmendmentHeader(
                file: file, mapping: document.mapping, id: idScalar.text, title: title, status: status,
                effective: document.asIfFrom ?? stated, statedEffective: stated, citation: citation, summary: summary,
                isExtra: document.isExtra))
        }
        // What-if amendments go last so that enacted history cannot undo them.
        return headers.sorted { ($0.isExtra ? 1 : 0, $0.effective, $0.file.path) < ($1.isExtra ? 1 : 0, $1.effective, $1.file.path) }
    }

    /// From the effective date, each named parameter takes the amendment's value (later
    /// values are cut off), or ends (`retire: true`), or is created (with `description`).
    mutating func applyParameterChanges(_ headers: [AmendmentHeader], sink: inout DiagnosticSink) {
        // The base files' own values: an amendment must not silently cut one dated after it.
        let baseValues = Dictionary(parameters.map { ($0.name, $0.values.map { (from: $0.from, location: $0.location) }) }, uniquingKeysWith: { first, _ in first })
        let baseFiles = Dictionary(parameters.map { ($0.name, $0.file) }, uniquingKeysWith: { first, _ in first })
        for (headerIndex, header) in headers.enumerated() {
            guard let node = header.mapping["parameters"] else { continue }
            let file = header.file
            guard case .mapping(let mapping) = node else {
                sink.error("`parameters` must map parameter names to changes", in: file, at: node.location)
                continue
            }
            for entry in mapping.entries {
                let name = entry.key.text
                guard var reader = MappingReader.make(entry.value, file: file, what: "change of `\(name)`", sink: &sink) else { continue }
                let existing = parameters.firstIndex { $0.name == name }
                let description = reader.string("description", sink: &sink)
                if existing == nil, description == nil {
                    sink.error("unknown parameter `\(name)`" + Suggestion.hint(for: name, in: parameters.map(\.name)) + "; a new parameter needs a `description`", in: file, at: entry.key.range.start)
                    continue
                }
                let effective = header.effective
                if header.effective == header.statedEffective, let later = baseValues[name]?.first(where: { $0.from >= effective }) {
                    let place = baseFiles[name].map { path in " (\(path)" + (later.location.map { ":\($0.line)" } ?? "") + ")" } ?? ""
                    sink.error(
                        "`\(name)` has a base value from \(later.from)\(place), not before this amendment's value from \(effective): the amendment would silently drop it; move that value into an amendment dated after this one",
                        in: file, at: entry.key.range.start)
                }
                var kept = existing.map { parameters[$0].values.filter { $0.from < effective } } ?? []
                if let last = kept.indices.last, kept[last].to.map({ $0 >= effective }) ?? true {
                    let old = kept[last]
                    kept[last] = .init(from: old.from, to: effective.adding(days: -1), value: old.value, citation: old.citation, status: old.status, note: old.note, location: old.location)
                }
                var change: String
                if reader.bool("retire", sink: &sink) == true {
                    change = "param.\(name) ends on \(effective.adding(days: -1))"
                } else {
                    guard let valueNode = reader.node("value") else {
                        sink.error("change of `\(name)` needs `value` (or `retire: true`)", in: file, at: entry.value.location)
                        continue
                    }
                    var type = existing.map { parameters[$0].type } ?? Self.inferType(valueNode)
                    if existing == nil, let declared = reader.scalar("type", sink: &sink) {
                        let types: [String: ValueType] = ["money": .money, "date": .date, "decimal": .decimal, "integer": .integer, "bool": .bool, "string": .string]
                        if let known = types[declared.text] { type = known } else {
                            sink.error("unknown parameter type `\(declared.text)` (expected \(types.keys.sorted().joined(separator: ", ")))" + Suggestion.hint(for: declared.text, in: types.keys), in: file, at: declared.range.start)
                        }
                    }
                    guard let value = ValueDecoder(file: file).decode(valueNode, as: type, name: name, label: name, sink: &sink) else { continue }
                    let source = reader.node("source").flatMap { citation($0, file: file, sink: &sink) } ?? header.citation
                    kept.append(.init(from: effective, to: nil, value: value, citation: source, status: reader.status(sink: &sink), note: reader.string("note", sink: &sink), location: entry.value.location))
                    change = "param.\(name) = \(Formatting.value(value, type: type)) from \(effective)"
                }
                _ = reader.string("unit", sink: &sink)
                reader.reportUnknownKeys(sink: &sink)
                let updated: Parameter
                if let existing {
                    let old = parameters[existing]
                    updated = Parameter(name: name, description: old.description, unit: old.unit, type: old.type, citation: old.citation, status: old.status, values: kept, file: old.file, location: old.location)
                    parameters[existing] = updated
                } else {
                    let type = kept.first.map { Self.type(of: $0.value) } ?? .string
                    updated = Parameter(name: name, description: description ?? name, unit: reader.mapping["unit"]?.scalar?.text, type: type, citation: header.citation, status: .verified, values: kept, file: file.path, location: entry.key.range.start)
                    parameters.append(updated)
                }
                amendmentsTouch(headerIndex, parameter: name, change: change)
            }
        }
        amendments = headers.map(Self.makeAmendment)
    }

    private static func type(of value: Value) -> ValueType {
        switch value {
        case .bool: .bool
        case .integer: .integer
        case .number: .decimal
        case .date: .date
        case .list: .list(.string)
        case .string, .record: .string
        }
    }

    private mutating func amendmentsTouch(_ index: Int, parameter: String, change: String) {
        pendingChanges[index, default: []].append(change)
        pendingParameters[index, default: []].append(parameter)
    }

    /// Repeals end a rule the day before the effective date; additions start on it; a
    /// replacement does both under the same id.
    mutating func applyRuleChanges(_ headers: [AmendmentHeader], scope: Scope, rules: inout [Rule], sink: inout DiagnosticSink) {
        for (headerIndex, header) in headers.enumerated() {
            // Ids are unique within one amendment; a later amendment may replace a rule an
            // earlier one added.
            var seen: [String: (SourceFile, SourceLocation)] = [:]
            guard let node = header.mapping["rules"] else { continue }
            let file = header.file
            guard var reader = MappingReader.make(node, file: file, what: "amendment rules", sink: &sink) else { continue }
            let effective = header.effective
            let lastDay = effective.adding(days: -1)
            for scalar in reader.stringList("repeal", sink: &sink) ?? [] {
                guard let index = rules.lastIndex(where: { $0.id == scalar.text }) else {
                    sink.error("cannot repeal unknown rule `\(scalar.text)`" + Suggestion.hint(for: scalar.text, in: rules.map(\.id)), in: file, at: scalar.range.start)
                    continue
                }
                guard header.effective != header.statedEffective || effective > rules[index].inForceFrom else {
                    sink.error("repeals `\(scalar.text)` from \(effective), but the rule is in force only from \(rules[index].inForceFrom)", in: file, at: scalar.range.start)
                    continue
                }
                endVersions(of: scalar.text, on: lastDay, in: &rules)
                pendingChanges[headerIndex, default: []].append("\(scalar.text) repealed from \(effective)")
                pendingRules[headerIndex, default: []].append(scalar.text)
            }
            for (key, replacing) in [("add", false), ("replace", true)] {
                guard let listNode = reader.node(key) else { continue }
                guard case .sequence(let sequence) = listNode else {
                    sink.error("`\(key)` must be a list of rules", in: file, at: listNode.location)
                    continue
                }
                for item in sequence.items {
                    guard let rule = rule(item, file: file, scope: scope, seen: &seen, effective: effective, sink: &sink) else { continue }
                    let existing = rules.lastIndex { $0.id == rule.id }
                    if replacing {
                        guard let existing else {
                            sink.error("cannot replace unknown rule `\(rule.id)`" + Suggestion.hint(for: rule.id, in: rules.map(\.id)), in: file, at: item.location)
                            continue
                        }
                        guard header.effective != header.statedEffective || effective > rules[existing].inForceFrom else {
                            sink.error("replaces `\(rule.id)` from \(effective), but the rule is in force only from \(rules[existing].inForceFrom)", in: file, at: item.location)
                            continue
                        }
                        endVersions(of: rule.id, on: lastDay, in: &rules)
                    } else if existing != nil {
                        sink.error("rule `\(rule.id)` already exists; use `replace` to change it", in: file, at: item.location)
                        continue
                    }
                    rules.append(rule)
                    pendingChanges[headerIndex, default: []].append("\(rule.id) \(replacing ? "replaced" : "added") from \(effective)")
                    pendingRules[headerIndex, default: []].append(rule.id)
                }
            }
            reader.reportUnknownKeys(sink: &sink)
        }
        amendments = headers.enumerated().map { index, header in
            var header = header
            header.changes = pendingChanges[index] ?? []
            header.parameters = pendingParameters[index] ?? []
            header.rules = pendingRules[index] ?? []
            return Self.makeAmendment(header)
        }
    }

    /// Ends every version of a rule on `lastDay`: a rule replaced earlier has several, and a
    /// proposal applied as if from long ago must end the old ones too.
    private func endVersions(of id: String, on lastDay: Day, in rules: inout [Rule]) {
        for index in rules.indices where rules[index].id == id {
            rules[index].inForceTo = min(rules[index].inForceTo ?? lastDay, lastDay)
        }
    }

    private static func makeAmendment(_ header: AmendmentHeader) -> Amendment {
        Amendment(
            id: header.id, title: header.title, status: header.status, effective: header.effective, statedEffective: header.statedEffective,
            citation: header.citation, summary: header.summary, file: header.file.path, changes: header.changes,
            parameters: header.parameters, rules: header.rules)
    }
}
