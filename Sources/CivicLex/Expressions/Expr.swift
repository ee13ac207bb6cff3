/// A parsed, not yet type-checked expression. `offset` is the UTF-8 offset of its first token.
struct Expr: Sendable {
    indirect enum Kind: Sendable {
        case integer(Int)
        case decimal(Double)
        case string(String)
        case bool(Bool)
        case identifier(String)
        case member(Expr, String)
        case call(name: String, arguments: [Expr])
        case list([Expr])
        case negate(Expr)
        case not(Expr)
        case binary(BinaryOperator, Expr, Expr)
        case conditional(Expr, Expr, Expr)
    }

    var kind: Kind
    var offset: Int
    /// UTF-8 offset just past the expression, for quoting its text in traces.
    var end: Int

    /// The dotted path this expression spells, if it is one (`org.legal_form`, `param.x.y`).
    var dottedPath: String? {
        switch kind {
        case .identifier(let name): name
        case .member(let base, let name): base.dottedPath.map { $0 + "." + name }
        default: nil
        }
    }
}

enum BinaryOperator: String, Sendable {
    case and, or
    case equal = "==", notEqual = "!=", less = "<", lessEqual = "<=", greater = ">", greaterEqual = ">="
    case `in`, notIn = "not in"
    case add = "+", subtract = "-", multiply = "*", divide = "/", remainder = "%"
}
