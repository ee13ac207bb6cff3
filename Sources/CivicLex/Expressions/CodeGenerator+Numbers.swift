extension CodeGenerator {
    /// Code for an integer node: checked arithmetic as in `Interpreter.arithmetic`.
    func integer(_ node: Compiled, entry: Int) -> Code<Int> {
        let steps = entry + 1
        switch node {
        case .negate(let operand):
            let operand = integer(operand, entry: 0)
            return Code { context throws(EvaluationBudgetExceeded) in
                try context.step(steps)
                guard let value = try operand.run(&context) else { return nil }
                if value == .min { return context.failing(Interpreter.overflow, at: node) }
                return -value
            }
        case .arithmetic(let op, let lhs, let rhs, integral: true) where [.add, .subtract, .multiply, .remainder].contains(op):
            let left = integer(lhs, entry: 0), right = integer(rhs, entry: 0)
            return Code { context throws(EvaluationBudgetExceeded) in
                try context.step(steps)
                guard let a = try left.run(&context), let b = try right.run(&context) else { return nil }
                var fault: String?
                let value = Interpreter.integer(op, a, b, fault: &fault)
                if let fault { return context.failing(fault, at: node) }
                return value
            }
        case .quantifier(.count, let list, let local, let body):
            return counted(list, local: local, body: body, steps: steps) ?? interpreted(node, entry: entry, as: Int.self)
        case .quantifier(.sum, let list, let local, let body):
            return summed(list, local: local, body: body, node: node, steps: steps, as: Int.self) ?? interpreted(node, entry: entry, as: Int.self)
        case .call(let builtin, let arguments):
            return integerCall(builtin, arguments, steps: steps) ?? interpreted(node, entry: entry, as: Int.self)
        default:
            return shared(node, entry: entry, as: Int.self) ?? interpreted(node, entry: entry, as: Int.self)
        }
    }

    /// Code for a decimal or money node, which may still hold an integer at run time.
    func number(_ node: Compiled, entry: Int) -> Code<Number> {
        if kind(of: node) == .integer {
            let code = integer(node, entry: entry)
            return Code { context throws(EvaluationBudgetExceeded) in try code.run(&context).map(Number.integer) }
        }
        let steps = entry + 1
        switch node {
        case .negate(let operand):
            let operand = number(operand, entry: 0)
            return Code { context throws(EvaluationBudgetExceeded) in
                try context.step(steps)
                switch try operand.run(&context) {
                case .integer(let value)?: return value == .min ? context.failing(Interpreter.overflow, at: node) : .integer(-value)
                case .decimal(let value)?: return .decimal(-value)
                case nil: return nil
                }
            }
        case .arithmetic(let op, let lhs, let rhs, integral: false):
            let left = number(lhs, entry: 0), right = number(rhs, entry: 0)
            return Code { context throws(EvaluationBudgetExceeded) in
                try context.step(steps)
                guard let first = try left.run(&context), let second = try right.run(&context) else { return nil }
                var fault: String?
                let value = Interpreter.decimal(op, first.asDouble, second.asDouble, fault: &fault)
                if let fault { return context.failing(fault, at: node) }
                return value.map(Number.decimal)
            }
        case .quantifier(.sum, let list, let local, let body):
            return summed(list, local: local, body: body, node: node, steps: steps, as: Number.self) ?? interpreted(node, entry: entry, as: Number.self)
        case .call(let builtin, let arguments):
            return numberCall(builtin, arguments, node: node, steps: steps) ?? interpreted(node, entry: entry, as: Number.self)
        default:
            return shared(node, entry: entry, as: Number.self) ?? interpreted(node, entry: entry, as: Number.self)
        }
    }
}

extension EvaluationContext {
    /// `fail(kind, at: node)` for typed code: records the fault and gives no value.
    @inline(__always)
    mutating func failing<T>(_ kind: String, at node: Compiled) -> T? {
        _ = fail(kind, at: node)
        return nil
    }
}
