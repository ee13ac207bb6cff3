/// A fact found missing, kept as the strings it is made of: the `label.field` path of a list
/// item's field is only joined when `EvaluationContext.missing` is read.
struct MissingFact: Equatable {
    /// A fact path (`org.registered`), or the label of a list item (`assemblies[2]`).
    let base: String
    /// The field of the item, when `base` is an item label.
    let field: String?

    /// As reports name it: `org.registered`, `assemblies[2].date`. Labels always hold `[`
    /// and field names never hold `.`, so equal parts and equal paths are the same thing.
    var path: String { field.map { "\(base).\($0)" } ?? base }
}

/// The missing facts of one evaluation, in the order met and without repeats. Short lists
/// are searched in place; a long one (a quantifier over many incomplete items) gets an index.
struct MissingFacts {
    private(set) var facts: [MissingFact] = []
    /// Paths of `facts`, kept only while `facts` is longer than `Self.indexFrom`.
    private var index: Set<String> = []
    private static let indexFrom = 32

    var count: Int { facts.count }
    /// Read once per rule and item: an empty list (batch scoring records none) costs no map.
    var paths: [String] { facts.isEmpty ? [] : facts.map(\.path) }

    mutating func note(_ fact: MissingFact) {
        if facts.count < Self.indexFrom {
            if facts.contains(fact) { return }
        } else {
            if index.isEmpty { index = Set(facts.map(\.path)) }
            guard index.insert(fact.path).inserted else { return }
        }
        facts.append(fact)
    }

    mutating func truncate(to count: Int) {
        guard facts.count > count else { return }
        if !index.isEmpty {
            if count <= Self.indexFrom {
                index.removeAll()
            } else {
                for fact in facts[count...] { index.remove(fact.path) }
            }
        }
        facts.removeLast(facts.count - count)
    }

    mutating func removeAll() {
        // Run per rule and item, mostly on an empty list: no uniqueness check then.
        guard !facts.isEmpty else { return }
        facts.removeAll(keepingCapacity: true)
        if !index.isEmpty { index.removeAll() }
    }
}
