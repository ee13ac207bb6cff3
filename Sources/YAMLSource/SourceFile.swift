internal import Synchronization

/// The text of one input file, kept so diagnostics can quote the offending line.
public struct SourceFile: Sendable {
    /// The path used in diagnostics (as given, not normalised).
    public let path: String
    /// The decoded file contents.
    public var text: String {
        switch storage {
        case .text(let text): text
        case .bytes(let bytes, let start): String(decoding: bytes[start...], as: UTF8.self)
        }
    }
    private let storage: Storage
    /// Line table, built when the first diagnostic needs a line.
    private let lines = LineTable()

    private enum Storage {
        case text(String)
        /// Valid UTF-8, from offset `start` (after a byte-order mark).
        case bytes([UInt8], start: Int)
    }

    /// Creates a source file from a path and its already decoded text.
    public init(path: String, text: String) {
        self.path = path
        storage = .text(text)
    }

    /// Creates a source file from the bytes of a file that a YAML parser has read without an
    /// error, so they are valid UTF-8 (a leading byte-order mark is left out of ``text``):
    /// lines are cut from the bytes, and the text is only decoded if asked for.
    public init(path: String, validUTF8 bytes: [UInt8]) {
        self.path = path
        let hasBOM = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
        storage = .bytes(bytes, start: hasBOM ? 3 : 0)
    }

    /// Returns the 1-based line `number` without its line break, or nil if the file
    /// has no such line.
    ///
    /// Line breaks are the ones libyaml counts (LF, CR, CRLF, NEL, LS, PS) so that
    /// line numbers from the parser select the line the parser meant. The line table is
    /// built as far as the lines asked for (a warning near the top scans only the top) and
    /// shared by every later call, so a file with many diagnostics costs linear time.
    public func line(_ number: Int) -> String? {
        guard number >= 1 else { return nil }
        switch storage {
        case .text(let text):
            guard let (start, end) = lines.bounds(ofLine: number, in: text) else { return nil }
            let utf8 = text.utf8
            let lower = utf8.index(utf8.startIndex, offsetBy: start), upper = utf8.index(utf8.startIndex, offsetBy: end)
            return Self.stripBOM(String(text[lower..<upper]))
        case .bytes(let bytes, let offset):
            return bytes.withUnsafeBufferPointer { whole in
                let buffer = UnsafeBufferPointer(rebasing: whole[offset...])
                guard let (start, end) = lines.bounds(ofLine: number, in: buffer) else { return nil }
                return Self.stripBOM(String(decoding: UnsafeBufferPointer(rebasing: buffer[start..<end]), as: UTF8.self))
            }
        }
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
        // Over the contiguous UTF-8 bytes: indexing `String.UTF8View` per byte is several
        // times slower, and every case with a warning scans some of its lines.
        if let next = text.utf8.withContiguousStorageIfAvailable({ extendLines(&bounds, from: start, toCount: count, in: $0) }) { return next }
        return Array(text.utf8).withUnsafeBufferPointer { extendLines(&bounds, from: start, toCount: count, in: $0) }
    }

    static func extendLines(_ bounds: inout [(start: Int, end: Int)], from start: Int, toCount count: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        forEachLine(in: bytes, from: start) { lineStart, lineEnd in
            bounds.append((lineStart, lineEnd))
            return bounds.count < count
        }
    }

    /// Calls `body` with the bounds of each line from the one starting at `start`, in order,
    /// until it returns false; returns where the line after the last one passed starts, or
    /// nil once the last line is passed (it has no break; an empty one after a final break
    /// still counts, because libyaml can point at it).
    @discardableResult
    private static func forEachLine(in bytes: UnsafeBufferPointer<UInt8>, from start: Int, _ body: (Int, Int) -> Bool) -> Int? {
        var lineStart = start, offset = start
        while offset < bytes.endIndex {
            if bytes.endIndex - offset >= 8, let base = bytes.baseAddress {
                // Eight bytes at a time, to the first that can start a line break.
                let candidates = breakCandidates(UInt64(littleEndian: UnsafeRawPointer(base + offset).loadUnaligned(as: UInt64.self)))
                if candidates == 0 {
                    offset += 8
                    continue
                }
                offset += candidates.trailingZeroBitCount / 8
            } else {
                // The last few bytes, one by one: only these can start a line break.
                let byte = bytes[offset]
                guard byte == 0x0A || byte == 0x0D || byte == 0xC2 || byte == 0xE2 else {
                    offset += 1
                    continue
                }
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

    /// The bytes of `word` (in memory order, low byte first) that are LF, CR, or the lead byte
    /// of NEL (C2) or LS/PS (E2), each marked by its high bit: an exact byte-wise zero test on
    /// the word XORed with each.
    private static func breakCandidates(_ word: UInt64) -> UInt64 {
        func zeroBytes(_ x: UInt64) -> UInt64 {
            let low7: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
            return ~(((x & low7) &+ low7) | x | low7)
        }
        func bytesEqual(_ byte: UInt8) -> UInt64 { zeroBytes(word ^ (0x0101_0101_0101_0101 &* UInt64(byte))) }
        return bytesEqual(0x0A) | bytesEqual(0x0D) | bytesEqual(0xC2) | bytesEqual(0xE2)
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

    func bounds(ofLine number: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (start: Int, end: Int)? {
        state.withLock { state in
            if number > state.bounds.count, let next = state.next {
                state.next = SourceFile.extendLines(&state.bounds, from: next, toCount: number, in: bytes)
            }
            return number <= state.bounds.count ? state.bounds[number - 1] : nil
        }
    }
}
