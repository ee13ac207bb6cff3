internal import YAMLSource

/// What names an expression may use, and their types.
struct Scope {
    let schema: FactSchema
    let parameters: [String: (index: Int, type: ValueType)]
    var locals: [(name: String, type: ValueType)] = []
    /// Indicators judge the law itself, so they may not read case facts.
    var allowsFacts = true
    /// The run-time kinds of the facts and parameters, shared by every expression compiled here.
    let kinds: ScopeKinds

    init(schema: FactSchema, parameters: [String: (index: Int, type: ValueType)]) {
        self.schema = schema
        self.parameters = parameters
        kinds = ScopeKinds(schema: schema, parameters: parameters)
    }
}

/// Type-checks a parsed expression and resolves its names, producing `Compiled`.
struct TypeChecker {
    private var scope: Scope
    private let source: [UInt8]
    private var tracedTexts: [String] = []
    private var references: [String] = []
    private var localCount: Int

    /// Parses and checks `text`; `expected` forces the result type (e.g. `bool` for conditions).
    static func compile(_ text: String, scope: Scope, expected: ValueType? = nil) throws(ExpressionError) -> CompiledExpression {
        let expression = try Parser.parse(text)
        var checker = TypeChecker(scope: scope, source: Array(text.utf8), localCount: scope.locals.count)
        let (compiled, type) = try checker.check(expression)
        if let expected, !checker.accepts(type, as: expected) {
            throw ExpressionError("expected a \(expected) expression, but this is \(type)", at: expression.offset)
        }
        var seen = Set<String>()
        let references = checker.references.filter { seen.insert($0).inserted }
        let code = ExpressionCode(compiled, generator: CodeGenerator(scope: scope))
        return CompiledExpression(root: compiled, type: type, source: text, tracedTexts: checker.tracedTexts, references: references, code: code)
    }

    private init(scope: Scope, source: [UInt8], localCount: Int) {
        self.scope = scope
        self.source = source
        self.localCount = localCount
    }

    private func accepts(_ type: ValueType, as expected: ValueType) -> Bool {
        type == expected || (expected == .decimal && type.isNumeric)
    }

    private mutating func traced(_ node: Compiled, _ expression: Expr) -> Compiled {
        let text = String(decoding: source[expression.offset..<min(expression.end, source.count)], as: UTF8.self)
        tracedTexts.append(text)
        return .traced(id: tracedTexts.count - 1, node)
    }

    private mutating func check(_ expression: Expr) throws(ExpressionError) -> (Compiled, ValueType) {
        let at = expression.offset
        switch expression.kind {
        case .integer(let value): return (.constant(.integer(value)), .integer)
        case .decimal(let value): return (.constant(.number(value)), .decimal)
        case .string(let value): return (.constant(.string(value)), .string)
        case .bool(let value): return (.constant(.bool(value)), .bool)
        case .identifier, .member:
            return try resolvePath(expression)
        case .list(let items):
            var compiled: [Compiled] = []
            var elementType: ValueType?
            for item in items {
                let (node, type) = try check(item)
                if let known = elementType, !known.isComparable(with: type) {
                    throw ExpressionError("list items must share one type: \(known) and \(type)", at: item.offset)
                }
                elementType = elementType ?? type
                compiled.append(node)
            }
            let allConstant = compiled.allSatisfy { if case .constant = $0 { true } else { false } }
            if allConstant {
                let values = compiled.compactMap { if case .constant(let value) = $0 { value } else { nil } }
                return (.constant(.list(values)), .list(elementType ?? .string))
            }
            return (.list(compiled), .list(elementType ?? .string))
        case .negate(let operand):
            let (node, type) = try check(operand)
            guard type.isNumeric else { throw ExpressionError("`-` needs a number, but this is \(type)", at: operand.offset) }
            return (.negate(node), type)
        case .not(let operand):
            let (node, type) = try check(operand)
            guard type == .bool else { throw ExpressionError("`not` needs a bool, but this is \(type)", at: operand.offset) }
            return (.not(node), .bool)
        case .conditional(let condition, let whenTrue, let whenFalse):
            let (test, testType) = try check(condition)
            guard testType == .bool else { throw ExpressionError("the condition of `if` must be bool, but this is \(testType)", at: condition.offset) }
            let (first, firstType) = try check(whenTrue)
            let (second, secondType) = try check(whenFalse)
            guard firstType.isComparable(with: secondType) else {
                throw ExpressionError("both branches of `if` must have one type: \(firstType) and \(secondType)", at: whenFalse.offset)
            }
            return (.conditional(test, first, second), Self.widen(firstType, secondType))
        case .binary(let op, let lhs, let rhs):
            return try checkBinary(op, lhs, rhs, at: at, expression: expression)
        case .call(let name, let arguments):
            return try checkCall(name, arguments, expression: expression)
        }
    }

    private static func widen(_ lhs: ValueType, _ rhs: ValueType) -> ValueType {
        if lhs == rhs { return lhs }
        if lhs == .money || rhs == .money { return .money }
        if lhs.isNumeric && rhs.isNumeric { return .decimal }
        if lhs.isTextual && rhs.isTextual { return .string }
        return lhs
    }

    private mutating func checkBinary(_ op: BinaryOperator, _ lhs: Expr, _ rhs: Expr, at: Int, expression: Expr) throws(ExpressionError) -> (Compiled, ValueType) {
        let (left, leftType) = try check(lhs)
        let (right, rightType) = try check(rhs)
        switch op {
        case .and, .or:
            guard leftType == .bool else { throw ExpressionError("`\(op.rawValue)` needs bool operands, but this is \(leftType)", at: lhs.offset) }
            guard rightType == .bool else { throw ExpressionError("`\(op.rawValue)` needs bool operands, but this is \(rightType)", at: rhs.offset) }
            return (op == .and ? .and(left, right) : .or(left, right), .bool)
        case .equal, .notEqual, .less, .lessEqual, .greater, .greaterEqual:
            guard leftType.isComparable(with: rightType) else {
                throw ExpressionError("cannot compare \(leftType) with \(rightType)", at: rhs.offset)
            }
            if op != .equal && op != .notEqual {
                switch leftType {
                case .integer, .decimal, .money, .date: break
                default: throw ExpressionError("`\(op.rawValue)` needs numbers or dates, but this is \(leftType)", at: lhs.offset)
                }
            }
            try checkEnumLiteral(leftType, right, rhs)
            try checkEnumLiteral(rightType, left, lhs)
            return (traced(.compare(op, left, right), expression), .bool)
        case .in, .notIn:
            guard case .list(let elementType) = rightType else {
                throw ExpressionError("the right side of `\(op.rawValue)` must be a list, but this is \(rightType)", at: rhs.offset)
            }
            guard leftType.isComparable(with: elementType) else {
                throw ExpressionError("cannot look for \(leftType) in a list of \(elementType)", at: lhs.offset)
            }
            if case .constant(.list(let values)) = right {
                for value in values { try checkEnumLiteral(leftType, .constant(value), rhs) }
            }
            return (traced(.membership(left, right, negated: op == .notIn), expression), .bool)
        case .add, .subtract, .multiply, .divide, .remainder:
            if op == .subtract, leftType == .date, rightType == .date {
                throw ExpressionError("subtracting dates is ambiguous; use days_between(a, b) or working_days_between(a, b)", at: at)
            }
            guard leftType.isNumeric else { throw ExpressionError("`\(op.rawValue)` needs numbers, but this is \(leftType)", at: lhs.offset) }
            guard rightType.isNumeric else { throw ExpressionError("`\(op.rawValue)` needs numbers, but this is \(rightType)", at: rhs.offset) }
            let resultType: ValueType
            switch op {
            case .divide:
                resultType = leftType == .money && rightType != .money ? .money : .decimal
            case .multiply where leftType == .money && rightType == .money:
                throw ExpressionError("cannot multiply money by money", at: rhs.offset)
            default:
                resultType = Self.widen(leftType, rightType)
            }
            return (.arithmetic(op, left, right, integral: resultType == .integer), resultType)
        }
    }

    /// Comparing an enum fact with a literal outside its allowed values is always a typo.
    private func checkEnumLiteral(_ type: ValueType, _ node: Compiled, _ expression: Expr) throws(ExpressionError) {
        guard case .enumeration(let enumType) = type, case .constant(.string(let literal)) = node else { return }
        guard enumType.values.contains(literal) else {
            throw ExpressionError(
                "`\(literal)` is not a value of \(enumType.name) (allowed: \(enumType.values.joined(separator: ", ")))"
                    + Suggestion.hint(for: literal, in: enumType.values),
                at: expression.offset)
        }
    }

    private mutating func resolvePath(_ expression: Expr) throws(ExpressionError) -> (Compiled, ValueType) {
        // A member access on a loop variable or a call result is a record field.
        if case .member(let base, let name) = expression.kind, !isNamespacePath(base) {
            let (baseNode, baseType) = try check(base)
            guard case .record(let recordType) = baseType else {
                throw ExpressionError("\(baseType) has no field `\(name)`", at: expression.offset)
            }
            guard let (index, field) = recordType.field(named: name) else {
                throw ExpressionError(
                    "`\(recordType.name)` items have no field `\(name)`" + Suggestion.hint(for: name, in: recordType.fields.map(\.name)),
                    at: expression.offset)
            }
            references.append("\(recordType.name)[].\(name)")
            return (traced(.field(baseNode, index: index, name: name), expression), field.type)
        }
        guard let path = expression.dottedPath else {
            throw ExpressionError("expected a fact, parameter or variable name", at: expression.offset)
        }
        if let localIndex = scope.locals.lastIndex(where: { $0.name == path }) {
            return (.local(localIndex), scope.locals[localIndex].type)
        }
        if path == "as_of" { return (traced(.asOf, expression), .date) }
        if path == "law_date" { return (traced(.lawDate, expression), .date) }
        if path.hasPrefix("param.") {
            let name = String(path.dropFirst("param.".count))
            guard let parameter = scope.parameters[name] else {
                throw ExpressionError("unknown parameter `\(name)`" + Suggestion.hint(for: name, in: scope.parameters.keys), at: expression.offset)
            }
            references.append("param.\(name)")
            return (traced(.parameter(index: parameter.index, name: name), expression), parameter.type)
        }
        if let definition = scope.schema.definition(of: path), let slot = scope.schema.slot(of: path) {
            guard scope.allowsFacts else {
                throw ExpressionError("indicators score the law itself and cannot read the case fact `\(path)`", at: expression.offset)
            }
            references.append(path)
            return (traced(.fact(slot: slot, path: path), expression), definition.type)
        }
        let candidates = scope.schema.paths + scope.locals.map(\.name) + scope.parameters.keys.map { "param." + $0 }
        let kind = path.contains(".") || scope.schema.isPrefix(path) ? "fact" : "name"
        throw ExpressionError("unknown \(kind) `\(path)`" + Suggestion.hint(for: path, in: candidates), at: expression.offset)
    }

    /// Whether `base` spells a prefix of a fact or parameter path rather than a value.
    private func isNamespacePath(_ base: Expr) -> Bool {
        guard let path = base.dottedPath else { return false }
        if scope.locals.contains(where: { $0.name == path }) { return false }
        return path == "param" || path.hasPrefix("param.") || scope.schema.isPrefix(path) || scope.schema.definition(of: path) == nil
    }

    private mutating func checkCall(_ name: String, _ arguments: [Expr], expression: Expr) throws(ExpressionError) -> (Compiled, ValueType) {
        let at = expression.offset
        func arity(_ count: Int) throws(ExpressionError) {
            guard arguments.count == count else {
                throw ExpressionError("`\(name)` takes \(English.count(count, "argument")), got \(arguments.count)", at: at)
            }
        }
        switch name {
        case "has":
            try arity(1)
            let (node, _) = try check(arguments[0])
            return (traced(.has(node), expression), .bool)
        case "date":
            try arity(1)
            guard case .string(let text) = arguments[0].kind else {
                throw ExpressionError("`date` takes a literal \"YYYY-MM-DD\"", at: arguments[0].offset)
            }
            guard let day = Day(iso: text) else {
                throw ExpressionError("`\(text)` is not a valid date (expected YYYY-MM-DD)", at: arguments[0].offset)
            }
            return (.constant(.date(day)), .date)
        case "any", "all", "sum":
            return try checkQuantifier(Quantifier(rawValue: name)!, arguments, expression: expression)
        case "count" where arguments.count == 3:
            return try checkQuantifier(.count, arguments, expression: expression)
        default:
            break
        }
        guard let builtin = Builtin(rawValue: name) else {
            let names = Builtin.allCases.map(\.rawValue) + ["has", "date", "any", "all", "sum"]
            throw ExpressionError("unknown function `\(name)`" + Suggestion.hint(for: name, in: names), at: at)
        }
        var compiled: [Compiled] = []
        var types: [ValueType] = []
        for argument in arguments {
            let (node, type) = try check(argument)
            compiled.append(node)
            types.append(type)
        }
        func require(_ index: Int, _ predicate: (ValueType) -> Bool, _ what: String) throws(ExpressionError) {
            guard predicate(types[index]) else {
                throw ExpressionError("argument \(index + 1) of `\(name)` must be \(what), but this is \(types[index])", at: arguments[index].offset)
            }
        }
        let isDate: (ValueType) -> Bool = { $0 == .date }
        let isInteger: (ValueType) -> Bool = { $0 == .integer }
        let resultType: ValueType
        switch builtin {
        case .daysBetween, .workingDaysBetween:
            try arity(2); try require(0, isDate, "a date"); try require(1, isDate, "a date")
            resultType = .integer
        case .addDays, .addWorkingDays, .addMonths:
            try arity(2); try require(0, isDate, "a date"); try require(1, isInteger, "an integer")
            resultType = .date
        case .isWorkingDay:
            try arity(1); try require(0, isDate, "a date")
            resultType = .bool
        case .year, .month:
            try arity(1); try require(0, isDate, "a date")
            resultType = .integer
        case .dateOf:
            try arity(3)
            for index in 0..<3 { try require(index, isInteger, "an integer") }
            resultType = .date
        case .withDay:
            try arity(2); try require(0, isDate, "a date"); try require(1, isInteger, "an integer day of the month")
            resultType = .date
        case .quarterEnd:
            try arity(1); try require(0, isDate, "a date")
            resultType = .date
        case .count:
            try arity(1)
            try require(0, { if case .list = $0 { true } else { false } }, "a list")
            resultType = .integer
        case .min, .max:
            try arity(2)
            guard types[0].isComparable(with: types[1]), types[0].isNumeric || types[0] == .date else {
                throw ExpressionError("`\(name)` needs two numbers or two dates", at: at)
            }
            resultType = Self.widen(types[0], types[1])
        case .mci:
            try arity(1); try require(0, { $0 == .integer || $0 == .decimal }, "a number of MCI")
            resultType = .money
        }
        return (traced(.call(builtin, compiled), expression), resultType)
    }

    /// `any(list, x, condition)`, `all(…)`, `count(list, x, condition)`, `sum(list, x, amount)`.
    private mutating func checkQuantifier(_ quantifier: Quantifier, _ arguments: [Expr], expression: Expr) throws(ExpressionError) -> (Compiled, ValueType) {
        guard arguments.count == 3 else {
            throw ExpressionError("`\(quantifier.rawValue)` takes (list, variable, expression), got \(English.count(arguments.count, "argument"))", at: expression.offset)
        }
        let (list, listType) = try check(arguments[0])
        guard case .list(let elementType) = listType else {
            throw ExpressionError("the first argument of `\(quantifier.rawValue)` must be a list, but this is \(listType)", at: arguments[0].offset)
        }
        guard case .identifier(let variable) = arguments[1].kind else {
            throw ExpressionError("the second argument of `\(quantifier.rawValue)` must be a variable name", at: arguments[1].offset)
        }
        scope.locals.append((variable, elementType))
        let localIndex = scope.locals.count - 1
        let (body, bodyType) = try check(arguments[2])
        scope.locals.removeLast()
        switch quantifier {
        case .any, .all, .count:
            guard bodyType == .bool else {
                throw ExpressionError("the condition of `\(quantifier.rawValue)` must be bool, but this is \(bodyType)", at: arguments[2].offset)
            }
        case .sum:
            guard bodyType.isNumeric else {
                throw ExpressionError("`sum` adds numbers, but this is \(bodyType)", at: arguments[2].offset)
            }
        }
        let resultType: ValueType = switch quantifier {
        case .any, .all: .bool
        case .count: .integer
        case .sum: bodyType
        }
        return (traced(.quantifier(quantifier, list: list, local: localIndex, body: body), expression), resultType)
    }
}
