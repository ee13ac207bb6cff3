/// A YAML scalar with its presentation details, so callers can tell `"true"` from `true`.
///
/// The typed accessors follow the YAML 1.2 core schema (not YAML 1.1: `yes`/`no`/`on`/
/// `off` are strings). Untagged values are resolved only for plain scalars; quoted and
/// block scalars are always strings unless explicitly tagged.
public struct YAMLScalar: Sendable, Hashable {
    /// How the scalar was written.
    public enum Style: Sendable, Hashable {
        case plain, singleQuoted, doubleQuoted, literal, folded
    }

    /// The scalar's content after YAML unescaping/folding.
    public var text: String
    /// How the scalar was written.
    public var style: Style
    /// The explicit tag in full form (e.g. `tag:yaml.org,2002:str`), or nil if untagged.
    /// The non-specific tag `!` is recorded as `tag:yaml.org,2002:str`.
    public var tag: String?
    /// The span of the scalar in the source (including quotes / block indicators).
    public var range: SourceRange

    /// Creates a scalar.
    public init(text: String, style: Style = .plain, tag: String? = nil, range: SourceRange) {
        self.text = text
        self.style = style
        self.tag = tag
        self.range = range
    }

    /// True for a plain scalar written without quotes or block indicators.
    public var isPlain: Bool { style == .plain }

    /// YAML 1.2 core schema, plain scalars only (or explicit !!null): "", "~", "null", "Null", "NULL".
    public var isNull: Bool {
        if let tag { return tag == CoreTag.null }
        return style == .plain && Self.withBytes(text, Self.isNullText)
    }

    /// YAML 1.2 core schema booleans ONLY: true/True/TRUE/false/False/FALSE (plain, or
    /// tagged !!bool). "yes", "no", "on", "off", "y", "n" are NOT booleans -> nil.
    public var bool: Bool? {
        guard resolves(as: CoreTag.bool) else { return nil }
        return Self.withBytes(text, Self.parseBool)
    }

    /// Decimal integers with optional sign, "0o17" octal, "0x1F" hex; plain (or !!int)
    /// only; leading zeros are decimal ("012" == 12); underscores NOT allowed; overflow -> nil.
    public var integer: Int? {
        guard resolves(as: CoreTag.int) else { return nil }
        return Self.withBytes(text, Self.parseInteger)
    }

    /// Core-schema floats: integers too, "1.5", "-2.5e3", ".5"; ".inf"/".nan" -> nil (we
    /// do not accept them). plain (or !!float) only.
    public var number: Double? {
        guard resolves(as: CoreTag.float) || resolves(as: CoreTag.int) else { return nil }
        return Self.withBytes(text, Self.parseNumber)
    }

    /// Whether the typed accessor for `coreTag` may interpret this scalar: explicitly
    /// tagged with it, or untagged and plain.
    private func resolves(as coreTag: String) -> Bool {
        if let tag { return tag == coreTag }
        return style == .plain
    }

    // MARK: - Byte-level recognisers (no regex: these run for every scalar a caller inspects)

    private static func withBytes<R>(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        var text = text
        return text.withUTF8(body)
    }

    public static func isNullText(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        switch b.count {
        case 0: return true
        case 1: return b[0] == UInt8(ascii: "~")
        case 4: return matches(b, "null") || matches(b, "Null") || matches(b, "NULL")
        default: return false
        }
    }

    public static func parseBool(_ b: UnsafeBufferPointer<UInt8>) -> Bool? {
        switch b.count {
        case 4 where matches(b, "true") || matches(b, "True") || matches(b, "TRUE"): return true
        case 5 where matches(b, "false") || matches(b, "False") || matches(b, "FALSE"): return false
        default: return nil
        }
    }

    public static func parseInteger(_ b: UnsafeBufferPointer<UInt8>) -> Int? {
        let n = b.count
        guard n > 0 else { return nil }
        // 0o / 0x prefixes take no sign in the core schema.
        if n > 2, b[0] == UInt8(ascii: "0"), b[1] == UInt8(ascii: "o") || b[1] == UInt8(ascii: "x") {
            let radix = b[1] == UInt8(ascii: "o") ? 8 : 16
            var value = 0
            for i in 2..<n {
                guard let digit = digitValue(b[i]), digit < radix else { return nil }
                let (shifted, o1) = value.multipliedReportingOverflow(by: radix)
                let (next, o2) = shifted.addingReportingOverflow(digit)
                if o1 || o2 { return nil }
                value = next
            }
            return value
        }
        var i = 0
        var negative = false
        if b[0] == UInt8(ascii: "+") || b[0] == UInt8(ascii: "-") {
            negative = b[0] == UInt8(ascii: "-")
            i = 1
        }
        guard i < n else { return nil }
        var value = 0
        while i < n {
            let digit = Int(b[i]) &- 48
            guard digit >= 0, digit <= 9 else { return nil }
            // Accumulate towards the sign so Int.min parses without overflowing.
            let (shifted, o1) = value.multipliedReportingOverflow(by: 10)
            let (next, o2) = negative ? shifted.subtractingReportingOverflow(digit) : shifted.addingReportingOverflow(digit)
            if o1 || o2 { return nil }
            value = next
            i += 1
        }
        return value
    }

    public static func parseNumber(_ b: UnsafeBufferPointer<UInt8>) -> Double? {
        if let integer = parseInteger(b) { return Double(integer) }
        guard isCoreFloat(b) else { return nil }
        // The grammar check above already excludes inf/nan/hex floats that Double(_:) accepts.
        guard let value = Double(String(decoding: b, as: UTF8.self)), value.isFinite else { return nil }
        return value
    }

    /// `[-+]? ( \. [0-9]+ | [0-9]+ ( \. [0-9]* )? ) ( [eE] [-+]? [0-9]+ )?`
    static func isCoreFloat(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = b.count
        var i = 0
        func digits() -> Int {
            let start = i
            while i < n, b[i] >= UInt8(ascii: "0"), b[i] <= UInt8(ascii: "9") { i += 1 }
            return i - start
        }
        if i < n, b[i] == UInt8(ascii: "+") || b[i] == UInt8(ascii: "-") { i += 1 }
        let intDigits = digits()
        if i < n, b[i] == UInt8(ascii: ".") {
            i += 1
            let fractionDigits = digits()
            if intDigits == 0 && fractionDigits == 0 { return false }
        } else if intDigits == 0 {
            return false
        }
        if i < n, b[i] == UInt8(ascii: "e") || b[i] == UInt8(ascii: "E") {
            i += 1
            if i < n, b[i] == UInt8(ascii: "+") || b[i] == UInt8(ascii: "-") { i += 1 }
            if digits() == 0 { return false }
        }
        return i == n
    }

    private static func digitValue(_ byte: UInt8) -> Int? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): Int(byte) - 48
        case UInt8(ascii: "a")...UInt8(ascii: "f"): Int(byte) - 87
        case UInt8(ascii: "A")...UInt8(ascii: "F"): Int(byte) - 55
        default: nil
        }
    }

    private static func matches(_ b: UnsafeBufferPointer<UInt8>, _ literal: StaticString) -> Bool {
        guard b.count == literal.utf8CodeUnitCount else { return false }
        let p = literal.utf8Start
        for i in 0..<b.count where b[i] != p[i] { return false }
        return true
    }
}

/// Full forms of the YAML core tags the reader accepts.
enum CoreTag {
    static let prefix = "tag:yaml.org,2002:"
    static let str = "tag:yaml.org,2002:str"
    static let int = "tag:yaml.org,2002:int"
    static let bool = "tag:yaml.org,2002:bool"
    static let float = "tag:yaml.org,2002:float"
    static let null = "tag:yaml.org,2002:null"
    static let seq = "tag:yaml.org,2002:seq"
    static let map = "tag:yaml.org,2002:map"

    /// `!!name` for core-namespace tags, the tag unchanged otherwise (as users write it).
    static func display(_ tag: String) -> String {
        tag.hasPrefix(prefix) ? "!!" + tag.dropFirst(prefix.count) : tag
    }
}
