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
    /// line numbers from the parser select the line the parser meant. The line table is
    /// built as far as the lines asked for (a warning near the top scans only the top) and
    /// shared by every later call, so a file with many diagnostics costs linear time.
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
        var bounds: [(start: Int, end: Int)] = []
        _ = extendLines(&bounds, from: 0, toCount: .max, in: text)
        return bounds
    }

    /// Appends to `bounds` the lines from the one starting at UTF-8 offset `start` until it
    /// holds `count` lines; returns where the next line starts, or nil once every line is in.
    static func extendLines(_ bounds: inout [(start: Int, end: Int)], from start: Int, toCount count: Int, in text: String) -> Int? {
        func extend(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
            forEachLine(in: bytes, from: start) { lineStart, lineEnd in
                bounds.append((lineStart, lineEnd))
                return bounds.count < count
            }
        }
        // Over the contiguous UTF-8 bytes: indexing `String.UTF8View` per byte is several
        // times slower, and every case with a warning scans some of its lines.
        if let next = text.utf8.withContiguousStorageIfAvailable(extend) { return next }
        return Array(text.utf8).withUnsafeBufferPointer(extend)
    }

    /// Calls `body` with the bounds of each line from the one starting at `start`, in order,
    /// until it returns false; returns where the line after the last one passed starts, or
    /// nil once the last line is passed (it has no break; an empty one after a final break
    /// still counts, because libyaml can point at it).
    @discardableResult
    private static func forEachLine(in bytes: UnsafeBufferPointer<UInt8>, from start: Int, _ body: (Int, Int) -> Bool) -> Int? {
        var lineStart = start, offset = start
        // Bytes before this offset are looked at one by one; from it, eight at a time.
        var wordFrom = start
        while offset != bytes.endIndex {
            if offset >= wordFrom, let base = bytes.baseAddress {
                // Skips eight bytes at a time while none of them can start a line break.
                while bytes.endIndex - offset >= 8, !mayStartBreak(UnsafeRawPointer(base + offset).loadUnaligned(as: UInt64.self)) {
                    offset += 8
                }
                wordFrom = offset + 8
                if offset == bytes.endIndex { break }
            }
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
            let more = body(lineStart, offset)
            offset += breakLength
            lineStart = offset
            guard more else { return lineStart }
        }
        _ = body(lineStart, offset)
        return nil
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

    /// Whether one of the eight bytes of `word` is LF, CR, or the lead byte of NEL (C2) or
    /// LS/PS (E2): a byte-wise "has zero" test on the word XORed with each.
    private static func mayStartBreak(_ word: UInt64) -> Bool {
        func hasByte(_ byte: UInt8) -> Bool {
            let x = word ^ (0x0101_0101_0101_0101 &* UInt64(byte))
            return (x &- 0x0101_0101_0101_0101) & ~x & 0x8080_8080_8080_8080 != 0
        }
        return hasByte(0x0A) || hasByte(0x0D) || hasByte(0xC2) || hasByte(0xE2)
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

/// The lazily built, thread-safe line table of one ``SourceFile``: lines are added as far
/// as a lookup needs, each scanned once.
private final class LineTable: Sendable {
    private struct State {
        var bounds: [(start: Int, end: Int)] = []
        /// Where the line after the last one in `bounds` starts; nil once every line is in.
        var next: Int? = 0
    }

    private let state = Mutex(State())

    func bounds(ofLine number: Int, in text: String) -> (start: Int, end: Int)? {
        state.withLock { state in
            if number > state.bounds.count, let next = state.next {
                state.next = SourceFile.extendLines(&state.bounds, from: next, toCount: number, in: text)
            }
            return number <= state.bounds.count ? state.bounds[number - 1] : nil
        }
    }
}
