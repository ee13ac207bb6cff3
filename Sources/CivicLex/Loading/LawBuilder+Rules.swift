import YAMLSource

extension LawBuilder {
    func loadRules(scope: Scope, sink: inout DiagnosticSink) -> [Rule] {
        var rules: [Rule] = []
        var seen: [String: (SourceFile, SourceLocation)] = [:]
        for (file, node) in sections("rules") {
            guard case .sequence(let sequence) = node else {
                sink.error("`rules` must be a list of rules", in: file, at: node.location)
                continue
            }
            for item in sequence.items {
                guard let rule = rule(item, file: file, scope: scope, seen: &seen, sink: &sink) else { continue }
                rules.append(rule)
            }
        }
        return rules
    }

    /// Compiles one rule; `effective` (for amendments) replaces its `in_force` period.
    func rule(_ node: YAMLNode, file: SourceFile, scope baseScope: Scope, seen: inout [String: (SourceFile, SourceLocation)], effective: Day? = nil, sink: inout DiagnosticSink) -> Rule? {
        guard var reader = MappingReader.make(node, file: file, what: "rule", sink: &sink) else { return nil }
        guard let idScalar = reader.scalar("id", sink: &sink) else {
            sink.error("rule is missing `id`", in: file, at: node.location)
            return nil
        }
        let id = idScalar.text
        if let previous = seen[id] {
            sink.error("rule id `\(id)` is used twice", in: file, at: idScalar.range.start,
                       notes: [.init(message: "first used here", path: previous.0.path, location: previous.1, sourceLine: previous.0.line(previous.1.line))])
            return nil
        }
        seen[id] = (file, idScalar.range.start)
        let errorsBefore = sink.errorCount
        let title = reader.requiredString("title", sink: &sink) ?? id
        let areaScalar = reader.scalar("area", sink: &sink)
        if let areaScalar, !areas.contains(where: { $0.id == areaScalar.text }) {
            sink.error("unknown area `\(areaScalar.text)`" + Suggestion.hint(for: areaScalar.text, in: areas.map(\.id)), in: file, at: areaScalar.range.start)
        } else if areaScalar == nil {
            sink.error("rule `\(id)` is missing `area`", in: file, at: node.location)
        }
        var inForceFrom = Day(ordinal: Int.min / 4)
        var inForceTo: Day?
        if let effective {
            inForceFrom = effective
            if let inForce = reader.node("in_force") {
                sink.error("a rule added by an amendment takes the amendment's `effective` date; remove `in_force`", in: file, at: inForce.location)
            }
        } else if let inForce = reader.node("in_force"), var period = MappingReader.make(inForce, file: file, what: "in_force", sink: &sink) {
            if let from = period.day("from", sink: &sink) { inForceFrom = from } else if period.node("from") == nil {
                sink.error("`in_force` needs `from`", in: file, at: inForce.location)
            }
            inForceTo = period.day("to", sink: &sink)
            if let to = inForceTo, to < inForceFrom, let toNode = period.mapping["to"] {
                sink.error("rule `\(id)`: `in_force` ends (\(to)) before it starts (\(inForceFrom))", in: file, at: toNode.location)
            }
            period.reportUnknownKeys(sink: &sink)
        } else {
            sink.error("rule `\(id)` is missing `in_force: {from: YYYY-MM-DD}`", in: file, at: node.location)
        }
        var scope = baseScope
        var iteration: Rule.Iteration?
        if let forEach = reader.scalar("for_each", sink: &sink) {
            let words = forEach.text.split(separator: " ", omittingEmptySubsequences: true)
            if words.count == 3, words[1] == "as" {
                let path = String(words[0]), variable = String(words[2])
                if let definition = scope.schema.definition(of: path), case .list(let elementType) = definition.type, let slot = scope.schema.slot(of: path) {
                    iteration = Rule.Iteration(listPath: path, listSlot: slot, variable: variable, elementType: elementType, unstatedIsUnknown: definition.unstatedIsUnknown)
                    scope.locals.append((variable, elementType))
                } else {
                    let lists = scope.schema.facts.filter { if case .list = $0.type { true } else { false } }.map(\.name)
                    sink.error("`\(path)` is not a list fact" + Suggestion.hint(for: path, in: lists), in: file, at: forEach.range.start)
                }
            } else {
                sink.error("`for_each` must read `<list fact> as <name>`, e.g. `assemblies as a`", in: file, at: forEach.range.start)
            }
        }
        let bindings = reader.node("binds").map { self.bindings($0, scope: scope, listSlot: iteration?.listSlot, file: file, sink: &sink) } ?? []
        let at = reader.scalar("at", sink: &sink).flatMap { compile($0, scope: scope, expected: .date, file: file, sink: &sink) }
        let applies = reader.scalar("applies", sink: &sink).flatMap { compile($0, scope: scope, expected: .bool, file: file, sink: &sink) }
        let violationScalar = reader.scalar("violation", sink: &sink)
        if violationScalar == nil { sink.error("rule `\(id)` is missing `violation`", in: file, at: node.location) }
        let violation = violationScalar.flatMap { compile($0, scope: scope, expected: .bool, file: file, sink: &sink) }
        var severity = Severity.medium
        if let severityScalar = reader.scalar("severity", sink: &sink) {
            if let parsed = Severity(rawValue: severityScalar.text) { severity = parsed } else {
                sink.error("unknown severity `\(severityScalar.text)` (expected \(Severity.allCases.map(\.rawValue).joined(separator: ", ")))", in: file, at: severityScalar.range.start)
            }
        }
        let message = reader.scalar("message", sink: &sink).flatMap { template($0, scope: scope, file: file, sink: &sink) }
        if message == nil, reader.mapping["message"] == nil { sink.error("rule `\(id)` is missing `message`", in: file, at: node.location) }
        let remedy = reader.scalar("remedy", sink: &sink).flatMap { template($0, scope: scope, file: file, sink: &sink) }
        let due = reader.scalar("due", sink: &sink).flatMap { compile($0, scope: scope, expected: .date, file: file, sink: &sink) }
        let remedyOverdue = reader.scalar("remedy_overdue", sink: &sink).flatMap { template($0, scope: scope, file: file, sink: &sink) }
        if let overdueNode = reader.mapping["remedy_overdue"], reader.mapping["due"] == nil {
            sink.error("`remedy_overdue` needs `due` (the deadline after which it applies)", in: file, at: overdueNode.location)
        }
        let citationNode = reader.node("citation")
        if citationNode == nil { sink.error("rule `\(id)` is missing `citation` (every rule cites its source)", in: file, at: node.location) }
        let citation = citationNode.flatMap { self.citation($0, file: file, sink: &sink) }
        if let citation, let adopted = sources[citation.ref]?.adopted, inForceFrom < adopted {
            // A provision cannot bind before the act that contains it was adopted: the citation
            // names a later (often consolidated) act; a warning, as the text may be unchanged.
            sink.warning("rule `\(id)` is in force from \(inForceFrom), before its source `\(citation.ref)` was adopted (\(adopted)); cite the act in force on that date", in: file, at: citation.location)
        }
        let references = reader.node("sanctions").map { sanctionReferences($0, scope: scope, file: file, sink: &sink) } ?? []
        let clientRole = reader.scalar("client_role", sink: &sink).flatMap { textExpression($0, scope: scope, file: file, sink: &sink) }
        let protocolOn = reader.scalar("protocol_on", sink: &sink).flatMap { compile($0, scope: scope, expected: .date, file: file, sink: &sink) }
        let consequence = reader.string("consequence", sink: &sink)
        var repeatClause: Rule.RepeatOffence?
        if let repeatNode = reader.node("repeat"), var repeatReader = MappingReader.make(repeatNode, file: file, what: "repeat", sink: &sink) {
            let when = repeatReader.scalar("when", sink: &sink).flatMap { compile($0, scope: scope, expected: .bool, file: file, sink: &sink) }
            let repeatSanctions = repeatReader.node("sanctions").map { sanctionScalars($0, file: file, sink: &sink) } ?? []
            for scalar in repeatSanctions where sanctions[scalar.text] == nil {
                sink.error("unknown sanction `\(scalar.text)`" + Suggestion.hint(for: scalar.text, in: sanctions.keys), in: file, at: scalar.range.start)
            }
            repeatReader.reportUnknownKeys(sink: &sink)
            if let when, !repeatSanctions.isEmpty || references.contains(where: { $0.repeatID != nil }) {
                repeatClause = Rule.RepeatOffence(when: when, sanctions: repeatSanctions.map(\.text))
            } else {
                sink.error("`repeat` needs `when` (a condition over prior penalties) and `sanctions`, or sanctions that name their `repeat` part", in: file, at: repeatNode.location)
            }
        } else if let paired = references.first(where: { $0.repeatID != nil }), let node = reader.mapping["sanctions"] {
            sink.error("sanction `\(paired.sanctionID)` names a repeat part but the rule has no `repeat: {when: …}`", in: file, at: node.location)
        }
        // `sanctions: []` (or `~`) says no more than a missing list.
        let statesSanctions: Bool = switch reader.mapping["sanctions"] {
        case .sequence(let sequence)?: !sequence.items.isEmpty
        case .scalar(let scalar)?: !scalar.isNull
        case .mapping?: true
        case nil: false
        }
        if !statesSanctions, consequence == nil {
            sink.error("rule `\(id)` names neither `sanctions` nor a `consequence`; every rule states what follows a breach", in: file, at: reader.mapping["sanctions"]?.location ?? node.location)
        }
        let status = reader.status(sink: &sink)
        let note = reader.string("note", sink: &sink)
        reader.reportUnknownKeys(sink: &sink)
        guard sink.errorCount == errorsBefore, let violation, let message, let citation, let areaScalar else { return nil }
        return Rule(
            id: id, title: title, area: areaScalar.text, inForceFrom: inForceFrom, inForceTo: inForceTo, iteration: iteration,
            bindings: bindings, at: at, applies: applies, violation: violation, severity: severity, message: message, remedy: remedy,
            due: due, remedyOverdue: remedyOverdue,
            citation: citation, sanctions: references, clientRole: clientRole, protocolOn: protocolOn, consequence: consequence, repeatOffence: repeatClause, status: status, note: note, file: file.path, location: node.location)
    }

    func sanctionScalars(_ node: YAMLNode, file: SourceFile, sink: inout DiagnosticSink) -> [YAMLScalar] {
        switch node {
        case .scalar(let scalar): return [scalar]
        case .sequence(let sequence):
            return sequence.items.compactMap { item in
                if case .scalar(let scalar) = item { return scalar }
                sink.error("`sanctions` lists sanction ids", in: file, at: item.location)
                return nil
            }
        case .mapping:
            sink.error("`sanctions` must be a sanction id or a list of them", in: file, at: node.location)
            return []
        }
    }

    /// Splits `text {expression} text` into pieces and compiles each expression.
    func template(_ scalar: YAMLScalar, scope: Scope, file: SourceFile, sink: inout DiagnosticSink) -> Template? {
        var pieces: [Template.Piece] = []
        let bytes = Array(scalar.text.utf8)
        var index = 0
        var textStart = 0
        var failed = false
        while index < bytes.count {
            guard bytes[index] == UInt8(ascii: "{") else { index += 1; continue }
            if index > textStart { pieces.append(.text(String(decoding: bytes[textStart..<index], as: UTF8.self))) }
            guard let close = bytes[index...].firstIndex(of: UInt8(ascii: "}")) else {
                sink.error("`{` without a closing `}` in template", in: file, at: scalar.location(ofOffset: index, in: file))
                return nil
            }
            let expressionText = String(decoding: bytes[(index + 1)..<close], as: UTF8.self)
            do {
                pieces.append(.expression(try TypeChecker.compile(expressionText, scope: scope)))
            } catch {
                sink.error(error.message, in: file, at: scalar.location(ofOffset: index + 1 + error.offset, in: file))
                failed = true
            }
            index = close + 1
            textStart = index
        }
        if textStart < bytes.count { pieces.append(.text(String(decoding: bytes[textStart...], as: UTF8.self))) }
        return failed ? nil : Template(pieces: pieces, source: scalar.text)
    }
}
