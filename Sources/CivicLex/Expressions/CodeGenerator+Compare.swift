/// A kind that compares unboxed, giving the interpreter's order (-1, 0, 1) for two values.
protocol Comparand: Unboxed {
    static func order(_ lhs: Self, _ rhs: Self) -> Int
}

extension Int: Comparand {
    @inline(__always) static func order(_ lhs: Int, _ rhs: Int) -> Int { lhs < rhs ? -1 : (lhs == rhs ? 0 : 1) }
}

extension Day: Comparand {
    @inline(__always) static func order(_ lhs: Day, _ rhs: Day) -> Int { Int.order(lhs.ordinal, rhs.ordinal) }
}

extension String: Comparand {
    @inline(__always) static func order(_ lhs: String, _ rhs: String) -> Int { lhs == rhs ? 0 : (lhs < rhs ? -1 : 1) }
}

extension Bool: Comparand {
    @inline(__always) static func order(_ lhs: Bool, _ rhs: Bool) -> Int { lhs == rhs ? 0 : 1 }
}

extension Number: Comparand {
    /// Two integers compare as integers, anything else as doubles (as `Interpreter.compare`).
    @inline(__always) static func order(_ lhs: Number, _ rhs: Number) -> Int {
        if case .integer(let a) = lhs, case .integer(let b) = rhs { return Int.order(a, b) }
        let a = lhs.asDouble, b = rhs.asDouble
        return a < b ? -1 : (a == b ? 0 : 1)
    }
}

extension String: Unboxed {
    @inline(__always) static func unbox(_ value: Value) -> String? { if case .string(let text) = value { text } else { nil } }
    @inline(__always) static func box(_ value: String) -> Value { .string(value) }
    static func code(_ node: Compiled, entry: Int, in generator: CodeGenerator) -> Code<String> {
        generator.shared(node, entry: entry, as: String.self) ?? generator.interpreted(node, entry: entry, as: String.self)
    }
}

/// Which orders a comparison operator accepts, as bits for -1, 0 and 1.
struct OrderTest {
    let mask: UInt8

    init(_ op: BinaryOperator) {
        mask = switch op {
        case .equal: 0b010
        case .notEqual: 0b101
        case .less: 0b001
        case .lessEqual: 0b011
        case .greater: 0b100
        case .greaterEqual: 0b110
        default: 0
        }
    }

    @inline(__always) func holds(_ order: Int) -> Bool { mask & (1 << (order + 1)) != 0 }
}

extension CodeGenerator {
    /// `lhs op rhs` unboxed in the kind both sides share; `nil` where no typed form fits.
    func compare(_ op: BinaryOperator, _ lhs: Compiled, _ rhs: Compiled, steps: Int) -> Code<Bool>? {
        switch (kind(of: lhs), kind(of: rhs)) {
        case (.integer, .integer): ordered(op, lhs, rhs, steps: steps, as: Int.self)
        case (.integer, .number), (.number, .integer), (.number, .number): ordered(op, lhs, rhs, steps: steps, as: Number.self)
        case (.date, .date): ordered(op, lhs, rhs, steps: steps, as: Day.self)
        case (.string, .string): ordered(op, lhs, rhs, steps: steps, as: String.self)
        case (.bool, .bool): ordered(op, lhs, rhs, steps: steps, as: Bool.self)
        default: nil
        }
    }

    private func ordered<T: Comparand>(_ op: BinaryOperator, _ lhs: Compiled, _ rhs: Compiled, steps: Int, as type: T.Type) -> Code<Bool> {
        let left = localFieldReader(lhs, entry: 0, as: T.self)
        if case .constant(let constant) = rhs, let fixed = T.unbox(constant) {
            if let left { return ordered(op, left, fixed, steps: steps) }
            return ordered(op, CodeReader(code: T.code(lhs, entry: 0, in: self)), fixed, steps: steps)
        }
        switch (left, localFieldReader(rhs, entry: 0, as: T.self)) {
        case (let left?, let right?): return ordered(op, left, right, steps: steps)
        case (let left?, nil): return ordered(op, left, CodeReader(code: T.code(rhs, entry: 0, in: self)), steps: steps)
        case (nil, let right?): return ordered(op, CodeReader(code: T.code(lhs, entry: 0, in: self)), right, steps: steps)
        case (nil, nil): return ordered(op, CodeReader(code: T.code(lhs, entry: 0, in: self)), CodeReader(code: T.code(rhs, entry: 0, in: self)), steps: steps)
        }
    }

    /// `left op constant`.
    private func ordered<T: Comparand, Left: OperandReader<T>>(_ op: BinaryOperator, _ left: Left, _ fixed: T, steps: Int) -> Code<Bool> {
        let test = OrderTest(op)
        return Code { context throws(EvaluationBudgetExceeded) in
            try context.step(steps)
            guard let value = try left.read(&context) else { return nil }
            try context.step(1)
            return test.holds(T.order(value, fixed))
        }
    }

    private func ordered<T: Comparand, Left: OperandReader<T>, Right: OperandReader<T>>(_ op: BinaryOperator, _ left: Left, _ right: Right, steps: Int) -> Code<Bool> {
        let test = OrderTest(op)
        return Code { context throws(EvaluationBudgetExceeded) in
            try context.step(steps)
            guard let first = try left.read(&context), let second = try right.read(&context) else { return nil }
            return test.holds(T.order(first, second))
        }
    }

    /// `element in list` (or `not in`); a constant list is unboxed once, here.
    func membership(_ element: Compiled, _ list: Compiled, negated: Bool, steps: Int) -> Code<Bool>? {
        guard case .constant(.list(let values)) = list else {
            let needle = value(element, entry: 0), items = value(list, entry: 0)
            return Code { context throws(EvaluationBudgetExceeded) in
                try context.step(steps)
                guard let needle = try needle.run(&context), case .list(let items)? = try items.run(&context) else { return nil }
                return items.contains { Interpreter.compare(.equal, needle, $0) } != negated
            }
        }
        switch kind(of: element) {
        case .string: return member(element, values, negated: negated, steps: steps, as: String.self)
        case .bool: return member(element, values, negated: negated, steps: steps, as: Bool.self)
        case .integer: return member(element, values, negated: negated, steps: steps, as: Int.self)
        case .date: return member(element, values, negated: negated, steps: steps, as: Day.self)
        default:
            let needle = value(element, entry: 0)
            return Code { context throws(EvaluationBudgetExceeded) in
                try context.step(steps)
                guard let needle = try needle.run(&context) else { return nil }
                try context.step(1)
                return values.contains { Interpreter.compare(.equal, needle, $0) } != negated
            }
        }
    }

    /// Membership in a constant list whose items all have the element's own kind.
    private func member<T: Comparand & Hashable & Sendable>(_ element: Compiled, _ values: [Value], negated: Bool, steps: Int, as type: T.Type) -> Code<Bool>? {
        let items = values.compactMap(T.unbox)
        guard items.count == values.count else { return nil }
        if let field = localFieldReader(element, entry: 0, as: T.self) { return member(field, items, negated: negated, steps: steps) }
        return member(CodeReader(code: T.code(element, entry: 0, in: self)), items, negated: negated, steps: steps)
    }

    private func member<T: Comparand & Hashable & Sendable, Needle: OperandReader<T>>(_ needle: Needle, _ items: [T], negated: Bool, steps: Int) -> Code<Bool> {
        if items.count > 8 {
            let set = Set(items)
            return Code { context throws(EvaluationBudgetExceeded) in
                try context.step(steps)
                guard let value = try needle.read(&context) else { return nil }
                try context.step(1)
                return set.contains(value) != negated
            }
        }
        return Code { context throws(EvaluationBudgetExceeded) in
            try context.step(steps)
            guard let value = try needle.read(&context) else { return nil }
            try context.step(1)
            return items.contains { T.order(value, $0) == 0 } != negated
        }
    }
}
