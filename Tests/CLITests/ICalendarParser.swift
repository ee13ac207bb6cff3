/// A small, strict RFC 5545 reader for the tests: it rejects what a lenient calendar client
/// would quietly repair (bare LF, lines over 75 octets, unbalanced components, bad escapes).
struct ICalendarParser {
    struct Property {
        let name: String
        let parameters: [String: String]
        let value: String
    }

    struct Component {
        let name: String
        var properties: [Property] = []
        var children: [Component] = []

        func values(_ name: String) -> [String] { properties.filter { $0.name == name }.map(\.value) }
        func property(_ name: String) -> Property? { properties.first { $0.name == name } }
    }

    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    /// Physical lines (CRLF-terminated), checked for length, then unfolded into content lines.
    static func contentLines(_ text: String) throws -> (lines: [String], folded: Int) {
        let bytes = Array(text.utf8)
        guard bytes.suffix(2) == [13, 10] else { throw Failure(description: "the file does not end with CRLF") }
        var physical: [[UInt8]] = []
        var current: [UInt8] = []
        var index = 0
        while index < bytes.count {
            if bytes[index] == 13, index + 1 < bytes.count, bytes[index + 1] == 10 {
                physical.append(current)
                current = []
                index += 2
                continue
            }
            if bytes[index] == 10 || bytes[index] == 13 { throw Failure(description: "bare CR or LF at byte \(index)") }
            current.append(bytes[index])
            index += 1
        }
        var lines: [String] = []
        var folded = 0
        for line in physical {
            guard line.count <= 75 else { throw Failure(description: "line of \(line.count) octets: \(String(decoding: line, as: UTF8.self))") }
            guard let text = String(validatingUTF8CString: line) else { throw Failure(description: "a fold split a UTF-8 sequence") }
            if let first = line.first, first == 32 || first == 9 {
                guard !lines.isEmpty else { throw Failure(description: "continuation line first") }
                lines[lines.count - 1] += String(text.dropFirst())
                folded += 1
            } else {
                lines.append(text)
            }
        }
        return (lines, folded)
    }

    static func property(_ line: String) throws -> Property {
        var name = "", parameters: [String: String] = [:]
        var rest = Substring(line)
        func token() -> String {
            let value = rest.prefix { $0.isLetter || $0.isNumber || $0 == "-" }
            rest = rest.dropFirst(value.count)
            return String(value)
        }
        name = token()
        guard !name.isEmpty else { throw Failure(description: "no property name: \(line)") }
        while rest.first == ";" {
            rest = rest.dropFirst()
            let key = token()
            guard !key.isEmpty, rest.first == "=" else { throw Failure(description: "bad parameter in \(line)") }
            rest = rest.dropFirst()
            let value = rest.prefix { $0 != ";" && $0 != ":" && $0 != "," && $0 != "\"" }
            rest = rest.dropFirst(value.count)
            parameters[key] = String(value)
        }
        guard rest.first == ":" else { throw Failure(description: "no `:` after the name in \(line)") }
        return Property(name: name.uppercased(), parameters: parameters, value: String(rest.dropFirst()))
    }

    static func parse(_ text: String) throws -> (calendar: Component, folded: Int) {
        let (lines, folded) = try contentLines(text)
        var stack: [Component] = []
        var finished: Component?
        for line in lines {
            let property = try property(line)
            switch property.name {
            case "BEGIN":
                guard finished == nil else { throw Failure(description: "content after END:VCALENDAR") }
                stack.append(Component(name: property.value))
            case "END":
                guard let component = stack.popLast(), component.name == property.value else {
                    throw Failure(description: "END:\(property.value) does not close the open component")
                }
                if stack.isEmpty { finished = component } else { stack[stack.count - 1].children.append(component) }
            default:
                guard !stack.isEmpty else { throw Failure(description: "property outside a component: \(line)") }
                stack[stack.count - 1].properties.append(property)
            }
        }
        guard stack.isEmpty, let calendar = finished, calendar.name == "VCALENDAR" else { throw Failure(description: "unbalanced VCALENDAR") }
        return (calendar, folded)
    }

    /// The value of a TEXT property with its escapes undone; an unescaped `,` or `;` or an
    /// unknown escape is an error.
    static func text(_ value: String) throws -> String {
        var out = ""
        var escaping = false
        for character in value {
            if escaping {
                switch character {
                case "\\", ";", ",": out.append(character)
                case "n", "N": out.append("\n")
                default: throw Failure(description: "unknown escape \\\(character)")
                }
                escaping = false
            } else if character == "\\" {
                escaping = true
            } else if character == "," || character == ";" {
                throw Failure(description: "unescaped `\(character)` in TEXT")
            } else {
                out.append(character)
            }
        }
        guard !escaping else { throw Failure(description: "dangling backslash") }
        return out
    }
}

private extension String {
    init?(validatingUTF8CString bytes: [UInt8]) {
        guard let text = String(validating: bytes, as: UTF8.self) else { return nil }
        self = text
    }
}
