/// Splits expression text into tokens, working on UTF-8 bytes.
struct Lexer {
    static let maxLength = 4096

    static func tokenize(_ text: String) throws(ExpressionError) -> [Token] {
        let bytes = Array(text.utf8)
        guard bytes.count <= maxLength else {
            throw ExpressionError("expression is longer than \(maxLength) bytes", at: 0)
        }
        var tokens: [Token] = []
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            let start = index
            if byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D {
                index += 1
                continue
            }
            if isIdentifierStart(byte) {
                while index < bytes.count, isIdentifierContinue(bytes[index]) { index += 1 }
                let word = String(decoding: bytes[start..<index], as: UTF8.self)
                let kind: Token.Kind = Token.Keyword(rawValue: word).map { .keyword($0) } ?? .identifier(word)
                tokens.append(Token(kind: kind, offset: start, length: index - start))
                continue
            }
            if isDigit(byte) {
                while index < bytes.count, isDigit(bytes[index]) || bytes[index] == UInt8(ascii: "_") { index += 1 }
                var isDecimal = false
                if index + 1 < bytes.count, bytes[index] == UInt8(ascii: "."), isDigit(bytes[index + 1]) {
                    isDecimal = true
                    index += 1
                    while index < bytes.count, isDigit(bytes[index]) { index += 1 }
                }
                let text = String(decoding: bytes[start..<index].filter { $0 != UInt8(ascii: "_") }, as: UTF8.self)
                if isDecimal {
                    guard let value = Double(text) else { throw ExpressionError("invalid number `\(text)`", at: start) }
                    tokens.append(Token(kind: .decimal(value), offset: start, length: index - start))
                } else {
                    guard let value = Int(text) else { throw ExpressionError("integer `\(text)` is too large", at: start) }
                    tokens.append(Token(kind: .integer(value), offset: start, length: index - start))
                }
                continue
            }
            if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                let quote = byte
                index += 1
                var scalars: [UInt8] = []
                var closed = false
                while index < bytes.count {
                    let current = bytes[index]
                    if current == quote { closed = true; index += 1; break }
                    if current == UInt8(ascii: "\\"), index + 1 < bytes.count {
                        scalars.append(bytes[index + 1])
                        index += 2
                        continue
                    }
                    scalars.append(current)
                    index += 1
                }
                guard closed else { throw ExpressionError("unterminated string literal", at: start) }
                tokens.append(Token(kind: .string(String(decoding: scalars, as: UTF8.self)), offset: start, length: index - start))
                continue
            }
            let next: UInt8 = index + 1 < bytes.count ? bytes[index + 1] : 0
            let symbol: Token.Symbol?
            var width = 1
            switch byte {
            case UInt8(ascii: "("): symbol = .leftParen
            case UInt8(ascii: ")"): symbol = .rightParen
            case UInt8(ascii: "["): symbol = .leftBracket
            case UInt8(ascii: "]"): symbol = .rightBracket
            case UInt8(ascii: ","): symbol = .comma
            case UInt8(ascii: "."): symbol = .dot
            case UInt8(ascii: "+"): symbol = .plus
            case UInt8(ascii: "-"): symbol = .minus
            case UInt8(ascii: "*"): symbol = .star
            case UInt8(ascii: "/"): symbol = .slash
            case UInt8(ascii: "%"): symbol = .percent
            case UInt8(ascii: "="):
                symbol = next == UInt8(ascii: "=") ? .equal : nil
                width = 2
            case UInt8(ascii: "!"):
                symbol = next == UInt8(ascii: "=") ? .notEqual : nil
                width = 2
            case UInt8(ascii: "<"):
                if next == UInt8(ascii: "=") { symbol = .lessEqual; width = 2 } else { symbol = .less }
            case UInt8(ascii: ">"):
                if next == UInt8(ascii: "=") { symbol = .greaterEqual; width = 2 } else { symbol = .greater }
            default: symbol = nil
            }
            guard let symbol else {
                if byte == UInt8(ascii: "=") {
                    throw ExpressionError("unexpected `=`; use `==` to compare", at: start)
                }
                if byte == UInt8(ascii: "&") || byte == UInt8(ascii: "|") {
                    throw ExpressionError("unexpected `\(Character(Unicode.Scalar(byte)))`; use `and` / `or`", at: start)
                }
                throw ExpressionError("unexpected character", at: start)
            }
            index += width
            tokens.append(Token(kind: .symbol(symbol), offset: start, length: width))
        }
        tokens.append(Token(kind: .end, offset: bytes.count, length: 0))
        return tokens
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

    private static func isIdentifierStart(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
            || byte == UInt8(ascii: "_")
    }

    private static func isIdentifierContinue(_ byte: UInt8) -> Bool { isIdentifierStart(byte) || isDigit(byte) }
}
