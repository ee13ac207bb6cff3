/// A node of a parsed YAML document.
///
/// Aliases are resolved while parsing, so the tree contains no alias nodes; an alias
/// becomes a copy of the anchored node (sharing storage, since nodes are values).
public enum YAMLNode: Sendable, Hashable {
    case scalar(YAMLScalar)
    case sequence(YAMLSequence)
    case mapping(YAMLMapping)

    /// The span of the node in the source.
    public var range: SourceRange {
        switch self {
        case .scalar(let scalar): scalar.range
        case .sequence(let sequence): sequence.range
        case .mapping(let mapping): mapping.range
        }
    }

    /// Where the node starts (`range.start`).
    public var location: SourceLocation { range.start }

    /// "scalar", "sequence" or "mapping", for error messages.
    public var kindName: String {
        switch self {
        case .scalar: "scalar"
        case .sequence: "sequence"
        case .mapping: "mapping"
        }
    }

    /// The scalar, if this node is one.
    public var scalar: YAMLScalar? {
        if case .scalar(let scalar) = self { return scalar }
        return nil
    }

    /// The sequence, if this node is one.
    public var sequence: YAMLSequence? {
        if case .sequence(let sequence) = self { return sequence }
        return nil
    }

    /// The mapping, if this node is one.
    public var mapping: YAMLMapping? {
        if case .mapping(let mapping) = self { return mapping }
        return nil
    }
}
