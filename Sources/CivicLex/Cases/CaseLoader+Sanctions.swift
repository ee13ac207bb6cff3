import YAMLSource

extension CaseLoader {
    /// `expect.sanctions`: rule id → `[sanction ids]` (exactly these; `[]` for none) or
    /// `{sanction id: tenge}` (exactly these, each with its fine in tenge).
    func sanctionClaims(_ node: YAMLNode, file: SourceFile, sink: inout DiagnosticSink) -> [Expectation.SanctionClaim] {
        guard case .mapping(let mapping) = node else {
            sink.error("`sanctions` must map rule ids to sanction ids, or to {sanction id: tenge}", in: file, at: node.location)
            return []
        }
        var claims: [Expectation.SanctionClaim] = []
        for entry in mapping.entries where checkRule(entry.key, file: file, sink: &sink) {
            var ids: [YAMLScalar] = []
            var tenge: [String: Double] = [:]
            switch entry.value {
            case .scalar(let scalar): ids = [scalar]
            case .sequence(let sequence):
                for item in sequence.items {
                    if case .scalar(let scalar) = item { ids.append(scalar) } else {
                        sink.error("list sanction ids", in: file, at: item.location)
                    }
                }
            case .mapping(let amounts):
                for amount in amounts.entries {
                    ids.append(amount.key)
                    guard case .scalar(let value) = amount.value, let number = value.number, number >= 0 else {
                        sink.error("the fine of `\(amount.key.text)` must be an amount in tenge", in: file, at: amount.value.location)
                        continue
                    }
                    tenge[amount.key.text] = number
                }
            }
            for id in ids where law.sanctions[id.text] == nil {
                sink.error("unknown sanction `\(id.text)`" + Suggestion.hint(for: id.text, in: law.sanctions.keys), in: file, at: id.range.start)
            }
            claims.append(.init(ruleID: entry.key.text, sanctionIDs: ids.map(\.text), tenge: tenge, location: entry.key.range.start))
        }
        return claims
    }
}
