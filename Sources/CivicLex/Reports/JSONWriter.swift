/// A minimal streaming JSON writer with keys in a fixed order, for stable diffs and speed.
public struct JSONWriter {
    public private(set) var output: String = ""
    /// Per open container: whether a value was already written (so the next needs a comma).
    private var hasValue: [Bool] = []
    private var afterKey = false

    public init() {}

    private mutating func separate() {
        if afterKey {
            afterKey = false
            return
        }
        guard let last = hasValue.last else { return }
        if last { output += "," }
        hasValue[hasValue.count - 1] = true
    }

    public mutating func beginObject() { separate(); output += "{"; hasValue.append(false) }
    public mutating func endObject() { hasValue.removeLast(); output += "}" }
    public mutating func beginArray() { separate(); output += "["; hasValue.append(false) }
    public mutating func endArray() { hasValue.removeLast(); output += "]" }

    public mutating func key(_ name: String) {
        separate()
        Self.escape(name, into: &output)
        output += ":"
        afterKey = true
    }

    public mutating func string(_ text: String?) {
        guard let text else { return null() }
        separate()
        Self.escape(text, into: &output)
    }

    public mutating func number(_ number: Double?) {
        guard let number, number.isFinite else { return null() }
        separate()
        output += number == number.rounded() && abs(number) < 1e15 ? String(Int(number)) : String(number)
    }

    public mutating func integer(_ number: Int) { separate(); output += String(number) }
    public mutating func bool(_ flag: Bool) { separate(); output += flag ? "true" : "false" }
    public mutating func null() { separate(); output += "null" }

    public mutating func object(_ name: String, _ body: (inout JSONWriter) -> Void) {
        key(name)
        beginObject()
        body(&self)
        endObject()
    }

    public mutating func array(_ name: String, _ body: (inout JSONWriter) -> Void) {
        key(name)
        beginArray()
        body(&self)
        endArray()
    }

    public mutating func field(_ name: String, _ text: String?) { key(name); string(text) }
    public mutating func field(_ name: String, _ number: Double?) { key(name); self.number(number) }
    public mutating func field(_ name: String, _ integer: Int) { key(name); self.integer(integer) }
    public mutating func field(_ name: String, _ flag: Bool) { key(name); bool(flag) }
    public mutating func field(_ name: String, strings: [String]) {
        array(name) { writer in for item in strings { writer.string(item) } }
    }

    static func escape(_ text: String, into output: inout String) {
        output += "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            default:
                // C0 must be escaped in JSON; DEL and C1 are, so no terminal sees them raw.
                if scalar.value < 0x20 || (0x7F..<0xA0).contains(scalar.value) {
                    let hex = String(scalar.value, radix: 16)
                    output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    output.unicodeScalars.append(scalar)
                }
            }
        }
        output += "\""
    }
}
