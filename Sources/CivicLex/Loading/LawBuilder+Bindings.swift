import YAMLSource

extension LawBuilder {
    static let unstated = "unstated"

    /// Reads `binds: {path: value or [values]}`; each path is a bool or enum fact (or a field of
    /// the loop variable) and each value is checked against its type, so a misspelt legal form
    /// is a load error rather than a rule that silently binds nobody.
    func bindings(_ node: YAMLNode, scope: Scope, listSlot: Int?, file: SourceFile, sink: inout DiagnosticSink) -> [Binding] {
        guard case .mapping(let mapping) = node else {
            sink.error("`binds` maps facts to the values the rule binds, e.g. `org.legal_form: [trade_union]`", in: file, at: node.location)
            return []
        }
        var bindings: [Binding] = []
        for entry in mapping.entries {
            let path = entry.key.text
            guard let probe = compile(entry.key, scope: scope, expected: nil, file: file, sink: &sink) else { continue }
            var scalars: [YAMLScalar]
            switch entry.value {
            case .scalar(let scalar): scalars = [scalar]
            case .sequence(let sequence): scalars = sequence.items.compactMap(\.scalar)
            case .mapping:
                sink.error("list the values of `\(path)` the rule binds", in: file, at: entry.value.location)
                continue
            }
            // `unstated`: the rule also binds a case that leaves the fact out.
            let bindsWhenUnstated = scalars.contains { $0.text == Self.unstated }
            if bindsWhenUnstated, case .enumeration(let type) = probe.type, type.values.contains(Self.unstated) {
                sink.error("`\(path)` has a value named `\(Self.unstated)`, so `\(Self.unstated)` cannot mean a fact left out here", in: file, at: entry.value.location)
                continue
            }
            scalars.removeAll { $0.text == Self.unstated }
            if scalars.isEmpty {
                sink.error("`\(path)` binds no value; name at least one", in: file, at: entry.value.location)
                continue
            }
            let literals: [String]
            switch probe.type {
            case .bool:
                guard scalars.allSatisfy({ $0.text == "true" || $0.text == "false" }) else {
                    sink.error("`\(path)` is a bool: bind `true` or `false`", in: file, at: entry.value.location)
                    continue
                }
                literals = scalars.map(\.text)
            case .enumeration(let type):
                var valid = true
                for scalar in scalars where !type.values.contains(scalar.text) {
                    sink.error("`\(scalar.text)` is not a value of `\(path)`" + Suggestion.hint(for: scalar.text, in: type.values), in: file, at: scalar.range.start)
                    valid = false
                }
                guard valid else { continue }
                literals = scalars.map { "\"\($0.text)\"" }
            default:
                sink.error("`binds` takes bool or enum facts; `\(path)` is \(probe.type)", in: file, at: entry.key.range.start)
                continue
            }
            let test = "\(path) in [\(literals.joined(separator: ", "))]"
            do {
                let condition = try TypeChecker.compile(bindsWhenUnstated ? "not has(\(path)) or \(test)" : test, scope: scope, expected: .bool)
                bindings.append(Binding(
                    path: path, allowed: scalars.map(\.text), bindsWhenUnstated: bindsWhenUnstated, condition: condition,
                    sharedClause: bindingClauses.id(of: condition, listSlot: listSlot)))
            } catch {
                sink.error(error.message, in: file, at: entry.key.range.start)
            }
        }
        return bindings
    }
}
