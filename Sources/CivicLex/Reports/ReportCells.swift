internal import Foundation

/// Cells of tabular outputs (CSV, Markdown tables, fixed-width text columns).
public enum ReportCells {
    /// One CSV text cell (RFC 4180 quoting). A cell that starts with `=`, `+`, `-`, `@`, a tab
    /// or a carriage return would be read by a spreadsheet as a formula, so it gets a leading
    /// `'` and is quoted (OWASP, "CSV Injection"). Numbers are written by the callers, not here.
    public static func csv(_ text: String) -> String {
        // Most cells are plain ASCII that needs nothing: decided on bytes, without Characters.
        if text.utf8.allSatisfy({ $0 < 0x80 && $0 != UInt8(ascii: ",") && $0 != UInt8(ascii: "\"") && $0 != UInt8(ascii: "\n") && $0 != UInt8(ascii: "\r") }),
           !(text.utf8.first.map { [UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"), UInt8(ascii: "\t")].contains($0) } ?? false) {
            return text
        }
        let formulaLead: Set<Character> = ["=", "+", "-", "@", "\t", "\r"]
        let neutral = text.first.map { formulaLead.contains($0) } ?? false ? "'" + text : text
        guard neutral != text || neutral.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + neutral.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// One Markdown table cell or inline text: `|` escaped, line breaks as spaces, and `<`, `>`,
    /// `&` as character references, since most renderers pass inline HTML through (a case id
    /// `<img src=x onerror=…>` would run in the reader's browser).
    public static func markdown(_ text: String) -> String {
        // Most cells need nothing: decided on bytes, without Characters.
        guard text.utf8.contains(where: { $0 == UInt8(ascii: "|") || $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: ">") || $0 == UInt8(ascii: "&") }) else {
            return text
        }
        var escaped = ""
        escaped.reserveCapacity(text.utf8.count + 16)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "|": escaped += "\\|"
            case "\n": escaped += " "
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "&": escaped += "&amp;"
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped
    }
}

extension String {
    /// Left-aligned in a column of `width` characters (never truncated).
    func padded(_ width: Int) -> String {
        count >= width ? self + " " : self + String(repeating: " ", count: width - count)
    }
}
