/// A JSON document built in memory with keys kept in insertion order, printed with two-space
/// indentation so generated schema files diff cleanly.
public indirect enum JSONTree: Sendable, Equatable {
    case string(String)
    case number(Double)
    case integer(Int)
    case bool(Bool)
    case null
    case array([JSONTree])
    case object([(String, JSONTree)])

    public static func == (lhs: JSONTree, rhs: JSONTree) -> Bool { lhs.rendered() == rhs.rendered() }

    /// `{"type": …}` helpers keep schema code short.
    static func strings(_ values: [String]) -> JSONTree { .array(values.map(JSONTree.string)) }

    public func rendered() -> String {
        var out = ""
        write(into: &out, indent: 0)
        return out + "\n"
    }

    private func write(into out: inout String, indent: Int) {
        let pad = String(repeating: "  ", count: indent + 1), closing = String(repeating: "  ", count: indent)
        switch self {
        case .string(let text): JSONWriter.escape(text, into: &out)
        case .number(let value): out += value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
        case .integer(let value): out += String(value)
        case .bool(let flag): out += flag ? "true" : "false"
        case .null: out += "null"
        case .array(let items):
            // Short arrays of scalars (enums, type lists) stay on one line.
            if items.allSatisfy(\.isScalar), items.count <= 12 {
                out += "["
                for (index, item) in items.enumerated() {
                    if index > 0 { out += ", " }
                    item.write(into: &out, indent: indent)
                }
                out += "]"
                return
            }
            out += "[\n"
            for (index, item) in items.enumerated() {
                out += pad
                item.write(into: &out, indent: indent + 1)
                out += index + 1 < items.count ? ",\n" : "\n"
            }
            out += closing + "]"
        case .object(let members):
            guard !members.isEmpty else { out += "{}"; return }
            out += "{\n"
            for (index, (key, value)) in members.enumerated() {
                out += pad
                JSONWriter.escape(key, into: &out)
                out += ": "
                value.write(into: &out, indent: indent + 1)
                out += index + 1 < members.count ? ",\n" : "\n"
            }
            out += closing + "}"
        }
    }

    private var isScalar: Bool {
        switch self {
        case .array, .object: false
        default: true
        }
    }
}
