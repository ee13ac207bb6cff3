internal import CLibYAML

/// One libyaml event as ``YAMLEventReader`` hands it out: only the kinds an ordinary
/// document is made of (no aliases, anchors or tags, which the reader refuses).
public struct YAMLEvent {
    public enum Kind: Sendable {
        case scalar, mappingStart, mappingEnd, sequenceStart, sequenceEnd
        /// The end of the stream, after the single document.
        case end
    }

    public let kind: Kind
    public let start: SourceLocation
    public let end: SourceLocation
    /// Scalars only; `.plain` for every other kind.
    public let style: YAMLScalar.Style
    /// A scalar's text as UTF-8, pointing into libyaml's event: valid only until the
    /// reader's next call to ``YAMLEventReader/next()``.
    public let bytes: UnsafeBufferPointer<UInt8>

    /// The scalar's text (copied out of the event).
    public var text: String { bytes.isEmpty ? "" : String(decoding: bytes, as: UTF8.self) }

    /// An untagged plain scalar that the core schema reads as null (`~`, `null`, empty).
    public var isNull: Bool { kind == .scalar && style == .plain && YAMLScalar.isNullText(bytes) }

    /// Whether the scalar's text is exactly `literal` (compared as bytes).
    public func textEquals(_ literal: StaticString) -> Bool {
        guard bytes.count == literal.utf8CodeUnitCount else { return false }
        return bytes.elementsEqual(UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount))
    }
}

/// Streams the events of one YAML document for a caller that decodes them directly,
/// without a ``YAMLNode`` tree (the fast path for files read in bulk).
///
/// It never reports a problem: wherever ``YAMLReader`` would throw a diagnostic — a syntax
/// error, a second document, an exceeded ``YAMLLimits`` — and wherever the document uses an
/// anchor, alias or tag (which the tree reader resolves), ``next()`` returns nil. The caller
/// then gives up and parses the same bytes with ``YAMLReader``, which reports exactly as
/// always. Duplicate keys, merge keys and non-scalar keys are the caller's to refuse (it
/// knows where keys are), except inside ``node(from:)``, which refuses them itself.
public struct YAMLEventReader: ~Copyable {
    private let parser: UnsafeMutablePointer<yaml_parser_t>
    private let event: UnsafeMutablePointer<yaml_event_t>
    private var holdsEvent = false
    private var initialized = false
    private let limits: YAMLLimits
    private var documents = 0
    private var nodes = 0
    /// Collections open at the current event.
    public private(set) var depth = 0

    /// Reads `input` (non-empty UTF-8 without a byte-order mark); it must outlive the reader.
    public init(_ input: UnsafeBufferPointer<UInt8>, limits: YAMLLimits) {
        self.limits = limits
        // Heap-allocated: libyaml keeps a pointer to the parser inside itself.
        parser = .allocate(capacity: 1)
        event = .allocate(capacity: 1)
        guard yaml_parser_initialize(parser) != 0 else { return }
        initialized = true
        yaml_parser_set_input_string(parser, input.baseAddress, input.count)
        yaml_parser_set_encoding(parser, YAML_UTF8_ENCODING)
    }

    deinit {
        if holdsEvent { yaml_event_delete(event) }
        if initialized { yaml_parser_delete(parser) }
        event.deallocate()
        parser.deallocate()
    }

    /// The next content event, or nil where the tree reader would report a problem or the
    /// document uses what only the tree reader handles (anchors, aliases, tags).
    public mutating func next() -> YAMLEvent? {
        guard initialized else { return nil }
        while true {
            if holdsEvent {
                yaml_event_delete(event)
                holdsEvent = false
            }
            guard yaml_parser_parse(parser, event) != 0 else { return nil }
            holdsEvent = true
            let type = event.pointee.type
            if type == YAML_SCALAR_EVENT {
                let data = event.pointee.data.scalar
                guard data.anchor == nil, data.tag == nil, data.length <= limits.maxScalarLength, countNode() else { return nil }
                return make(.scalar, style: YAMLScalar.Style(data.style), bytes: UnsafeBufferPointer(start: data.value, count: data.length))
            } else if type == YAML_MAPPING_START_EVENT || type == YAML_SEQUENCE_START_EVENT {
                let isMapping = type == YAML_MAPPING_START_EVENT
                let anchor = isMapping ? event.pointee.data.mapping_start.anchor : event.pointee.data.sequence_start.anchor
                let tag = isMapping ? event.pointee.data.mapping_start.tag : event.pointee.data.sequence_start.tag
                // The tree reader refuses to open a collection at `maxDepth` open ones.
                guard anchor == nil, tag == nil, depth < limits.maxDepth, countNode() else { return nil }
                depth += 1
                return make(isMapping ? .mappingStart : .sequenceStart)
            } else if type == YAML_MAPPING_END_EVENT || type == YAML_SEQUENCE_END_EVENT {
                depth -= 1
                return make(type == YAML_MAPPING_END_EVENT ? .mappingEnd : .sequenceEnd)
            } else if type == YAML_DOCUMENT_START_EVENT {
                documents += 1
                if documents > 1 { return nil }
            } else if type == YAML_STREAM_END_EVENT {
                return make(.end)
            } else if type == YAML_ALIAS_EVENT {
                return nil
            }
            // STREAM_START and DOCUMENT_END carry nothing.
        }
    }

    private mutating func countNode() -> Bool {
        nodes += 1
        return nodes <= limits.maxNodes
    }

    private func make(_ kind: YAMLEvent.Kind, style: YAMLScalar.Style = .plain, bytes: UnsafeBufferPointer<UInt8> = .init(start: nil, count: 0)) -> YAMLEvent {
        YAMLEvent(
            kind: kind, start: TreeBuilder.location(event.pointee.start_mark), end: TreeBuilder.location(event.pointee.end_mark),
            style: style, bytes: bytes)
    }

    /// The node that starts with `first` (the event just read), built as ``YAMLReader`` would
    /// build it; nil where that reader would report a problem (a duplicate, merge or
    /// non-scalar key, or anything ``next()`` refuses). Iterative, like the tree reader.
    public mutating func node(from first: YAMLEvent) -> YAMLNode? {
        var builder = SubtreeBuilder()
        var current = first
        while true {
            switch builder.add(current) {
            case .failed: return nil
            case .done(let node): return node
            case .needsMore:
                guard let next = next() else { return nil }
                current = next
            }
        }
    }
}

/// Assembles the events of one node into a ``YAMLNode``, refusing what ``TreeBuilder``
/// reports as an error (duplicate keys by canonical equivalence, merge keys, collections
/// as keys). Anchors, aliases, tags and limits never reach it (``YAMLEventReader`` refuses them).
private struct SubtreeBuilder {
    enum Step {
        case needsMore, failed
        case done(YAMLNode)
    }

    private struct Frame {
        var isMapping: Bool
        var start: SourceLocation
        var items: [YAMLNode] = []
        var entries: [YAMLMapping.Entry] = []
        var pendingKey: YAMLScalar?
    }

    private var stack: [Frame] = []
    private static let maxScannedKeys = 64

    mutating func add(_ event: YAMLEvent) -> Step {
        // Read in place: copying the frame would retain its arrays.
        let top = stack.count - 1
        let keyPosition = top >= 0 && stack[top].isMapping && stack[top].pendingKey == nil
        switch event.kind {
        case .scalar:
            let scalar = YAMLScalar(text: event.text, style: event.style, range: SourceRange(start: event.start, end: event.end))
            if keyPosition {
                if scalar.style == .plain, scalar.text == "<<" { return .failed }
                // String equality is canonical equivalence, as in the tree reader. A scan is
                // quadratic, so a big mapping is left to the tree reader, which hashes.
                if stack[stack.count - 1].entries.count >= Self.maxScannedKeys { return .failed }
                if stack[stack.count - 1].entries.contains(where: { $0.key.text == scalar.text }) { return .failed }
                stack[stack.count - 1].pendingKey = scalar
                return .needsMore
            }
            return attach(.scalar(scalar))
        case .mappingStart, .sequenceStart:
            if keyPosition { return .failed }
            stack.append(Frame(isMapping: event.kind == .mappingStart, start: event.start))
            return .needsMore
        case .mappingEnd, .sequenceEnd:
            guard let frame = stack.popLast() else { return .failed }
            let range = SourceRange(start: frame.start, end: event.end)
            return attach(frame.isMapping ? .mapping(YAMLMapping(entries: frame.entries, range: range)) : .sequence(YAMLSequence(items: frame.items, range: range)))
        case .end:
            return .failed
        }
    }

    private mutating func attach(_ node: YAMLNode) -> Step {
        guard !stack.isEmpty else { return .done(node) }
        let top = stack.count - 1
        if let key = stack[top].pendingKey.take() {
            stack[top].entries.append(YAMLMapping.Entry(key: key, value: node))
        } else {
            stack[top].items.append(node)
        }
        return .needsMore
    }
}

extension YAMLScalar.Style {
    /// The style of a libyaml scalar event.
    init(_ style: yaml_scalar_style_t) {
        switch style {
        case YAML_SINGLE_QUOTED_SCALAR_STYLE: self = .singleQuoted
        case YAML_DOUBLE_QUOTED_SCALAR_STYLE: self = .doubleQuoted
        case YAML_LITERAL_SCALAR_STYLE: self = .literal
        case YAML_FOLDED_SCALAR_STYLE: self = .folded
        default: self = .plain
        }
    }
}
