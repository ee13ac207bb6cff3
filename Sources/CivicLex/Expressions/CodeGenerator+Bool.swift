extension CodeGenerator {
    /// Code for a bool node, with Kleene `and`/`or` as the interpreter has them.
    func bool(_ node: Compiled, entry: Int) -> Code<Bool> {
        let steps = entry + 1
        switch node {
        case .not(let operand):
            let operand = bool(operand, entry: 0)
            return Code { context throws(EvaluationBudgetExceeded) in
                try context.step(steps)
                return try operand.run(&context).map { !$0 }
            }
        case .and(let lhs, let rhs):
            let left = bool(lhs, entry: 0), right = bool(rhs, entry: 0)
            return Code { context throws(EvaluationBudgetExceeded) in
                try context.step(steps)
                let mark = context.missingCount
                let first = try left.run(&context)
                if first == false { return false }
                let second = try right.run(&context)
                if second == false {
                    // The result is false whatever the left side was.
                    context.truncateMissing(to: mark)
                    return false
                }
                return first == true && second == true ? true : nil
            }
        case .or(let lhs, let rhs):
            let left = bool(lhs, entry: 0), right = bool(rhs, entry: 0)
            return Code { context throws(EvaluationBudgetExceeded) in
                try context.step(steps)
                let mark = context.missingCount
                let first = try left.run(&context)
                if first == true { return true }
                let second = try right.run(&context)
                if second == true {
                    context.truncateMissing(to: mark)
                    return true
                }
                return first == false && second == false ? false : nil
            }
        case .has(let operand):
            let present = presence(operand)
            return Code { context throws(EvaluationBudgetExceeded) in
                try context.step(steps)
                let mark = context.missingCount
                let known = try present.run(&context)
                context.truncateMissing(to: mark)
                return known
            }
        case .compare(let op, let lhs, let rhs):
            return compare(op, lhs, rhs, steps: steps) ?? interpreted(node, entry: entry, as: Bool.self)
        case .membership(let element, let list, let negated):
            return membership(element, list, negated: negated, steps: steps) ?? interpreted(node, entry: entry, as: Bool.self)
        case .quantifier(let quantifier, let list, let local, let body) where quantifier == .any || quantifier == .all:
            return test(quantifier, list, local: local, body: body, node: node, steps: steps) ?? interpreted(node, entry: entry, as: Bool.self)
        case .call(.isWorkingDay, let arguments) where arguments.count == 1:
            let day = day(arguments[0], entry: 0)
            return Code { context throws(EvaluationBudgetExceeded) in
                try context.step(steps)
                guard let day = try day.run(&context) else { return nil }
                return context.runtime.calendar.isWorkingDay(day)
            }
        default:
            return shared(node, entry: entry, as: Bool.self) ?? interpreted(node, entry: entry, as: Bool.self)
        }
    }

    /// Whether `node` has a value (for `has`), evaluated in its own kind without boxing.
    private func presence(_ node: Compiled) -> Code<Bool> {
        switch kind(of: node) {
        case .bool: return present(node, as: Bool.self)
        case .integer: return present(node, as: Int.self)
        case .number: return present(node, as: Number.self)
        case .date: return present(node, as: Day.self)
        case .string: return present(node, as: String.self)
        default: return present(CodeReader(code: value(node, entry: 0)))
        }
    }

    private func present<T: Unboxed>(_ node: Compiled, as type: T.Type) -> Code<Bool> {
        if let field = localFieldReader(node, entry: 0, as: T.self) { return present(field) }
        return present(CodeReader(code: T.code(node, entry: 0, in: self)))
    }

    private func present<Reader: OperandReader>(_ reader: Reader) -> Code<Bool> {
        Code { context throws(EvaluationBudgetExceeded) in try reader.read(&context) != nil }
    }
}
