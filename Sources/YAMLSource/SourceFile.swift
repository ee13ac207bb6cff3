internal import Synchronization

/// The text of one input file, kept so diagnostics can quote the offending line.
public struct SourceFile: Sendable {
    /// The path used in diagnostics (as given, not normalised).
    public let path: String
    /// The decoded file contents.
    public let text: String
    /// Line table, built when the first diagnostic needs a line.
    private let lines = LineTable()

    /// Creates a source file from a path and its already decoded text.
    public init(path: String, text: String) {
        self.path = path
        self.text = text
    }

    /// Returns the 1-based line `number` without its line break, or nil if the file
    /// has no such line.
    ///
    /// Line breaks are the ones libyaml counts (LF, CR, CRLF, NEL, LS, PS) so that
    /// line numbers from the parser select the line the parser meant. The first few calls
    /// scan only up to the line (most files quote one or two); later ones share a line
    /// table built once, so a file with many diagnostics costs linear time, not quadratic.
    public func line(_ number: Int) -> String? {
        guard number >= 1, let (start, end) = lines.bounds(ofLine: number, in: text) else { return nil }
        let utf8 = text.utf8
        let lower = utf8.index(utf8.startIndex, offsetBy: start), upper = utf8.index(utf8.startIndex, offsetBy: end)
        return Self.stripBOM(String(text[lower..<upper]))
    }

    /// UTF-8 offsets of each line's start and end (before its break); the last line has no
    /// trailing break, and an empty last "line" after a final newline still counts, because
    /// libyaml can point at it (e.g. end of input).
    static func lineBounds(of text: String) -> [(start: Int, end: Int)] {
        // Over the contiguous UTF-8 bytes: indexing `String.UTF8View` per byte is several
        // times slower, and every case with a warning builds this table.
        if let bounds = text.utf8.withContiguousStorageIfAvailable(lineBounds(of:)) { return bounds }
        return lineBounds(of: Array(text.utf8))
    }

    /// The bounds of line `number` (1-based) as `lineBounds(of:)` gives them, scanning no
    /// further than its end.
    static func bounds(ofLine number: Int, in text: String) -> (start: Int, end: Int)? {
        if let bounds = text.utf8.withContiguousStorageIfAvailable({ bounds(ofLine: number, in: $0) }) { return bounds }
        return bounds(ofLine: number, in: Array(text.utf8))
    }

    private static func bounds<Bytes: RandomAccessCollection<UInt8>>(ofLine number: Int, in bytes: Bytes) -> (start: Int, end: Int)? where Bytes.Index == Int {
        var line = 0
        var found: (start: Int, end: Int)?
        forEachLine(in: bytes) { start, end in
            line += 1
            guard line == number else { return true }
            found = (start, end)
            return false
        }
        return found
    }

    private static func lineBounds<Bytes: RandomAccessCollection<UInt8>>(of bytes: Bytes) -> [(start: Int, end: Int)] where Bytes.Index == Int {
        var bounds: [(start: Int, end: Int)] = []
        forEachLine(in: bytes) { start, end in
            bounds.append((start, end))
            return true
        }
        return bounds
    }

    /// Calls `body` with each line's bounds in order (the last line has no break; an empty
    /// one after a final break still counts) until it returns false.
    private static func forEachLine<Bytes: RandomAccessCollection<UInt8>>(in bytes: Bytes, _ body: (Int, Int) -> Bool) where Bytes.Index == Int {
        var lineStart = bytes.startIndex, offset = bytes.startIndex
        while offset != bytes.endIndex {
            // Only these bytes can start a line break; the rest are skipped without a call.
            let byte = bytes[offset]
            guard byte == 0x0A || byte == 0x0D || byte == 0xC2 || byte == 0xE2 else {
                offset += 1
                continue
            }
            let breakLength = lineBreakLength(bytes, at: offset)
            if breakLength == 0 {
                offset += 1
                continue
            }
            guard body(lineStart, offset) else { return }
            offset += breakLength
            lineStart = offset
        }
        _ = body(lineStart, offset)
    }

    /// Builds a diagnostic for this file, capturing the source line at `location`.
    public func diagnostic(
        _ message: String,
        at location: SourceLocation?,
        severity: Diagnostic.Severity = .error,
        notes: [Diagnostic.Note] = []
    ) -> Diagnostic {
        Diagnostic(
            severity: severity,
            path: path,
            location: location,
            message: message,
            sourceLine: location.flatMap { line($0.line) },
            notes: notes
        )
    }

    /// Builds a note for this file, capturing the source line at `location`.
    public func note(_ message: String, at location: SourceLocation?) -> Diagnostic.Note {
        Diagnostic.Note(
            message: message,
            path: path,
            location: location,
            sourceLine: location.flatMap { line($0.line) }
        )
    }

    /// Number of bytes of the line break starting at `index`, or 0 if none starts there.
    fileprivate static func lineBreakLength<Bytes: RandomAccessCollection<UInt8>>(_ bytes: Bytes, at index: Int) -> Int where Bytes.Index == Int {
        func byte(_ offset: Int) -> UInt8? { index + offset < bytes.endIndex ? bytes[index + offset] : nil }
        switch bytes[index] {
        case 0x0A:
            return 1
        case 0x0D:
            return byte(1) == 0x0A ? 2 : 1
        case 0xC2:  // NEL is C2 85
            return byte(1) == 0x85 ? 2 : 0
        case 0xE2:  // LS / PS are E2 80 A8 / E2 80 A9
            guard byte(1) == 0x80, let third = byte(2), third == 0xA8 || third == 0xA9 else { return 0 }
            return 3
        default:
            return 0
        }
    }

    /// A leading byte-order mark is invisible and not counted by the parser.
    fileprivate static func stripBOM(_ line: String) -> String {
        line.unicodeScalars.first == "\u{FEFF}" ? String(line.unicodeScalars.dropFirst()) : line
    }
}

/// The lazily built, thread-safe line table of one ``SourceFile``.
private final class LineTable: Sendable {
    /// Lines looked up by a scan before the table is built: enough for the warnings of a
    /// typical case, few enough that many diagnostics still cost linear time.
    private static let scansBeforeTable = 4

    private let state = Mutex<(scans: Int, table: [(start: Int, end: Int)]?)>((0, nil))

    func bounds(ofLine number: Int, in text: String) -> (start: Int, end: Int)? {
        let table = state.withLock { state -> [(start: Int, end: Int)]? in
            if let table = state.table { return table }
            guard state.scans >= Self.scansBeforeTable else {
                state.scans += 1
                return nil
            }
            let built = SourceFile.lineBounds(of: text)
            state.table = built
            return built
        }
        guard let table else { return SourceFile.bounds(ofLine: number, in: text) }
        return number <= table.count ? table[number - 1] : nil
    }
}
