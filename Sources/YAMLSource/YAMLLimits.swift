/// Resource limits applied while reading YAML, so hostile or broken input fails
/// with a diagnostic instead of exhausting memory or time.
public struct YAMLLimits: Sendable, Hashable {
    /// Largest accepted input, in bytes.
    public var maxBytes: Int = 10 * 1024 * 1024
    /// Deepest accepted nesting of sequences and mappings.
    public var maxDepth: Int = 256
    /// Total nodes materialised through aliases in one document (billion-laughs guard).
    public var maxAliasExpansion: Int = 100_000
    /// Longest accepted scalar, in bytes.
    public var maxScalarLength: Int = 1 * 1024 * 1024
    /// Most nodes accepted in one document, counting alias expansions.
    public var maxNodes: Int = 5_000_000

    /// Creates limits; every parameter defaults to the value used by ``default``.
    public init(
        maxBytes: Int = 10 * 1024 * 1024,
        maxDepth: Int = 256,
        maxAliasExpansion: Int = 100_000,
        maxScalarLength: Int = 1 * 1024 * 1024,
        maxNodes: Int = 5_000_000
    ) {
        self.maxBytes = maxBytes
        self.maxDepth = maxDepth
        self.maxAliasExpansion = maxAliasExpansion
        self.maxScalarLength = maxScalarLength
        self.maxNodes = maxNodes
    }

    /// The default limits.
    public static let `default` = YAMLLimits()
}
