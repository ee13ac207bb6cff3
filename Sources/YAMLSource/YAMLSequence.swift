/// A YAML sequence (block `- item` or flow `[a, b]`).
public struct YAMLSequence: Sendable, Hashable {
    /// The items, in document order.
    public var items: [YAMLNode]
    /// The span of the sequence in the source.
    public var range: SourceRange

    /// Creates a sequence.
    public init(items: [YAMLNode], range: SourceRange) {
        self.items = items
        self.range = range
    }
}
