/// Makes user text safe and bounded to show: control characters become visible escapes
/// (a YAML `"\e[2J"` must not reach a terminal as an escape sequence) and very long text is
/// cut in the middle, so the size of an input cannot multiply into the size of the output.
public enum DisplayText {
    /// The longest text, in Unicode scalars, shown whole by ``bounded(_:limit:)``.
    public static let defaultLimit = 200

    /// `text` with C0/C1 control characters, DEL, line/paragraph separators and bidi
    /// overrides written as `\x1B` / `\u{202E}`; tabs and newlines too, as `\t`, `\n`.
    public static func escaped(_ text: String) -> String {
        guard mayNeedEscape(text), text.unicodeScalars.contains(where: needsEscape) else { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count + 8)
        for scalar in text.unicodeScalars {
            guard needsEscape(scalar) else {
                out.unicodeScalars.append(scalar)
                continue
            }
            switch scalar {
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default:
                let hex = String(scalar.value, radix: 16, uppercase: true)
                out += scalar.value < 0x100 ? "\\x" + (hex.count < 2 ? "0" + hex : hex) : "\\u{\(hex)}"
            }
        }
        return out
    }

    /// `text` cut to about `limit` scalars, keeping its start and end around an elision
    /// that says how much was left out.
    public static func bounded(_ text: String, limit: Int = defaultLimit) -> String {
        // Cheap check first: most texts are short, and UTF-8 length bounds scalar count.
        guard text.utf8.count > limit else { return text }
        let scalars = text.unicodeScalars
        let count = scalars.count
        guard count > limit else { return text }
        let head = limit * 3 / 4, tail = limit / 4
        var out = String(scalars.prefix(head))
        out += "…[\(count - head - tail) characters left out]…"
        out += String(scalars.suffix(tail))
        return out
    }

    /// Both: bounded, then escaped.
    public static func safe(_ text: String, limit: Int = defaultLimit) -> String {
        escaped(bounded(text, limit: limit))
    }

    /// Whether a scalar of `text` needs an escape, found over the UTF-8 bytes (paths, ids and
    /// titles are checked for every case and diagnostic): a byte below 0x20 or 0x7F, C2 80–9F
    /// (U+0080–U+009F), E2 80 A8–AE (U+2028–U+202E) or E2 81 A6–A9 (U+2066–U+2069).
    static func mayNeedEscape(_ text: String) -> Bool {
        if let found = text.utf8.withContiguousStorageIfAvailable(needsEscape(bytes:)) { return found }
        return Array(text.utf8).withUnsafeBufferPointer(needsEscape(bytes:))
    }

    private static func needsEscape(bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        // Eight bytes at a time past printable ASCII, which never needs an escape.
        var start = 0
        if let base = bytes.baseAddress {
            while bytes.count - start >= 8, isPrintableASCII(UnsafeRawPointer(base + start).loadUnaligned(as: UInt64.self)) { start += 8 }
        }
        for index in start..<bytes.count {
            let byte = bytes[index]
            switch byte {
            case 0x00..<0x20, 0x7F: return true
            case 0xC2:
                if index + 1 < bytes.count, (0x80...0x9F).contains(bytes[index + 1]) { return true }
            case 0xE2:
                guard index + 2 < bytes.count else { continue }
                let second = bytes[index + 1], third = bytes[index + 2]
                if second == 0x80, (0xA8...0xAE).contains(third) { return true }
                if second == 0x81, (0xA6...0xA9).contains(third) { return true }
            default:
                continue
            }
        }
        return false
    }

    /// Whether every byte of `word` is in 0x20...0x7E.
    private static func isPrintableASCII(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        // A byte below 0x20 borrows into its high bit; one above 0x7E carries into it (or has it).
        let below = (word &- ones &* 0x20) & ~word & highs
        let above = ((word &+ ones) | word) & highs
        return below | above == 0
    }

    static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00..<0x20, 0x7F..<0xA0: true
        case 0x2028, 0x2029, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }
}
