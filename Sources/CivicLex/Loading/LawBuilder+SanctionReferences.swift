import YAMLSource

extension LawBuilder {
    /// A rule's `sanctions`: ids, or `{sanction, liable?, subject?, when?, condition?, repeat?, repeat_when?}`.
    func sanctionReferences(_ node: YAMLNode, scope: Scope, file: SourceFile, sink: inout DiagnosticSink) -> [SanctionReference] {
        let items: [YAMLNode]
        switch node {
        case .scalar: items = [node]
        case .sequence(let sequence): items = sequence.items
        case .mapping:
            sink.error("`sanctions` must be a sanction id or a list of them", in: file, at: node.location)
            return []
        }
        return items.compactMap { item in
            if case .scalar(let scalar) = item {
                return knownSanction(scalar, file: file, sink: &sink) ? SanctionReference(sanctionID: scalar.text, liable: nil, subject: nil, when: nil, condition: nil, repeatID: nil) : nil
            }
            guard var reader = MappingReader.make(item, file: file, what: "sanction reference", sink: &sink) else { return nil }
            let idScalar = reader.scalar("sanction", sink: &sink)
            if idScalar == nil { sink.error("a sanction reference needs `sanction: <id>`", in: file, at: item.location) }
            var liable: SanctionReference.Liable?
            if let liableScalar = reader.scalar("liable", sink: &sink) {
                let names = SanctionReference.Liable.allCases.map(\.rawValue)
                liable = SanctionReference.Liable(rawValue: liableScalar.text)
                if liable == nil {
                    sink.error("unknown liable person `\(liableScalar.text)` (expected one of \(names.joined(separator: ", ")))" + Suggestion.hint(for: liableScalar.text, in: names), in: file, at: liableScalar.range.start)
                }
            }
            let subject = reader.scalar("subject", sink: &sink).flatMap { textExpression($0, scope: scope, file: file, sink: &sink) }
            let when = reader.scalar("when", sink: &sink).flatMap { compile($0, scope: scope, expected: .bool, file: file, sink: &sink) }
            let condition = reader.string("condition", sink: &sink)
            if when != nil, condition == nil {
                sink.error("a sanction with `when` needs `condition`: the condition in words, for reports", in: file, at: item.location)
            }
            let repeatScalar = reader.scalar("repeat", sink: &sink)
            let repeatWhenScalar = reader.scalar("repeat_when", sink: &sink)
            let repeatWhen = repeatWhenScalar.flatMap { compile($0, scope: scope, expected: .bool, file: file, sink: &sink) }
            if let repeatWhenScalar, repeatScalar == nil {
                sink.error("`repeat_when` says when the `repeat` part applies; name that part with `repeat`", in: file, at: repeatWhenScalar.range.start)
            }
            reader.reportUnknownKeys(sink: &sink)
            guard let idScalar, knownSanction(idScalar, file: file, sink: &sink) else { return nil }
            if let repeatScalar, !knownSanction(repeatScalar, file: file, sink: &sink) { return nil }
            return SanctionReference(sanctionID: idScalar.text, liable: liable, subject: subject, when: when, condition: condition, repeatID: repeatScalar?.text, repeatWhen: repeatWhen)
        }
    }

    /// An expression whose value is text: a string or an enum value.
    func textExpression(_ scalar: YAMLScalar, scope: Scope, file: SourceFile, sink: inout DiagnosticSink) -> CompiledExpression? {
        guard let expression = compile(scalar, scope: scope, expected: nil, file: file, sink: &sink) else { return nil }
        switch expression.type {
        case .string, .enumeration: return expression
        default:
            sink.error("expected a string or enum expression, but this is \(expression.type)", in: file, at: scalar.range.start)
            return nil
        }
    }

    private func knownSanction(_ scalar: YAMLScalar, file: SourceFile, sink: inout DiagnosticSink) -> Bool {
        guard sanctions[scalar.text] == nil else { return true }
        sink.error("unknown sanction `\(scalar.text)`" + Suggestion.hint(for: scalar.text, in: sanctions.keys), in: file, at: scalar.range.start)
        return false
    }
}
