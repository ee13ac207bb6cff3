/// A YAML mapping (block `key: value` or flow `{a: b}`).
///
/// Keys are always scalars and unique by text: the reader rejects anything else,
/// so lookups by string are unambiguous.
public struct YAMLMapping: Sendable, Hashable {
    /// One `key: value` pair.
    public struct Entry: Sendable, Hashable {
        /// The key, with its own location (useful for "unknown key" diagnostics).
        public var key: YAMLScalar
        /// The value.
        public var value: YAMLNode

        /// Creates an entry.
        public init(key: YAMLScalar, value: YAMLNode) {
            self.key = key
            self.value = value
        }
    }

    /// The entries, in document order.
    public var entries: [Entry]
    /// The span of the mapping in the source.
    public var range: SourceRange

    /// Creates a mapping.
    public init(entries: [Entry], range: SourceRange) {
        self.entries = entries
        self.range = range
    }

    /// The value for the key whose text is `key`, or nil.
    ///
    /// A linear scan: mappings in practice are small, and scanning beats hashing there.
    public subscript(key: String) -> YAMLNode? {
        index(of: key).map { entries[$0].value }
    }

    /// The entry whose key text is `key`, or nil.
    public func entry(_ key: String) -> Entry? {
        index(of: key).map { entries[$0] }
    }

    /// Compares keys in place: copying each entry out to look at its key cost more than the scan.
    private func index(of key: String) -> Int? {
        entries.firstIndex { $0.key.text == key }
    }
}
