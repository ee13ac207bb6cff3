internal import YAMLSource

/// Locale-independent number formatting for reports (stable across machines).
public enum Formatting {
    /// `1166800` -> `1,166,800`; decimals keep up to two places, trailing zeros dropped.
    public static func number(_ value: Double) -> String {
        // Beyond about 9e13 the cents no longer fit an Int; such amounts are printed plainly.
        guard value.isFinite, abs(value) < 1e13 else { return String(value) }
        let negative = value < 0
        let magnitude = abs(value)
        let cents = Int((magnitude * 100).rounded())
        let whole = cents / 100
        let fraction = cents % 100
        var digits = String(whole)
        var grouped = ""
        while digits.count > 3 {
            grouped = "," + digits.suffix(3) + grouped
            digits.removeLast(3)
        }
        grouped = digits + grouped
        if fraction != 0 {
            var tail = fraction < 10 ? "0\(fraction)" : "\(fraction)"
            if tail.hasSuffix("0") { tail.removeLast() }
            grouped += "." + tail
        }
        return (negative ? "-" : "") + grouped
    }

    public static func money(_ value: Double) -> String { number(value) + " KZT" }

    /// A score with one decimal place at most.
    public static func score(_ value: Double) -> String {
        guard value.isFinite, abs(value) < 1e13 else { return String(value) }
        // In whole tenths: below 1e14 tenths, `String(tenths / 10)` prints exactly these digits,
        // and integer formatting is several times cheaper (a batch formats six scores a case).
        let tenths = Int((value * 10).rounded())
        if tenths % 10 == 0 { return String(tenths / 10) }
        return (tenths < 0 ? "-" : "") + String(tenths.magnitude / 10) + "." + String(tenths.magnitude % 10)
    }

    public static func value(_ value: Value?, type: ValueType? = nil) -> String {
        guard let value else { return "unknown" }
        switch value {
        case .bool(let flag): return flag ? "true" : "false"
        case .integer(let number): return String(number)
        case .number(let number): return type == .money ? money(number) : self.number(number)
        // A case's text reaches terminals and reports: escaped, and bounded so a huge value
        // quoted in many findings cannot multiply into the output.
        case .string(let text): return DisplayText.safe(text)
        case .date(let day): return day.description
        case .list(let items):
            let shown = items.prefix(20).map { self.value($0) }.joined(separator: ", ")
            return "[" + shown + (items.count > 20 ? ", … \(items.count - 20) more" : "") + "]"
        case .record(let record): return record.label
        }
    }
}
