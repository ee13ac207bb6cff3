import YAMLSource

extension CaseLoader {
    /// Where a list fact and each of its items are written.
    struct ListPlaces {
        let list: SourceLocation?
        let items: [SourceLocation]
    }

    /// Warnings for the few facts every case should state (schema facts marked `essential`):
    /// a scalar fact the case omits, or a field an item of a stated list omits. Without them,
    /// rules that bind on the fact stay undetermined. `places` is asked about a list slot only
    /// when one of its items omits a field.
    /// `emptyAt` gives where a fact is written with no value (`org.registered:`), the place
    /// to point at when it is there.
    func essentialFactWarnings(
        _ facts: [Value?], factsLocation: SourceLocation, file: SourceFile, emptyAt: (Int) -> SourceLocation?, places: (Int) -> ListPlaces
    ) -> [Diagnostic] {
        var warnings: [Diagnostic] = []
        for check in tables.essentialChecks {
            switch check {
            case .fields(let slot, let fields):
                guard case .list(let items)? = facts[slot] else { continue }
                var listPlaces: ListPlaces?
                for (index, item) in items.enumerated() {
                    // An item that states nothing gets its own warning (`emptyItemWarnings`).
                    guard case .record(let record) = item, record.fields.contains(where: { $0 != nil }) else { continue }
                    for field in fields where record.fields[field.index] == nil {
                        if listPlaces == nil { listPlaces = places(slot) }
                        let location = listPlaces.flatMap { index < $0.items.count ? $0.items[index] : $0.list }
                        warnings.append(file.diagnostic(field.before + String(index + 1) + field.after, at: location, severity: .warning))
                    }
                }
            case .fact(let slot, let message):
                guard facts[slot] == nil else { continue }
                warnings.append(file.diagnostic(message, at: emptyAt(slot) ?? factsLocation, severity: .warning))
            }
        }
        return warnings
    }

    /// Warnings for list items that state no field at all (`- form:` with every field left
    /// empty, as `civiclex new` prints them): each stands for an act about which nothing is
    /// known, so every rule over it is undetermined. The streaming decoder leaves such a case
    /// to the tree loader.
    func emptyItemWarnings(_ facts: [Value?], file: SourceFile, places: (Int) -> ListPlaces) -> [Diagnostic] {
        var warnings: [Diagnostic] = []
        for (slot, fact) in law.schema.facts.enumerated() {
            guard case .list(.record) = fact.type, case .list(let items)? = facts[slot] else { continue }
            for (index, item) in items.enumerated() {
                guard case .record(let record) = item, record.fields.allSatisfy({ $0 == nil }) else { continue }
                let listPlaces = places(slot)
                let location = index < listPlaces.items.count ? listPlaces.items[index] : listPlaces.list
                warnings.append(file.diagnostic(
                    "\(fact.name)[\(index + 1)] states nothing: an item is one act, and one left empty is an act about which nothing is known (its rules stay undetermined); fill it in, or delete it if there was no such act",
                    at: location, severity: .warning))
            }
        }
        return warnings
    }

    /// ``ListPlaces`` of the list fact in `slot`, found in the tree of a case's `facts:`.
    func listPlaces(_ slot: Int, factsNode: YAMLNode?) -> ListPlaces {
        let listNode = factsNode.flatMap { Self.node(at: law.schema.facts[slot].name, in: $0) }
        return ListPlaces(list: listNode?.location, items: listNode?.sequence?.items.map(\.location) ?? [])
    }

    /// The YAML node holding the fact at `path`, following nested mappings as `decodeFacts` does.
    static func node(at path: String, in node: YAMLNode, prefix: String = "") -> YAMLNode? {
        guard case .mapping(let mapping) = node else { return nil }
        for entry in mapping.entries {
            let entryPath = prefix.isEmpty ? entry.key.text : prefix + "." + entry.key.text
            if entryPath == path { return entry.value }
            if path.hasPrefix(entryPath + "."), let found = Self.node(at: path, in: entry.value, prefix: entryPath) { return found }
        }
        return nil
    }
}

/// One check of ``CaseLoader/essentialFactWarnings(_:factsLocation:file:places:)``, with its
/// message made once.
enum EssentialCheck: Sendable {
    /// A scalar fact that should be stated, and the warning when it is not.
    case fact(slot: Int, message: String)
    /// A list of records whose items should state these fields; an item's warning is
    /// `before` + its number + `after`.
    case fields(slot: Int, [(index: Int, before: String, after: String)])

    /// The checks of `schema`, in slot order: essential fields of lists of records (whose own
    /// `essential` is not checked) and other essential facts.
    static func all(in schema: FactSchema) -> [EssentialCheck] {
        schema.facts.enumerated().compactMap { slot, definition in
            switch definition.type {
            case .list(.record(let recordType)):
                let fields = recordType.fields.enumerated().compactMap { index, field in
                    field.essential.map { (index, "\(definition.name)[", "] does not state `\(field.name)`: \($0)") }
                }
                return fields.isEmpty ? nil : .fields(slot: slot, fields)
            default:
                return definition.essential.map { .fact(slot: slot, message: "the case does not state `\(definition.name)`: \($0)") }
            }
        }
    }
}
