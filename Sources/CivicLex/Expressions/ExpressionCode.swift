/// Evaluates one compiled node to an unboxed `T`; `nil` is unknown, as in the interpreter.
///
/// A struct rather than a bare function type: closure literals are then emitted at the one
/// (generic) calling convention they are stored in, so no reabstraction thunk sits between
/// a node and its operands (a bare `(…) -> T?` made in generic code gets one per call).
struct Code<T>: Sendable {
    let run: @Sendable (inout EvaluationContext) throws(EvaluationBudgetExceeded) -> T?

    init(_ run: @escaping @Sendable (inout EvaluationContext) throws(EvaluationBudgetExceeded) -> T?) { self.run = run }
}

/// The closure code of one expression: a tree of closures built once from the checked tree,
/// typed by the static type of each node so that bools, integers, numbers and dates never
/// pass through `Value` on the way. Held inline by ``CompiledExpression``: one pointer fewer
/// between a rule and its code.
struct ExpressionCode: Sendable {
    let value: Code<Value>
    /// Set when the expression is a bool (or date) expression.
    let bool: Code<Bool>?
    let day: Code<Day>?

    init(_ root: Compiled, generator: CodeGenerator) {
        value = generator.code(root, entry: 0, as: Value.self)
        switch generator.kind(of: root) {
        case .bool: bool = generator.code(root, entry: 0, as: Bool.self); day = nil
        case .date: day = generator.code(root, entry: 0, as: Day.self); bool = nil
        default: bool = nil; day = nil
        }
    }
}

/// A number whose static type is decimal or money: at run time it may still be an integer
/// (`min(1, 2.5)`, `if c then 1 else 2.5`), and integers compare and add as integers.
enum Number: Sendable {
    case integer(Int)
    case decimal(Double)

    var asDouble: Double {
        switch self {
        case .integer(let value): Double(value)
        case .decimal(let value): value
        }
    }
}

/// How a node's value is held at run time, from its static type.
indirect enum Kind: Equatable {
    case bool, integer, number, date, string
    case list(Kind)
    case record(RecordType)
    /// Not known statically (not produced by the type checker); evaluated as a `Value`.
    case other

    init(_ type: ValueType) {
        switch type {
        case .bool: self = .bool
        case .integer: self = .integer
        case .decimal, .money: self = .number
        case .date: self = .date
        case .string, .enumeration: self = .string
        case .list(let element): self = .list(Kind(element))
        case .record(let record): self = .record(record)
        }
    }

    init(of value: Value) {
        switch value {
        case .bool: self = .bool
        case .integer: self = .integer
        case .number: self = .number
        case .date: self = .date
        case .string: self = .string
        case .list(let items): self = .list(items.first.map(Kind.init(of:)) ?? .string)
        case .record(let record): self = .record(record.type)
        }
    }

    var isNumeric: Bool { self == .integer || self == .number }
}

/// A type the code can hold unboxed: how to take it out of a `Value` and put it back, and
/// which generator builds code for it.
protocol Unboxed: Sendable {
    static func unbox(_ value: Value) -> Self?
    static func box(_ value: Self) -> Value
    static func code(_ node: Compiled, entry: Int, in generator: CodeGenerator) -> Code<Self>
}

extension Bool: Unboxed {
    @inline(__always) static func unbox(_ value: Value) -> Bool? { if case .bool(let flag) = value { flag } else { nil } }
    @inline(__always) static func box(_ value: Bool) -> Value { .bool(value) }
    static func code(_ node: Compiled, entry: Int, in generator: CodeGenerator) -> Code<Bool> { generator.bool(node, entry: entry) }
}

extension Int: Unboxed {
    @inline(__always) static func unbox(_ value: Value) -> Int? { if case .integer(let number) = value { number } else { nil } }
    @inline(__always) static func box(_ value: Int) -> Value { .integer(value) }
    static func code(_ node: Compiled, entry: Int, in generator: CodeGenerator) -> Code<Int> { generator.integer(node, entry: entry) }
}

extension Day: Unboxed {
    @inline(__always) static func unbox(_ value: Value) -> Day? { if case .date(let day) = value { day } else { nil } }
    @inline(__always) static func box(_ value: Day) -> Value { .date(value) }
    static func code(_ node: Compiled, entry: Int, in generator: CodeGenerator) -> Code<Day> { generator.day(node, entry: entry) }
}

extension Number: Unboxed {
    @inline(__always) static func unbox(_ value: Value) -> Number? {
        switch value {
        case .integer(let number): .integer(number)
        case .number(let number): .decimal(number)
        default: nil
        }
    }

    @inline(__always) static func box(_ value: Number) -> Value {
        switch value {
        case .integer(let number): .integer(number)
        case .decimal(let number): .number(number)
        }
    }

    static func code(_ node: Compiled, entry: Int, in generator: CodeGenerator) -> Code<Number> { generator.number(node, entry: entry) }
}

extension Value: Unboxed {
    @inline(__always) static func unbox(_ value: Value) -> Value? { value }
    @inline(__always) static func box(_ value: Value) -> Value { value }
    static func code(_ node: Compiled, entry: Int, in generator: CodeGenerator) -> Code<Value> { generator.value(node, entry: entry) }
}
