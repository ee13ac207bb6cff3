/// Reads one operand of a typed node. The node's closure is specialised for the reader it
/// captures, so a field of a loop variable, which most operands in rules are, is read inline
/// instead of through a call to the field's own closure.
protocol OperandReader<Result>: Sendable {
    associatedtype Result: Unboxed
    func read(_ context: inout EvaluationContext) throws(EvaluationBudgetExceeded) -> Result?
}

/// Any node, through its code.
struct CodeReader<Result: Unboxed>: OperandReader {
    let code: Code<Result>

    @inline(__always) func read(_ context: inout EvaluationContext) throws(EvaluationBudgetExceeded) -> Result? {
        try code.run(&context)
    }
}

/// `local.name` (field `index`), with its steps (`steps`, the traced wrappers above the field
/// included) and its missing fact; also the code ``CodeGenerator/shared(_:entry:as:)`` gives
/// such a field on its own.
struct LocalFieldReader<Result: Unboxed>: OperandReader {
    let local: Int
    let index: Int
    let name: String
    let steps: Int

    @inline(__always) func read(_ context: inout EvaluationContext) throws(EvaluationBudgetExceeded) -> Result? {
        try context.step(steps)
        guard case .record(let record) = context.locals[local] else { return nil }
        if let value = record.field(index) { return Result.unbox(value) }
        context.noteMissing(label: record.label, field: name)
        return nil
    }
}

extension CodeGenerator {
    /// The reader of `node` as an operand entered with `entry` steps of traced wrappers: inline
    /// for a field of a loop variable, else `node`'s code.
    func localFieldReader<T: Unboxed>(_ node: Compiled, entry: Int, as type: T.Type) -> LocalFieldReader<T>? {
        switch node {
        case .traced(_, let inner): localFieldReader(inner, entry: entry + 1, as: type)
        case .field(.local(let local), let index, let name): LocalFieldReader(local: local, index: index, name: name, steps: entry + 2)
        default: nil
        }
    }
}
