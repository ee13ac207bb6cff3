internal import CLibYAML

/// Turns libyaml events into a ``YAMLNode`` tree.
///
/// Iterative by design: open collections live in `stack` as plain struct frames that
/// are mutated in place, so document depth never becomes call-stack depth and there
/// are no per-event class allocations.
struct TreeBuilder {
    /// An open sequence or mapping.
    private struct Frame {
        var isMapping: Bool
        var start: SourceLocation
        var anchor: String?
        var items: [YAMLNode] = []
        var entries: [YAMLMapping.Entry] = []
        /// The key waiting for its value (mappings only).
        var pendingKey: YAMLScalar?
        /// Mirrors `pendingKey != nil` so the per-event check does not touch the scalar.
        var hasPendingKey = false
        /// Key text -> entry index, built only once a mapping is big enough that a
        /// linear duplicate scan would cost more than hashing.
        var keyIndex: [String: Int]?
        /// Nodes in this subtree, including itself (for alias-expansion accounting).
        var count = 1
        /// Collection levels in this subtree, including itself.
        var height = 1
    }

    /// A completed anchored node and the sizes needed to charge for each alias to it.
    private struct Anchored {
        var node: YAMLNode
        var count: Int
        var height: Int
        /// Bytes of scalar text in the subtree, measured when first aliased.
        var bytes: Int?
    }

    /// Mappings with at most this many entries are checked for duplicates by scanning.
    private static let linearKeyScanLimit = 16

    private let file: SourceFile
    private let limits: YAMLLimits
    private var stack: [Frame] = []
    private var anchors: [String: Anchored] = [:]
    private var root: YAMLNode?
    private var documents = 0
    private var nodes = 0
    private var aliasExpansion = 0
    /// Scalar bytes materialised through aliases: bounded like the file itself, so a large
    /// anchored scalar referenced many times cannot multiply into every consumer's output.
    private var aliasBytes = 0

    init(file: SourceFile, limits: YAMLLimits) {
        self.file = file
        self.limits = limits
    }

    /// Parses `input` (non-empty UTF-8) and returns the document's root.
    mutating func run(_ input: UnsafeBufferPointer<UInt8>) throws(Diagnostic) -> YAMLNode? {
        // Heap-allocated because libyaml keeps a pointer to the parser inside itself
        // (string input handler data); a Swift local may not have a stable address.
        let parser = UnsafeMutablePointer<yaml_parser_t>.allocate(capacity: 1)
        defer { parser.deallocate() }
        guard yaml_parser_initialize(parser) != 0 else {
            throw file.diagnostic("out of memory while creating the YAML parser", at: nil)
        }
        defer { yaml_parser_delete(parser) }
        yaml_parser_set_input_string(parser, input.baseAddress, input.count)
        yaml_parser_set_encoding(parser, YAML_UTF8_ENCODING)

        let event = UnsafeMutablePointer<yaml_event_t>.allocate(capacity: 1)
        defer { event.deallocate() }
        while true {
            guard yaml_parser_parse(parser, event) != 0 else {
                throw parserError(parser.pointee, input: input)
            }
            defer { yaml_event_delete(event) }
            let type = event.pointee.type
            if type == YAML_STREAM_END_EVENT { break }
            try handle(type, event)
        }
        return finish()
    }

    // MARK: - Events

    private mutating func handle(_ type: yaml_event_type_t, _ event: UnsafeMutablePointer<yaml_event_t>) throws(Diagnostic) {
        // Ordered by frequency: scalars dominate real documents.
        if type == YAML_SCALAR_EVENT {
            try scalar(event)
        } else if type == YAML_MAPPING_START_EVENT {
            let data = event.pointee.data.mapping_start
            try open(isMapping: true, event, tag: data.tag, anchor: data.anchor)
        } else if type == YAML_SEQUENCE_START_EVENT {
            let data = event.pointee.data.sequence_start
            try open(isMapping: false, event, tag: data.tag, anchor: data.anchor)
        } else if type == YAML_MAPPING_END_EVENT || type == YAML_SEQUENCE_END_EVENT {
            try close(event)
        } else if type == YAML_ALIAS_EVENT {
            try alias(event)
        } else if type == YAML_DOCUMENT_START_EVENT {
            if documents > 0 {
                throw file.diagnostic(
                    "expected a single YAML document; found a second document",
                    at: Self.location(event.pointee.start_mark))
            }
            documents += 1
        }
        // STREAM_START and DOCUMENT_END carry nothing we need.
    }

    private mutating func scalar(_ event: UnsafeMutablePointer<yaml_event_t>) throws(Diagnostic) {
        let data = event.pointee.data.scalar
        let start = Self.location(event.pointee.start_mark)
        let length = data.length
        if length > limits.maxScalarLength {
            throw file.diagnostic("scalar is longer than \(limits.maxScalarLength) bytes", at: start)
        }
        try countNodes(1, at: start)

        let style = YAMLScalar.Style(data.style)
        let text = length == 0 ? "" : String(decoding: UnsafeBufferPointer(start: data.value, count: length), as: UTF8.self)
        var tag: String?
        if let tagPointer = data.tag {
            tag = try scalarTag(String(cString: tagPointer), text: text, at: start)
        }
        let scalar = YAMLScalar(
            text: text, style: style, tag: tag,
            range: SourceRange(start: start, end: Self.location(event.pointee.end_mark)))
        if let anchor = data.anchor {
            anchors[String(cString: anchor)] = Anchored(node: .scalar(scalar), count: 1, height: 0)
        }
        // Moved, not copied, into the tree: this is the hottest path.
        if isKeyPosition {
            try addKey(consume scalar, count: 1, at: start)
        } else {
            add(.scalar(consume scalar), count: 1, height: 0)
        }
    }

    private mutating func open(
        isMapping: Bool,
        _ event: UnsafeMutablePointer<yaml_event_t>,
        tag: UnsafeMutablePointer<yaml_char_t>?,
        anchor: UnsafeMutablePointer<yaml_char_t>?
    ) throws(Diagnostic) {
        let start = Self.location(event.pointee.start_mark)
        // Checked before pushing, so a 100,000-deep document fails at level 257.
        if stack.count >= limits.maxDepth {
            throw file.diagnostic("nesting deeper than \(English.count(limits.maxDepth, "level"))", at: start)
        }
        if isKeyPosition {
            throw file.diagnostic("mapping keys must be scalars", at: start)
        }
        try countNodes(1, at: start)
        if let tag {
            let tag = String(cString: tag)
            let expected = isMapping ? CoreTag.map : CoreTag.seq
            if tag != "!" && tag != expected {
                throw tagError(tag, kind: isMapping ? "mapping" : "sequence", at: start)
            }
        }
        stack.append(Frame(isMapping: isMapping, start: start, anchor: anchor.map { String(cString: $0) }))
    }

    private mutating func close(_ event: UnsafeMutablePointer<yaml_event_t>) throws(Diagnostic) {
        let frame = stack.removeLast()
        let range = SourceRange(start: frame.start, end: Self.location(event.pointee.end_mark))
        let node: YAMLNode =
            frame.isMapping
            ? .mapping(YAMLMapping(entries: frame.entries, range: range))
            : .sequence(YAMLSequence(items: frame.items, range: range))
        if let anchor = frame.anchor {
            anchors[anchor] = Anchored(node: node, count: frame.count, height: frame.height)
        }
        // Never a key: open() rejects collections in key position.
        add(node, count: frame.count, height: frame.height)
    }

    private mutating func alias(_ event: UnsafeMutablePointer<yaml_event_t>) throws(Diagnostic) {
        let start = Self.location(event.pointee.start_mark)
        let name = String(cString: event.pointee.data.alias.anchor)
        guard var anchored = anchors[name] else {
            if stack.contains(where: { $0.anchor == name }) {
                throw file.diagnostic("alias `*\(name)` refers to a node that contains it (recursive aliases are not supported)", at: start)
            }
            throw file.diagnostic("unknown alias `*\(name)`: no anchor `&\(name)` is defined before it", at: start)
        }
        // Charge the full size of the aliased subtree: the tree shares storage, but
        // every consumer walking it pays for each copy (billion laughs).
        aliasExpansion += anchored.count
        if aliasExpansion > limits.maxAliasExpansion {
            throw file.diagnostic(
                "alias expansion exceeds \(English.count(limits.maxAliasExpansion, "node")) (billion-laughs protection)", at: start)
        }
        let bytes = anchored.bytes ?? Self.scalarBytes(anchored.node)
        if anchored.bytes == nil {
            anchored.bytes = bytes
            anchors[name] = anchored
        }
        aliasBytes += bytes
        if aliasBytes > limits.maxBytes {
            throw file.diagnostic(
                "aliases repeat more than \(limits.maxBytes) bytes of text (an alias may not expand the file beyond the file-size limit)", at: start)
        }
        if stack.count + anchored.height > limits.maxDepth {
            throw file.diagnostic("nesting deeper than \(English.count(limits.maxDepth, "level"))", at: start)
        }
        try countNodes(anchored.count, at: start)
        if isKeyPosition {
            guard case .scalar(let key) = anchored.node else {
                throw file.diagnostic("mapping keys must be scalars", at: start)
            }
            try addKey(key, count: anchored.count, at: start)
        } else {
            add(anchored.node, count: anchored.count, height: anchored.height)
        }
    }

    /// Scalar bytes (keys and values) in `node`'s subtree, walked without recursion.
    private static func scalarBytes(_ node: YAMLNode) -> Int {
        var total = 0
        var pending = [node]
        while let next = pending.popLast() {
            switch next {
            case .scalar(let scalar): total += scalar.text.utf8.count
            case .sequence(let sequence): pending.append(contentsOf: sequence.items)
            case .mapping(let mapping):
                for entry in mapping.entries {
                    total += entry.key.text.utf8.count
                    pending.append(entry.value)
                }
            }
        }
        return total
    }

    // MARK: - Tree assembly

    /// True when the next node will be a mapping key (the innermost open collection is a
    /// mapping that is not waiting for a value).
    private var isKeyPosition: Bool {
        let top = stack.count - 1
        return top >= 0 && stack[top].isMapping && !stack[top].hasPendingKey
    }

    /// Attaches a completed node as a sequence item or mapping value (or makes it the root).
    /// Values are moved, not copied, into the frame: this runs once per node.
    private mutating func add(_ node: consuming YAMLNode, count: Int, height: Int) {
        let top = stack.count - 1
        guard top >= 0 else {
            root = node
            return
        }
        stack[top].count += count
        if height + 1 > stack[top].height { stack[top].height = height + 1 }
        if stack[top].hasPendingKey, let key = stack[top].pendingKey.take() {
            stack[top].hasPendingKey = false
            stack[top].entries.append(YAMLMapping.Entry(key: key, value: node))
        } else {
            stack[top].items.append(node)
        }
    }

    /// Records `key` as the pending key of the innermost mapping, after rejecting merge
    /// keys and duplicates. `location` is where to report (the alias, for aliased keys).
    private mutating func addKey(_ key: consuming YAMLScalar, count: Int, at location: SourceLocation) throws(Diagnostic) {
        let top = stack.count - 1
        if key.style == .plain, key.tag == nil, key.text == "<<" {
            throw file.diagnostic("merge keys (`<<`) are not supported", at: location)
        }
        if let first = recordKey(key, in: top) {
            let normalised = Array(first.text.utf8) != Array(key.text.utf8) ? " (the same text as an earlier key after Unicode normalisation)" : ""
            throw file.diagnostic(
                "duplicate key `\(key.text)`\(normalised)", at: location,
                notes: [file.note("first defined here", at: first.range.start)])
        }
        stack[top].count += count
        stack[top].pendingKey = key
        stack[top].hasPendingKey = true
    }

    /// Registers `key` for the mapping at `top`; returns the earlier key if it is a duplicate.
    private mutating func recordKey(_ key: YAMLScalar, in top: Int) -> YAMLScalar? {
        let position = stack[top].entries.count
        if stack[top].keyIndex != nil {
            if let index = stack[top].keyIndex![key.text] {
                return stack[top].entries[index].key
            }
            stack[top].keyIndex![key.text] = position
            return nil
        }
        // Borrow the entries rather than iterating copies. String equality is canonical
        // equivalence, so `é` precomposed and `e` + combining accent are one key (as they
        // are for the hashed index above); ASCII keys compare by bytes.
        let text = key.text
        let match = stack[top].entries.withUnsafeBufferPointer { entries in
            entries.firstIndex { $0.key.text == text }
        }
        if let match {
            return stack[top].entries[match].key
        }
        if position >= Self.linearKeyScanLimit {
            var index: [String: Int] = [:]
            index.reserveCapacity(position * 2)
            for (offset, entry) in stack[top].entries.enumerated() {
                index[entry.key.text] = offset
            }
            index[key.text] = position
            stack[top].keyIndex = index
        }
        return nil
    }

    private mutating func countNodes(_ count: Int, at location: SourceLocation) throws(Diagnostic) {
        nodes += count
        if nodes > limits.maxNodes {
            throw file.diagnostic("document has more than \(limits.maxNodes) nodes", at: location)
        }
    }

    private func finish() -> YAMLNode? {
        // "---" alone (or with only comments) yields an empty plain scalar: no content.
        if case .scalar(let scalar)? = root, scalar.text.isEmpty, scalar.style == .plain, scalar.tag == nil {
            return nil
        }
        return root
    }

    // MARK: - Tags

    /// Validates an explicit scalar tag and returns the tag to record.
    private func scalarTag(_ tag: String, text: String, at location: SourceLocation) throws(Diagnostic) -> String {
        // Content is checked as if plain and untagged, i.e. by its text alone.
        let content = YAMLScalar(text: text, range: SourceRange(start: location, end: location))
        let valid: Bool
        switch tag {
        case "!", CoreTag.str: return CoreTag.str  // "!" is the non-specific tag: a string
        case CoreTag.null: valid = content.isNull
        case CoreTag.bool: valid = content.bool != nil
        case CoreTag.int: valid = content.integer != nil
        case CoreTag.float: valid = content.number != nil
        default: throw tagError(tag, kind: "scalar", at: location)
        }
        // An explicitly typed value that does not parse is a mistake, not a string.
        guard valid else {
            throw file.diagnostic("`\(text)` is not a valid `\(CoreTag.display(tag))` value", at: location)
        }
        return tag
    }

    private func tagError(_ tag: String, kind: String, at location: SourceLocation) -> Diagnostic {
        switch tag {
        case CoreTag.str, CoreTag.int, CoreTag.bool, CoreTag.float, CoreTag.null, CoreTag.seq, CoreTag.map:
            file.diagnostic("tag `\(CoreTag.display(tag))` cannot be applied to a \(kind)", at: location)
        default:
            file.diagnostic("unsupported tag `\(CoreTag.display(tag))`", at: location)
        }
    }

    // MARK: - libyaml conversions

    static func location(_ mark: yaml_mark_t) -> SourceLocation {
        SourceLocation(line: Int(mark.line) + 1, column: Int(mark.column) + 1)
    }

    private func parserError(_ parser: yaml_parser_t, input: UnsafeBufferPointer<UInt8>) -> Diagnostic {
        if parser.error == YAML_MEMORY_ERROR {
            return file.diagnostic("out of memory while parsing YAML", at: nil)
        }
        var message = parser.problem.map { String(cString: $0) } ?? "invalid YAML"
        if parser.error == YAML_READER_ERROR {
            // Reader errors (bad UTF-8, control characters) carry a byte offset, not a mark.
            if parser.problem_value != -1 {
                let value = UInt32(truncatingIfNeeded: parser.problem_value)
                message += message.contains("octet") ? " (byte 0x\(Self.hex(value, digits: 2)))" : " (U+\(Self.hex(value, digits: 4)))"
            } else if message.contains("octet"), parser.problem_offset >= 0, parser.problem_offset < input.count {
                // Incomplete sequence at end of input: libyaml gives no value; show the lead byte.
                message += " (byte 0x\(Self.hex(UInt32(input[parser.problem_offset]), digits: 2)))"
            }
            if message.contains("octet") { message = Self.encodingAdvice(message, input: input) }
            return file.diagnostic(message, at: Self.location(ofByte: parser.problem_offset, in: input))
        }
        let location = clampedToText(Self.location(parser.problem_mark))
        if message == "found character that cannot start any token",
            let line = file.line(location.line), location.column >= 1,
            line.unicodeScalars.dropFirst(location.column - 1).first == "\t" {
            return file.diagnostic(
                "found a tab character that cannot start any token (indent YAML with spaces, not tabs)", at: location)
        }
        if message == "mapping keys are not allowed in this context", let line = file.line(location.line), location.column >= 1,
            line.unicodeScalars.dropFirst(location.column - 1).first == "?" {
            message += " (`?` begins a mapping key in YAML; to say a value is not known, leave it empty)"
        }
        let advice = Self.layoutAdvice(message, line: file.line(location.line), column: location.column)
        var notes: [Diagnostic.Note] = []
        if let contextPointer = parser.context {
            let context = String(cString: contextPointer)
            message += " " + context
            let contextLocation = clampedToText(Self.location(parser.context_mark))
            if contextLocation != location {
                // "while parsing a flow sequence" -> "a flow sequence started here"
                var subject = Substring(context)
                for prefix in ["while parsing ", "while scanning "] where subject.hasPrefix(prefix) {
                    subject = subject.dropFirst(prefix.count)
                }
                notes.append(file.note("\(subject) started here", at: contextLocation))
            }
        }
        return file.diagnostic(message + advice, at: location, notes: notes)
    }

    /// What a person usually did to get libyaml's layout complaints: a value holding `: `
    /// unquoted (`title: Rally: results`), a line indented deeper or shallower than its
    /// neighbours, an item's field not lined up under its first field.
    static func layoutAdvice(_ message: String, line: String?, column: Int) -> String {
        switch message {
        case "mapping values are not allowed in this context":
            guard let line, column >= 1 else { return "" }
            let scalars = Array(line.unicodeScalars)
            let end = min(column - 1, scalars.count)
            // The first `: ` before the complaint ends the key; the rest of the line is its value.
            if let colon = (0..<end).first(where: { $0 + 1 < scalars.count && scalars[$0] == ":" && scalars[$0 + 1] == " " }) {
                func trimmed(_ part: ArraySlice<Unicode.Scalar>) -> String {
                    var text = String(String.UnicodeScalarView(part.drop { $0 == " " || $0 == "\t" }))
                    while text.last == " " || text.last == "\t" { text.removeLast() }
                    return text
                }
                let key = trimmed(scalars[..<colon].drop { $0 == "-" })
                var quoted = ""
                for character in trimmed(scalars[(colon + 2)...]) {
                    if character == "\\" || character == "\"" { quoted.append("\\") }
                    quoted.append(character)
                }
                return " (a value that holds `: ` must be quoted: `\(DisplayText.safe(key)): \"\(DisplayText.safe(quoted, limit: 80))\"`)"
            }
            return " (this line is indented deeper than the key above it: keys of one mapping line up)"
        case "did not find expected key":
            guard let line, column >= 1 else { return "" }
            let scalars = Array(line.unicodeScalars)
            let indent = scalars.prefix { $0 == " " }.count
            guard column - 1 == indent, indent < scalars.count else { return "" }
            if scalars[indent] == "-" { return " (a list item where a key was expected: a list goes under a key, indented below it)" }
            return indent > 0 ? " (this line is indented less than the key above it: keys of one mapping line up)" : ""
        case "did not find expected '-' indicator":
            return " (a field of a list item lines up with the item's first field, after `- `; a new item begins with `- `)"
        default:
            return ""
        }
    }

    /// A reader's complaint about bytes that are not UTF-8, with what to do: a UTF-16 file
    /// (its byte-order mark) or one in a code page, such as a Russian text saved as Windows-1251.
    private static func encodingAdvice(_ message: String, input: UnsafeBufferPointer<UInt8>) -> String {
        if input.count >= 2, (input[0] == 0xFF && input[1] == 0xFE) || (input[0] == 0xFE && input[1] == 0xFF) {
            return message + "; the file is UTF-16, not UTF-8: save it as UTF-8"
        }
        return message + "; the file is not UTF-8: save it as UTF-8 (a text saved in Windows-1251 converts with `iconv -f WINDOWS-1251 -t UTF-8`)"
    }

    /// At the end of input libyaml moves to a virtual line after the last one; point
    /// just past the end of the real last line instead, so the diagnostic can quote it.
    private func clampedToText(_ location: SourceLocation) -> SourceLocation {
        // The virtual line after a final newline exists (as ""), but only when nothing follows it.
        guard location.column == 1, location.line > 1, file.line(location.line)?.isEmpty ?? true,
            file.line(location.line + 1) == nil,
            let previous = file.line(location.line - 1)
        else { return location }
        return SourceLocation(line: location.line - 1, column: previous.unicodeScalars.count + 1)
    }

    private static func hex(_ value: UInt32, digits: Int) -> String {
        let text = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, digits - text.count)) + text
    }

    /// Line and column (in scalars) of byte `offset`, counting the same line breaks as libyaml.
    static func location(ofByte offset: Int, in input: UnsafeBufferPointer<UInt8>) -> SourceLocation {
        let end = min(offset, input.count)
        var line = 1
        var column = 1
        var i = 0
        while i < end {
            let byte = input[i]
            var breakLength = 0
            if byte == 0x0A {
                breakLength = 1
            } else if byte == 0x0D {
                breakLength = i + 1 < end && input[i + 1] == 0x0A ? 2 : 1
            } else if byte == 0xC2, i + 1 < end, input[i + 1] == 0x85 {
                breakLength = 2
            } else if byte == 0xE2, i + 2 < end, input[i + 1] == 0x80, input[i + 2] == 0xA8 || input[i + 2] == 0xA9 {
                breakLength = 3
            }
            if breakLength > 0 {
                line += 1
                column = 1
                i += breakLength
                continue
            }
            if byte & 0xC0 != 0x80 { column += 1 }  // count scalars: skip continuation bytes
            i += 1
        }
        return SourceLocation(line: line, column: column)
    }
}
