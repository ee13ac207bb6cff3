/// A lexical token of the expression language; `offset` is a UTF-8 byte offset into the text.
struct Token: Equatable, Sendable {
    enum Kind: Equatable, Sendable {
        case identifier(String)
        case integer(Int)
        case decimal(Double)
        case string(String)
        case keyword(Keyword)
        case symbol(Symbol)
        case end
    }

    enum Keyword: String, Sendable, CaseIterable {
        case and, or, not, `in`, `if`, then, `else`, `true`, `false`
    }

    enum Symbol: String, Sendable {
        case leftParen = "(", rightParen = ")", leftBracket = "[", rightBracket = "]"
        case comma = ",", dot = ".", plus = "+", minus = "-", star = "*", slash = "/", percent = "%"
        case equal = "==", notEqual = "!=", less = "<", lessEqual = "<=", greater = ">", greaterEqual = ">="
    }

    var kind: Kind
    var offset: Int
    var length: Int

    var display: String {
        switch kind {
        case .identifier(let name): "`\(name)`"
        case .integer(let value): "`\(value)`"
        case .decimal(let value): "`\(value)`"
        case .string(let value): "string \"\(value)\""
        case .keyword(let keyword): "`\(keyword.rawValue)`"
        case .symbol(let symbol): "`\(symbol.rawValue)`"
        case .end: "end of expression"
        }
    }
}
