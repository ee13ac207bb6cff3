internal import Foundation
internal import YAMLSource

/// An enum fact's values named in this language (`values:` in a language file, keyed by fact
/// path then value), so a template quoting `{a.form}` prints "митинг", not `rally`.
extension LawTexts {
    /// Every enum fact and enum field of a list fact, by its path (`assemblies.form`).
    static func enumFacts(in schema: FactSchema) -> [(path: String, type: EnumType, definition: FactDefinition)] {
        var out: [(String, EnumType, FactDefinition)] = []
        for fact in schema.facts {
            switch fact.type {
            case .enumeration(let type): out.append((fact.name, type, fact))
            case .list(.record(let record)):
                for field in record.fields {
                    if case .enumeration(let type) = field.type { out.append((fact.name + "." + field.name, type, field)) }
                }
            default: break
            }
        }
        return out
    }

    /// Reads `values: {fact.path: {value: name, …}, …}`; an unknown path or value is a located error.
    mutating func readValueNames(_ node: YAMLNode, law: Law, file: SourceFile, sink: inout DiagnosticSink) {
        guard case .mapping(let facts) = node else {
            sink.error("`values` maps enum fact paths to `{value: name, …}`", in: file, at: node.location)
            return
        }
        let known = Self.enumFacts(in: law.schema)
        for entry in facts.entries {
            guard let fact = known.first(where: { $0.path == entry.key.text }) else {
                sink.error("unknown enum fact `\(entry.key.text)`" + Suggestion.hint(for: entry.key.text, in: known.map(\.path)), in: file, at: entry.key.range.start)
                continue
            }
            guard case .mapping(let values) = entry.value else {
                sink.error("`\(fact.path)` must map its values to names", in: file, at: entry.value.location)
                continue
            }
            var names = valueNames[fact.type] ?? [:]
            for value in values.entries {
                guard fact.type.values.contains(value.key.text) else {
                    sink.error("`\(fact.path)` has no value `\(value.key.text)`" + Suggestion.hint(for: value.key.text, in: fact.type.values), in: file, at: value.key.range.start)
                    continue
                }
                guard let name = value.value.scalar?.text, !name.isEmpty else {
                    sink.error("the name of `\(value.key.text)` must be a text", in: file, at: value.value.location)
                    continue
                }
                names[value.key.text] = name
            }
            valueNames[fact.type] = names
        }
    }

    /// Enum facts with a value this language does not name, located where the schema declares them.
    func missingValueNames(in law: Law, source: (String) -> SourceFile?) -> [Diagnostic] {
        Self.enumFacts(in: law.schema).compactMap { fact in
            let lacking = fact.type.values.filter { valueNames[fact.type]?[$0] == nil }
            guard !lacking.isEmpty else { return nil }
            let message = "enum fact `\(fact.path)` has no name in language `\(code)` for \(lacking.map { "`\($0)`" }.joined(separator: ", ")); add them under `values:` in lang/\(code)/"
            if let file = source(fact.definition.file) { return file.diagnostic(message, at: fact.definition.location) }
            return Diagnostic(path: fact.definition.file, location: fact.definition.location, message: message)
        }
    }
}
