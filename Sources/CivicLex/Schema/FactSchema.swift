/// The vocabulary of facts a case may state, loaded from the rule set's `facts:` section.
///
/// Each top-level fact has a slot so that case facts are a flat array, not a dictionary.
public struct FactSchema: Sendable {
    public let facts: [FactDefinition]
    private let slots: [String: Int]
    /// Every dotted prefix of a fact path (`org` for `org.legal_form`), for nested case maps.
    private let prefixes: Set<String>
    /// The schema prepared for decoding case files straight from YAML events.
    let keyIndex: FactKeyIndex

    public init(facts: [FactDefinition]) {
        self.facts = facts
        var slots: [String: Int] = [:]
        var prefixes: Set<String> = []
        for (index, fact) in facts.enumerated() {
            slots[fact.name] = index
            var prefix = ""
            for component in fact.name.split(separator: ".").dropLast() {
                prefix = prefix.isEmpty ? String(component) : prefix + "." + component
                prefixes.insert(prefix)
            }
        }
        self.slots = slots
        self.prefixes = prefixes
        keyIndex = FactKeyIndex(facts: facts, slots: slots, prefixes: prefixes)
    }

    public func slot(of path: String) -> Int? { slots[path] }

    public func definition(of path: String) -> FactDefinition? { slots[path].map { facts[$0] } }

    public func isPrefix(_ path: String) -> Bool { prefixes.contains(path) }

    public var paths: [String] { facts.map(\.name) }
}
