#if canImport(Glibc)
internal import Glibc
#elseif canImport(Musl)
internal import Musl
#elseif canImport(Darwin)
internal import Darwin
#endif

/// File names that are not valid UTF-8 (a name from an old archive in Windows-1251, say).
///
/// A Swift `String` cannot hold such a name: decoding it replaces the bad bytes with U+FFFD,
/// and opening the result fails with "No such file or directory". So such a name is carried
/// as text with each byte of an invalid sequence (and each control character) written `\xNN`
/// and each backslash doubled, which is also how it is shown; ``systemBytes(for:)`` turns it
/// back into the real bytes.
public enum FileName {
    /// `bytes` as text: the name itself when it is valid UTF-8 without control characters,
    /// otherwise its escaped form.
    public static func display(_ bytes: some Collection<UInt8>) -> String {
        let bytes = Array(bytes)
        if !bytes.contains(where: isControl), let valid = String(validating: bytes, as: UTF8.self) { return valid }
        var text = ""
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded):
                let scalar = Unicode.UTF8.decode(encoded)
                if scalar == "\\" {
                    text += "\\\\"
                } else if scalar.value < 0x80, isControl(UInt8(scalar.value)) {
                    text += "\\x" + hex(UInt8(scalar.value))
                } else {
                    text += String(scalar)
                }
                offset += encoded.count
            case .error(let length):
                for byte in bytes[offset..<offset + length] { text += "\\x" + hex(byte) }
                offset += length
            case .emptyInput:
                return text
            }
        }
    }

    /// The bytes an escaped name stands for; `nil` when `name` contains no `\x` escape (then
    /// it is an ordinary name, valid UTF-8, and means itself).
    public static func systemBytes(for name: String) -> [UInt8]? {
        // The byte scan first: it is cheap and rules out almost every name, where the
        // `Character` search (which decides) is slow on a long path.
        guard containsBackslashX(name.utf8), name.contains("\\x") else { return nil }
        var bytes: [UInt8] = []
        var rest = Substring(name)
        while let first = rest.first {
            rest = rest.dropFirst()
            guard first == "\\" else {
                bytes.append(contentsOf: String(first).utf8)
                continue
            }
            if rest.first == "\\" {
                bytes.append(UInt8(ascii: "\\"))
                rest = rest.dropFirst()
            } else if rest.first == "x", let byte = UInt8(rest.dropFirst().prefix(2), radix: 16), rest.dropFirst().prefix(2).count == 2 {
                bytes.append(byte)
                rest = rest.dropFirst(3)
            } else {
                bytes.append(UInt8(ascii: "\\"))
            }
        }
        return bytes
    }

    /// The NUL-terminated name to give the file system for `path`: the real bytes of an
    /// escaped name when no file has the escaped text itself as its name, else `path`.
    public static func systemPath(_ path: String) -> [CChar] {
        let plain = Array(path.utf8CString)
        guard let bytes = systemBytes(for: path), !bytes.contains(0) else { return plain }
        var info = stat()
        if lstat(plain, &info) == 0 { return plain }
        return bytes.map { CChar(bitPattern: $0) } + [0]
    }

    /// Whether the bytes hold `\x`; false means `String.contains("\\x")` is false too.
    private static func containsBackslashX(_ bytes: String.UTF8View) -> Bool {
        var afterBackslash = false
        for byte in bytes {
            if afterBackslash, byte == UInt8(ascii: "x") { return true }
            afterBackslash = byte == UInt8(ascii: "\\")
        }
        return false
    }

    /// Control characters (a line break, ESC) are escaped too: raw, they would split a CSV row
    /// or drive the terminal.
    private static func isControl(_ byte: UInt8) -> Bool { byte < 0x20 || byte == 0x7F }

    private static func hex(_ byte: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return String(digits[Int(byte >> 4)]) + String(digits[Int(byte & 0xF)])
    }
}
