/// An expression ready to evaluate many times: compiled once when the rules load.
///
/// A class, so that rules copy it with one retain; it holds both the checked tree (for traces
/// and as the reference semantics) and the closure code built from it for fast evaluation.
public final class CompiledExpression: Sendable {
    let root: Compiled
    public let type: ValueType
    public let source: String
    /// Source text of each traced node, by trace id.
    let tracedTexts: [String]
    /// Facts, parameters and fields the expression reads, for coverage and explanations.
    public let references: [String]
    let code: ExpressionCode

    init(root: Compiled, type: ValueType, source: String, tracedTexts: [String], references: [String], code: ExpressionCode) {
        self.root = root
        self.type = type
        self.source = source
        self.tracedTexts = tracedTexts
        self.references = references
        self.code = code
    }

    /// The expression's value (`nil` when unknown), exactly as `Interpreter.evaluate(root, &context)`
    /// gives it, with the same missing facts, gaps, fault and budget spent. A traced evaluation
    /// runs the interpreter, which records each node's value.
    func evaluate(_ context: inout EvaluationContext) throws(EvaluationBudgetExceeded) -> Value? {
        if context.trace != nil { return try Interpreter.evaluate(root, &context) }
        return try code.value.run(&context)
    }

    /// A bool expression's value without boxing: `nil` is unknown (or not a bool expression).
    func evaluateBool(_ context: inout EvaluationContext) throws(EvaluationBudgetExceeded) -> Bool? {
        if context.trace == nil, let bool = code.bool { return try bool.run(&context) }
        guard case .bool(let value)? = try evaluate(&context) else { return nil }
        return value
    }

    /// A date expression's value without boxing: `nil` is unknown (or not a date expression).
    func evaluateDay(_ context: inout EvaluationContext) throws(EvaluationBudgetExceeded) -> Day? {
        if context.trace == nil, let day = code.day { return try day.run(&context) }
        guard case .date(let value)? = try evaluate(&context) else { return nil }
        return value
    }
}
