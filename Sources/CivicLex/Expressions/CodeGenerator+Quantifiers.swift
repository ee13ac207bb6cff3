extension CodeGenerator {
    /// `any(list, x, test)` / `all(…)`: stops at the first item that decides, and then forgets
    /// the facts earlier items found missing, as the interpreter does.
    func test(_ quantifier: Quantifier, _ list: Compiled, local: Int, body: Compiled, node: Compiled, steps: Int) -> Code<Bool>? {
        guard case .list(let element) = kind(of: list) else { return nil }
        let items = value(list, entry: 0)
        let body = withLocal(local, element) { bool(body, entry: 0) }
        let deciding = quantifier == .any
        return Code { context throws(EvaluationBudgetExceeded) in
            try context.step(steps)
            guard case .list(let items)? = try items.run(&context) else { return nil }
            let saved = context.enterLocal(local)
            defer { context.locals[local] = saved }
            var sawUnknown = false
            let mark = context.missingCount
            for item in items {
                context.locals[local] = item
                switch try body.run(&context) {
                case deciding?:
                    context.truncateMissing(to: mark)
                    return deciding
                case nil: sawUnknown = true
                default: break
                }
            }
            return sawUnknown ? nil : !deciding
        }
    }

    /// `count(list, x, test)`.
    func counted(_ list: Compiled, local: Int, body: Compiled, steps: Int) -> Code<Int>? {
        guard case .list(let element) = kind(of: list) else { return nil }
        let items = value(list, entry: 0)
        let body = withLocal(local, element) { bool(body, entry: 0) }
        return Code { context throws(EvaluationBudgetExceeded) in
            try context.step(steps)
            guard case .list(let items)? = try items.run(&context) else { return nil }
            let saved = context.enterLocal(local)
            defer { context.locals[local] = saved }
            var sawUnknown = false
            var count = 0
            for item in items {
                context.locals[local] = item
                switch try body.run(&context) {
                case true?: count += 1
                case nil: sawUnknown = true
                default: break
                }
            }
            return sawUnknown ? nil : count
        }
    }

    /// `sum(list, x, amount)`: integers add with overflow checks; a decimal makes the total one.
    func summed<T: Summand>(_ list: Compiled, local: Int, body: Compiled, node: Compiled, steps: Int, as type: T.Type) -> Code<T>? {
        guard case .list(let element) = kind(of: list) else { return nil }
        let items = value(list, entry: 0)
        let body = withLocal(local, element) { number(body, entry: 0) }
        return Code { context throws(EvaluationBudgetExceeded) in
            try context.step(steps)
            guard case .list(let items)? = try items.run(&context) else { return nil }
            let saved = context.enterLocal(local)
            defer { context.locals[local] = saved }
            var sawUnknown = false
            var integerSum = 0
            var decimalSum = 0.0
            var isDecimal = false
            for item in items {
                context.locals[local] = item
                switch try body.run(&context) {
                case .integer(let value)?:
                    let (total, overflowed) = integerSum.addingReportingOverflow(value)
                    if overflowed { return context.failing(Interpreter.overflow, at: node) }
                    integerSum = total
                case .decimal(let value)?:
                    decimalSum += value
                    isDecimal = true
                    if !decimalSum.isFinite { return context.failing(Interpreter.overflow, at: node) }
                case nil: sawUnknown = true
                }
            }
            if sawUnknown { return nil }
            guard isDecimal else { return T.total(.integer(integerSum)) }
            let total = decimalSum + Double(integerSum)
            return total.isFinite ? T.total(.decimal(total)) : context.failing(Interpreter.overflow, at: node)
        }
    }
}

/// The result kinds of `sum`: an integer sum stays an integer.
protocol Summand: Unboxed {
    static func total(_ sum: Number) -> Self?
}

extension Int: Summand {
    static func total(_ sum: Number) -> Int? { if case .integer(let value) = sum { value } else { nil } }
}

extension Number: Summand {
    static func total(_ sum: Number) -> Number? { sum }
}

extension EvaluationContext {
    /// Makes room for local `index` and gives its value before a quantifier takes it over.
    @inline(__always)
    mutating func enterLocal(_ index: Int) -> Value {
        while locals.count <= index { locals.append(.bool(false)) }
        return locals[index]
    }
}
