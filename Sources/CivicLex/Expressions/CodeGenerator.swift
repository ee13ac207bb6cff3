/// Builds `ExpressionCode` from a checked tree, once per expression when the rules load.
///
/// Each closure does exactly what `Interpreter.evaluate` does for its node, in the same order:
/// the same steps spent (one per node, traced wrappers included, counted as `entry` by the
/// node under them), the same missing facts, gaps and faults. A node without a typed form
/// here runs the interpreter, so every tree compiles.
final class CodeGenerator {
    let factKinds: [Kind]
    let parameterKinds: [Int: Kind]
    /// Kinds of the loop variables in scope, by local index.
    private(set) var localKinds: [Kind]

    init(scope: Scope) {
        factKinds = scope.kinds.facts
        parameterKinds = scope.kinds.parameters
        localKinds = scope.locals.map { Kind($0.type) }
    }

    func code<T: Unboxed>(_ node: Compiled, entry: Int, as type: T.Type) -> Code<T> {
        T.code(node, entry: entry, in: self)
    }

    /// Generates code for `body` with local `index` holding an item of kind `kind`.
    func withLocal<T>(_ index: Int, _ kind: Kind, _ body: () -> T) -> T {
        while localKinds.count <= index { localKinds.append(.other) }
        let saved = localKinds[index]
        localKinds[index] = kind
        defer { localKinds[index] = saved }
        return body()
    }

    func kind(of node: Compiled) -> Kind {
        switch node {
        case .constant(let value): return Kind(of: value)
        case .fact(let slot, _): return slot < factKinds.count ? factKinds[slot] : .other
        case .local(let index): return index < localKinds.count ? localKinds[index] : .other
        case .field(let base, let index, _):
            guard case .record(let type) = kind(of: base), index < type.fields.count else { return .other }
            return Kind(type.fields[index].type)
        case .parameter(let index, _): return parameterKinds[index] ?? .other
        case .asOf, .lawDate: return .date
        case .not, .and, .or, .compare, .membership, .has: return .bool
        case .negate(let operand): return kind(of: operand)
        case .arithmetic(_, _, _, let integral): return integral ? .integer : .number
        case .conditional(_, let whenTrue, let whenFalse):
            let first = kind(of: whenTrue), second = kind(of: whenFalse)
            if first == second { return first }
            return first.isNumeric && second.isNumeric ? .number : .other
        case .list(let items): return .list(items.first.map { kind(of: $0) } ?? .string)
        case .call(let builtin, let arguments):
            switch builtin {
            case .daysBetween, .workingDaysBetween, .year, .month, .count: return .integer
            case .addDays, .addWorkingDays, .addMonths, .dateOf, .withDay, .quarterEnd: return .date
            case .isWorkingDay: return .bool
            case .mci: return .number
            case .min, .max:
                guard arguments.count == 2 else { return .other }
                let first = kind(of: arguments[0]), second = kind(of: arguments[1])
                if first == second { return first }
                return first.isNumeric && second.isNumeric ? .number : .other
            }
        case .quantifier(let quantifier, let list, let local, let body):
            switch quantifier {
            case .any, .all: return .bool
            case .count: return .integer
            case .sum:
                guard case .list(let element) = kind(of: list) else { return .other }
                return withLocal(local, element) { kind(of: body) }
            }
        case .traced(_, let inner): return kind(of: inner)
        }
    }

    /// Runs the interpreter for `node`, after the steps of the traced wrappers stripped above it.
    func interpreted<T: Unboxed>(_ node: Compiled, entry: Int, as type: T.Type) -> Code<T> {
        Code { context throws(EvaluationBudgetExceeded) in
            if entry > 0 { try context.step(entry) }
            return try Interpreter.evaluate(node, &context).flatMap(T.unbox)
        }
    }

    /// Code for any node as a `Value`: the typed code boxed, or the shared forms.
    func value(_ node: Compiled, entry: Int) -> Code<Value> {
        switch kind(of: node) {
        case .bool: return boxed(bool(node, entry: entry))
        case .integer: return boxed(integer(node, entry: entry))
        case .number: return boxed(number(node, entry: entry))
        case .date: return boxed(day(node, entry: entry))
        default: return shared(node, entry: entry, as: Value.self) ?? interpreted(node, entry: entry, as: Value.self)
        }
    }

    private func boxed<T: Unboxed>(_ code: Code<T>) -> Code<Value> {
        Code { context throws(EvaluationBudgetExceeded) in try code.run(&context).map(T.box) }
    }

    /// The nodes every kind shares: constants, facts, locals, fields, parameters, `if`, and
    /// traced wrappers; `nil` for any other node.
    func shared<T: Unboxed>(_ node: Compiled, entry: Int, as type: T.Type) -> Code<T>? {
        let steps = entry + 1
        switch node {
        case .traced(_, let inner):
            return T.code(inner, entry: steps, in: self)
        case .constant(let constant):
            let value = T.unbox(constant)
            return Code { context throws(EvaluationBudgetExceeded) in
                try context.step(steps)
                return value
            }
        case .fact(let slot, let path):
            return Code { context throws(EvaluationBudgetExceeded) in
                try context.step(steps)
                if let value = context.facts[slot] { return T.unbox(value) }
                context.noteMissing(path)
                return nil
            }
        case .local(let index):
            return Code { context throws(EvaluationBudgetExceeded) in
                try context.step(steps)
                return T.unbox(context.locals[index])
            }
        case .field(.local(let local), let index, let name):
            // The field of a loop variable: the local is read in place, not copied out.
            let reader = LocalFieldReader<T>(local: local, index: index, name: name, steps: steps + 1)
            return Code { context throws(EvaluationBudgetExceeded) in try reader.read(&context) }
        case .field(let base, let index, let name):
            let record = value(base, entry: 0)
            return Code { context throws(EvaluationBudgetExceeded) in
                try context.step(steps)
                guard case .record(let record)? = try record.run(&context) else { return nil }
                if let value = record.field(index) { return T.unbox(value) }
                context.noteMissing(label: record.label, field: name)
                return nil
            }
        case .parameter(let index, let name):
            let gap = "param.\(name)"
            return Code { context throws(EvaluationBudgetExceeded) in
                try context.step(steps)
                if let value = context.runtime.parameterValue(index, on: context.lawDate) { return T.unbox(value) }
                context.gaps.append(gap)
                return nil
            }
        case .conditional(let condition, let whenTrue, let whenFalse):
            let test = bool(condition, entry: 0)
            let first = T.code(whenTrue, entry: 0, in: self)
            let second = T.code(whenFalse, entry: 0, in: self)
            return Code { context throws(EvaluationBudgetExceeded) in
                try context.step(steps)
                guard let flag = try test.run(&context) else { return nil }
                return flag ? try first.run(&context) : try second.run(&context)
            }
        default:
            return nil
        }
    }
}
