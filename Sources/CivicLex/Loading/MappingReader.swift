import YAMLSource

/// Reads the fields of one YAML mapping, reporting wrong types at the value and unknown keys
/// (with a suggestion) at the key.
struct MappingReader {
    let mapping: YAMLMapping
    let file: SourceFile
    let what: String
    /// Keys read so far: a handful per mapping, so a list scans faster than a set hashes.
    private(set) var used: [String] = []

    init(_ mapping: YAMLMapping, file: SourceFile, what: String) {
        self.mapping = mapping
        self.file = file
        self.what = what
    }

    /// Wraps `node` when it is a mapping; otherwise reports an error and returns nil.
    static func make(_ node: YAMLNode, file: SourceFile, what: String, sink: inout DiagnosticSink) -> MappingReader? {
        guard case .mapping(let mapping) = node else {
            sink.error("\(what) must be a mapping, found a \(node.kindName)", in: file, at: node.location)
            return nil
        }
        return MappingReader(mapping, file: file, what: what)
    }

    var location: SourceLocation { mapping.range.start }

    mutating func node(_ key: String) -> YAMLNode? {
        if !used.contains(key) { used.append(key) }
        guard let node = mapping[key] else { return nil }
        if case .scalar(let scalar) = node, scalar.isNull { return nil }
        return node
    }

    mutating func scalar(_ key: String, sink: inout DiagnosticSink) -> YAMLScalar? {
        guard let node = node(key) else { return nil }
        guard case .scalar(let scalar) = node else {
            sink.error("`\(key)` must be a single value, found a \(node.kindName)", in: file, at: node.location)
            return nil
        }
        return scalar
    }

    mutating func string(_ key: String, sink: inout DiagnosticSink) -> String? {
        scalar(key, sink: &sink)?.text
    }

    mutating func requiredString(_ key: String, sink: inout DiagnosticSink) -> String? {
        guard let value = string(key, sink: &sink) else {
            sink.error("\(what) is missing `\(key)`", in: file, at: location)
            return nil
        }
        return value
    }

    /// A field that must be there and not empty: `value: ~` is reported, never read as absent.
    mutating func requiredDay(_ key: String, sink: inout DiagnosticSink) -> Day? {
        let value = day(key, sink: &sink)
        if value == nil { reportAbsent(key, sink: &sink) }
        return value
    }

    mutating func requiredInteger(_ key: String, sink: inout DiagnosticSink) -> Int? {
        let value = integer(key, sink: &sink)
        if value == nil { reportAbsent(key, sink: &sink) }
        return value
    }

    /// After a required read gave nothing: says whether the key is missing or empty (a value
    /// of the wrong type was reported by the read itself).
    func reportAbsent(_ key: String, sink: inout DiagnosticSink) {
        guard let node = mapping[key] else {
            sink.error("\(what) is missing `\(key)`", in: file, at: location)
            return
        }
        if case .scalar(let scalar) = node, scalar.isNull {
            sink.error("`\(key)` is empty in \(what); give a value", in: file, at: node.location)
        }
    }

    mutating func day(_ key: String, sink: inout DiagnosticSink) -> Day? {
        guard let scalar = scalar(key, sink: &sink) else { return nil }
        return Self.day(scalar, file: file, sink: &sink)
    }

    static func day(_ scalar: YAMLScalar, file: SourceFile, sink: inout DiagnosticSink) -> Day? {
        guard let day = Day(iso: scalar.text) else {
            sink.error(Self.dateProblem(scalar.text), in: file, at: scalar.range.start)
            return nil
        }
        return day
    }

    /// Explains why a text is not a date: wrong shape, or a day that does not exist.
    static func dateProblem(_ text: String) -> String {
        let shape = text.utf8.count == 10 && text.utf8.enumerated().allSatisfy { index, byte in
            index == 4 || index == 7 ? byte == UInt8(ascii: "-") : (byte >= 48 && byte <= 57)
        }
        if shape { return "`\(text)` is not a real calendar date" }
        let suggestion = WritingHint.date(text).map { "; did you mean \($0)?" } ?? ""
        return "`\(text)` is not a date; expected YYYY-MM-DD" + suggestion
    }

    mutating func number(_ key: String, sink: inout DiagnosticSink) -> Double? {
        guard let scalar = scalar(key, sink: &sink) else { return nil }
        guard let value = scalar.number else {
            sink.error("`\(key)` must be a number, found `\(scalar.text)`", in: file, at: scalar.range.start)
            return nil
        }
        return value
    }

    mutating func integer(_ key: String, sink: inout DiagnosticSink) -> Int? {
        guard let scalar = scalar(key, sink: &sink) else { return nil }
        guard let value = scalar.integer else {
            sink.error("`\(key)` must be an integer, found `\(scalar.text)`", in: file, at: scalar.range.start)
            return nil
        }
        return value
    }

    mutating func bool(_ key: String, sink: inout DiagnosticSink) -> Bool? {
        guard let scalar = scalar(key, sink: &sink) else { return nil }
        guard let value = scalar.bool else {
            sink.error("`\(key)` must be true or false, found `\(scalar.text)`", in: file, at: scalar.range.start)
            return nil
        }
        return value
    }

    mutating func status(sink: inout DiagnosticSink) -> VerificationStatus {
        guard let scalar = scalar("status", sink: &sink) else { return .verified }
        guard let status = VerificationStatus(rawValue: scalar.text) else {
            sink.error(
                "unknown status `\(scalar.text)`; expected verified, partly or unverified",
                in: file, at: scalar.range.start)
            return .unverified
        }
        return status
    }

    mutating func stringList(_ key: String, sink: inout DiagnosticSink) -> [YAMLScalar]? {
        guard let node = node(key) else { return nil }
        switch node {
        case .scalar(let scalar): return [scalar]
        case .sequence(let sequence):
            var result: [YAMLScalar] = []
            for item in sequence.items {
                guard case .scalar(let scalar) = item else {
                    sink.error("`\(key)` must list plain values, found a \(item.kindName)", in: file, at: item.location)
                    continue
                }
                result.append(scalar)
            }
            return result
        case .mapping:
            sink.error("`\(key)` must be a list, found a mapping", in: file, at: node.location)
            return nil
        }
    }

    /// Reports keys that were never read: almost always a misspelling.
    func reportUnknownKeys(sink: inout DiagnosticSink, allowed extra: [String] = []) {
        for entry in mapping.entries where !used.contains(entry.key.text) && !extra.contains(entry.key.text) {
            sink.error(
                "unknown key `\(entry.key.text)` in \(what)" + Suggestion.hint(for: entry.key.text, in: used + extra),
                in: file, at: entry.key.range.start)
        }
    }
}

extension YAMLScalar {
    /// Location of a UTF-8 offset inside this scalar's text, for errors inside expressions.
    ///
    /// Exact for single-line plain and quoted scalars and for literal blocks; otherwise the
    /// scalar's start, which is still the right line for the reader to look at.
    func location(ofOffset offset: Int, in file: SourceFile) -> SourceLocation {
        let utf8 = Array(text.utf8)
        let clamped = min(max(offset, 0), utf8.count)
        let before = utf8[..<clamped]
        let newlines = before.filter { $0 == 0x0A }.count
        switch style {
        case .plain, .singleQuoted, .doubleQuoted:
            guard range.start.line == range.end.line else { return range.start }
            let quote = style == .plain ? 0 : 1
            let scalars = String(decoding: before, as: UTF8.self).unicodeScalars.count
            return SourceLocation(line: range.start.line, column: range.start.column + quote + scalars)
        case .literal, .folded:
            if let location = blockLocation(ofOffset: clamped, in: file) { return location }
            return style == .literal ? SourceLocation(line: range.start.line + 1 + newlines, column: 1) : range.start
        }
    }

    /// Maps a UTF-8 offset of a block scalar's text to its source position: each content line
    /// contributes its text after the block indentation (that of the first non-blank line) plus
    /// one byte for its line break (a newline in literal blocks, a space in folded ones, where
    /// blank lines fold away).
    private func blockLocation(ofOffset offset: Int, in file: SourceFile) -> SourceLocation? {
        // An empty block has no content line to point into; its indicator is the place.
        if text.isEmpty { return range.start }
        var lineNumber = range.start.line + 1
        var indent: Int?
        var consumed = 0
        while lineNumber <= max(range.end.line, range.start.line + 1), let line = file.line(lineNumber) {
            let isBlank = line.allSatisfy { $0 == " " }
            if indent == nil, !isBlank { indent = line.prefix { $0 == " " }.count }
            // The offset fell on the line break of the blank line before.
            if offset < consumed { return SourceLocation(line: lineNumber - 1, column: 1) }
            if let indent, !isBlank {
                let content = Array(line.utf8.dropFirst(indent))
                if offset <= consumed + content.count {
                    let scalars = String(decoding: content[..<(offset - consumed)], as: UTF8.self).unicodeScalars.count
                    return SourceLocation(line: lineNumber, column: indent + 1 + scalars)
                }
                consumed += content.count + 1
            } else if style == .literal {
                consumed += 1
            }
            lineNumber += 1
        }
        return nil
    }
}
