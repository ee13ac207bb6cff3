/// Recursive-descent parser for the expression language, with a depth limit so a hostile
/// rule file cannot overflow the stack.
struct Parser {
    static let maxDepth = 128

    private var tokens: [Token]
    private var position = 0
    private var depth = 0

    static func parse(_ text: String) throws(ExpressionError) -> Expr {
        var parser = Parser(tokens: try Lexer.tokenize(text))
        if case .end = parser.current.kind { throw ExpressionError("the expression is empty", at: 0) }
        let expression = try parser.parseExpression()
        guard case .end = parser.current.kind else {
            throw ExpressionError("unexpected \(parser.current.display) after the end of the expression", at: parser.current.offset)
        }
        return expression
    }

    private init(tokens: [Token]) { self.tokens = tokens }

    private var current: Token { tokens[position] }
    private var previousEnd: Int { position > 0 ? tokens[position - 1].offset + tokens[position - 1].length : 0 }

    private mutating func advance() -> Token {
        let token = tokens[position]
        if position < tokens.count - 1 { position += 1 }
        return token
    }

    private mutating func consume(_ symbol: Token.Symbol) -> Bool {
        if case .symbol(symbol) = current.kind { position += 1; return true }
        return false
    }

    private mutating func consume(_ keyword: Token.Keyword) -> Bool {
        if case .keyword(keyword) = current.kind { position += 1; return true }
        return false
    }

    private mutating func expect(_ symbol: Token.Symbol, _ context: String) throws(ExpressionError) {
        guard consume(symbol) else {
            throw ExpressionError("expected `\(symbol.rawValue)` \(context), found \(current.display)", at: current.offset)
        }
    }

    private mutating func nested<T>(_ body: (inout Parser) throws(ExpressionError) -> T) throws(ExpressionError) -> T {
        depth += 1
        defer { depth -= 1 }
        guard depth <= Parser.maxDepth else {
            throw ExpressionError("expression nests deeper than \(Parser.maxDepth) levels", at: current.offset)
        }
        return try body(&self)
    }

    private func node(_ kind: Expr.Kind, from start: Int) -> Expr { Expr(kind: kind, offset: start, end: previousEnd) }

    mutating func parseExpression() throws(ExpressionError) -> Expr {
        try nested { (parser: inout Parser) throws(ExpressionError) -> Expr in
            let start = parser.current.offset
            if parser.consume(.if) {
                let condition = try parser.parseExpression()
                guard parser.consume(.then) else {
                    throw ExpressionError("expected `then` after the condition of `if`, found \(parser.current.display)", at: parser.current.offset)
                }
                let whenTrue = try parser.parseExpression()
                guard parser.consume(.else) else {
                    throw ExpressionError("expected `else` in `if … then … else`, found \(parser.current.display)", at: parser.current.offset)
                }
                let whenFalse = try parser.parseExpression()
                return parser.node(.conditional(condition, whenTrue, whenFalse), from: start)
            }
            return try parser.parseOr()
        }
    }

    private mutating func parseOr() throws(ExpressionError) -> Expr {
        let start = current.offset
        var left = try parseAnd()
        while consume(.or) {
            let right = try parseAnd()
            left = node(.binary(.or, left, right), from: start)
        }
        return left
    }

    private mutating func parseAnd() throws(ExpressionError) -> Expr {
        let start = current.offset
        var left = try parseNot()
        while consume(.and) {
            let right = try parseNot()
            left = node(.binary(.and, left, right), from: start)
        }
        return left
    }

    private mutating func parseNot() throws(ExpressionError) -> Expr {
        let start = current.offset
        if consume(.not) {
            let operand = try nested { (parser: inout Parser) throws(ExpressionError) in try parser.parseNot() }
            return node(.not(operand), from: start)
        }
        return try parseComparison()
    }

    private mutating func parseComparison() throws(ExpressionError) -> Expr {
        let start = current.offset
        let left = try parseAdditive()
        let op: BinaryOperator?
        switch current.kind {
        case .symbol(.equal): op = .equal
        case .symbol(.notEqual): op = .notEqual
        case .symbol(.less): op = .less
        case .symbol(.lessEqual): op = .lessEqual
        case .symbol(.greater): op = .greater
        case .symbol(.greaterEqual): op = .greaterEqual
        case .keyword(.in): op = .in
        case .keyword(.not):
            if case .keyword(.in) = tokens[min(position + 1, tokens.count - 1)].kind { op = .notIn } else { op = nil }
        default: op = nil
        }
        guard let op else { return left }
        position += op == .notIn ? 2 : 1
        let right = try parseAdditive()
        let result = node(.binary(op, left, right), from: start)
        switch current.kind {
        case .symbol(.equal), .symbol(.notEqual), .symbol(.less), .symbol(.lessEqual), .symbol(.greater), .symbol(.greaterEqual):
            throw ExpressionError("comparisons cannot be chained; combine them with `and`", at: current.offset)
        default: return result
        }
    }

    private mutating func parseAdditive() throws(ExpressionError) -> Expr {
        let start = current.offset
        var left = try parseMultiplicative()
        while true {
            let op: BinaryOperator
            if consume(.plus) { op = .add } else if consume(.minus) { op = .subtract } else { return left }
            let right = try parseMultiplicative()
            left = node(.binary(op, left, right), from: start)
        }
    }

    private mutating func parseMultiplicative() throws(ExpressionError) -> Expr {
        let start = current.offset
        var left = try parseUnary()
        while true {
            let op: BinaryOperator
            if consume(.star) { op = .multiply } else if consume(.slash) { op = .divide } else if consume(.percent) { op = .remainder } else { return left }
            let right = try parseUnary()
            left = node(.binary(op, left, right), from: start)
        }
    }

    private mutating func parseUnary() throws(ExpressionError) -> Expr {
        let start = current.offset
        if consume(.minus) {
            let operand = try nested { (parser: inout Parser) throws(ExpressionError) in try parser.parseUnary() }
            return node(.negate(operand), from: start)
        }
        return try parsePostfix()
    }

    private mutating func parsePostfix() throws(ExpressionError) -> Expr {
        let start = current.offset
        var expression = try parsePrimary()
        while consume(.dot) {
            guard case .identifier(let name) = current.kind else {
                throw ExpressionError("expected a name after `.`, found \(current.display)", at: current.offset)
            }
            position += 1
            expression = node(.member(expression, name), from: start)
        }
        return expression
    }

    private mutating func parsePrimary() throws(ExpressionError) -> Expr {
        let token = advance()
        let start = token.offset
        switch token.kind {
        case .integer(let value): return node(.integer(value), from: start)
        case .decimal(let value): return node(.decimal(value), from: start)
        case .string(let value): return node(.string(value), from: start)
        case .keyword(.true): return node(.bool(true), from: start)
        case .keyword(.false): return node(.bool(false), from: start)
        case .identifier(let name):
            guard consume(.leftParen) else { return node(.identifier(name), from: start) }
            var arguments: [Expr] = []
            if !consume(.rightParen) {
                repeat {
                    arguments.append(try parseExpression())
                } while consume(.comma)
                try expect(.rightParen, "to close the arguments of `\(name)(`")
            }
            return node(.call(name: name, arguments: arguments), from: start)
        case .symbol(.leftParen):
            let inner = try parseExpression()
            try expect(.rightParen, "to close `(`")
            return inner
        case .symbol(.leftBracket):
            var items: [Expr] = []
            if !consume(.rightBracket) {
                repeat {
                    items.append(try parseExpression())
                } while consume(.comma)
                try expect(.rightBracket, "to close the list")
            }
            return node(.list(items), from: start)
        case .end:
            throw ExpressionError("expression ends too early", at: start)
        default:
            throw ExpressionError("unexpected \(token.display)", at: start)
        }
    }
}
