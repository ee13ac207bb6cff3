import YAMLSource

/// Facts written at the wrong level: `legal_form:` straight under `facts:` (for
/// `org.legal_form`), an organisation fact inside an assembly item, `org:` outside `facts:`.
/// The key is one the schema knows elsewhere, so the error names where it belongs.
extension CaseLoader {
    /// `; did you mean `org.legal_form`?` for an unknown fact path `path` that is a known fact
    /// under another prefix, or under none; or where a list's field goes. Empty when neither.
    func placementHint(for path: String) -> String {
        let facts = law.schema.paths
        let nested = facts.filter { $0.hasSuffix("." + path) }
        if nested.count == 1 { return "; did you mean `\(nested[0])`?" }
        if let shorter = facts.filter({ path.hasSuffix("." + $0) }).max(by: { $0.count < $1.count }) {
            return "; did you mean `\(shorter)`?"
        }
        let field = path.split(separator: ".").last.map(String.init) ?? path
        let lists = listsWithField(field)
        if !lists.isEmpty {
            let names = lists.map { "`\($0)`" }.joined(separator: ", ")
            return "; `\(field)` is a field of each item of \(names): write it inside an item (`- \(field): …`)"
        }
        return ""
    }

    /// For a group of facts written as one value (`org: public_association`): the fact of the
    /// group that value belongs to, when only one can hold it.
    func groupHint(_ prefix: String, _ node: YAMLNode) -> String {
        guard !prefix.isEmpty, let text = node.scalar?.text else { return "" }
        let holders = law.schema.facts.filter { fact in
            guard fact.name.hasPrefix(prefix + "."), case .enumeration(let type) = fact.type else { return false }
            return type.values.contains(text)
        }
        guard holders.count == 1 else { return "" }
        let field = holders[0].name.dropFirst(prefix.count + 1)
        return "; did you mean `\(prefix): {\(field): \(text)}`?"
    }

    /// A near area id, or the area whose title in one of the rule set's languages `text` is.
    func areaHint(_ text: String) -> String {
        let near = Suggestion.hint(for: text, in: law.areas.map(\.id))
        guard near.isEmpty, let named = tables.valueNames.area(named: text) else { return near }
        return "; did you mean `\(named.value)` (\(named.name))?"
    }

    /// The list facts whose items have a field `name`.
    private func listsWithField(_ name: String) -> [String] {
        law.schema.facts.compactMap { fact in
            guard case .list(.record(let record)) = fact.type, record.field(named: name) != nil else { return nil }
            return fact.name
        }
    }

    /// Errors for keys of the root or of `case:` that are facts or groups of facts
    /// (`org:`), which belong under `facts:`, and for the root's and the header's keys written
    /// in each other's place (`facts:` indented under `case:`, `as_of:` at the top); each is
    /// then marked read.
    func reportMisplacedFacts(_ reader: inout MappingReader, inHeader: Bool, file: SourceFile, sink: inout DiagnosticSink) {
        let otherLevel = inHeader ? ["facts", "expect"] : ["id", "title", "as_of", "areas", "notes"]
        for entry in reader.mapping.entries where !reader.used.contains(entry.key.text) {
            let key = entry.key.text
            if otherLevel.contains(key) {
                _ = reader.node(key)
                let place = inHeader ? "at the top level of the file, not under `case:` (remove its indentation)" : "under `case:`"
                sink.error("`\(key)` belongs \(place)", in: file, at: entry.key.range.start)
                continue
            }
            guard law.schema.slot(of: key) != nil || law.schema.isPrefix(key) else { continue }
            _ = reader.node(key)
            sink.error("`\(key)` is \(law.schema.isPrefix(key) ? "a group of facts" : "a fact"); facts go under `facts:`", in: file, at: entry.key.range.start)
        }
    }
}
