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

    /// False when no scalar of `text` can need an escape, found over the UTF-8 bytes: every
    /// such scalar is a byte below 0x20, 0x7F, or starts with 0xC2 (U+0080–U+009F) or 0xE2
    /// (U+2028–U+2069). Paths and ids are checked for every diagnostic, most of them ASCII.
    static func mayNeedEscape(_ text: String) -> Bool {
        text.utf8.contains { byte in byte < 0x20 || byte == 0x7F || byte == 0xC2 || byte == 0xE2 }
    }

    static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00..<0x20, 0x7F..<0xA0: true
        case 0x2028, 0x2029, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }
}
