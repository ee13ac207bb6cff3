/// Evaluates compiled expressions with three-valued logic: `nil` means *unknown*.
///
/// `and`/`or` follow Kleene logic, so `false and unknown` is `false`; a result that does
/// not depend on a missing fact does not report it as missing.
enum Interpreter {
    static func evaluate(_ node: Compiled, _ context: inout EvaluationContext) throws(EvaluationBudgetExceeded) -> Value? {
        try context.step(1)
        switch node {
        case .constant(let value):
            return value
        case .fact(let slot, let path):
            if let value = context.facts[slot] { return value }
            context.noteMissing(path)
            return nil
        case .local(let index):
            return context.locals[index]
        case .field(let base, let index, let name):
            guard case .record(let record)? = try evaluate(base, &context) else { return nil }
            if let value = record.field(index) { return value }
            context.noteMissing(label: record.label, field: name)
            return nil
        case .parameter(let index, let name):
            if let value = context.runtime.parameterValue(index, on: context.lawDate) { return value }
            context.gaps.append("param.\(name)")
            return nil
        case .asOf:
            return .date(context.asOf)
        case .lawDate:
            return .date(context.lawDate)
        case .not(let operand):
            guard case .bool(let value)? = try evaluate(operand, &context) else { return nil }
            return .bool(!value)
        case .negate(let operand):
            switch try evaluate(operand, &context) {
            case .integer(let value)?: return value == .min ? context.fail(Self.overflow, at: node) : .integer(-value)
            case .number(let value)?: return .number(-value)
            default: return nil
            }
        case .and(let lhs, let rhs):
            let mark = context.missingCount
            let left = try evaluate(lhs, &context)
            if case .bool(false)? = left { return .bool(false) }
            let middle = context.missingCount
            let right = try evaluate(rhs, &context)
            if case .bool(false)? = right {
                // The result is false whatever the left side was.
                context.truncateMissing(to: mark)
                return .bool(false)
            }
            if case .bool(true)? = left, case .bool(true)? = right { return .bool(true) }
            if case .bool(true)? = right { _ = middle }
            return nil
        case .or(let lhs, let rhs):
            let mark = context.missingCount
            let left = try evaluate(lhs, &context)
            if case .bool(true)? = left { return .bool(true) }
            let right = try evaluate(rhs, &context)
            if case .bool(true)? = right {
                context.truncateMissing(to: mark)
                return .bool(true)
            }
            if case .bool(false)? = left, case .bool(false)? = right { return .bool(false) }
            return nil
        case .compare(let op, let lhs, let rhs):
            guard let left = try evaluate(lhs, &context), let right = try evaluate(rhs, &context) else { return nil }
            return .bool(compare(op, left, right))
        case .arithmetic(let op, let lhs, let rhs, let integral):
            guard let left = try evaluate(lhs, &context), let right = try evaluate(rhs, &context) else { return nil }
            var fault: String?
            let value = arithmetic(op, left, right, integral: integral, fault: &fault)
            if let fault { return context.fail(fault, at: node) }
            return value
        case .membership(let element, let list, let negated):
            guard let needle = try evaluate(element, &context), case .list(let items)? = try evaluate(list, &context) else { return nil }
            let found = items.contains { compare(.equal, needle, $0) }
            return .bool(found != negated)
        case .conditional(let condition, let whenTrue, let whenFalse):
            guard case .bool(let test)? = try evaluate(condition, &context) else { return nil }
            return try evaluate(test ? whenTrue : whenFalse, &context)
        case .list(let items):
            var values: [Value] = []
            values.reserveCapacity(items.count)
            for item in items {
                guard let value = try evaluate(item, &context) else { return nil }
                values.append(value)
            }
            return .list(values)
        case .has(let operand):
            let mark = context.missingCount
            let value = try evaluate(operand, &context)
            context.truncateMissing(to: mark)
            return .bool(value != nil)
        case .call(let builtin, let arguments):
            var values: [Value] = []
            values.reserveCapacity(arguments.count)
            for argument in arguments {
                guard let value = try evaluate(argument, &context) else { return nil }
                values.append(value)
            }
            var fault: String?
            let value = call(builtin, values, &context, fault: &fault)
            if let fault { return context.fail(fault, at: node) }
            return value
        case .quantifier(let quantifier, let listNode, let local, let body):
            guard case .list(let items)? = try evaluate(listNode, &context) else { return nil }
            return try quantify(quantifier, items, local: local, body: body, node: node, &context)
        case .traced(let id, let inner):
            let value = try evaluate(inner, &context)
            if context.trace != nil { context.trace?[id] = .some(value) }
            return value
        }
    }

    static let overflow = "arithmetic overflow"
    static let divisionByZero = "division by zero"
    static let dateOutOfRange = "date arithmetic overflow (the date falls outside years 1–9999)"

    private static func quantify(_ quantifier: Quantifier, _ items: [Value], local: Int, body: Compiled, node: Compiled, _ context: inout EvaluationContext) throws(EvaluationBudgetExceeded) -> Value? {
        while context.locals.count <= local { context.locals.append(.bool(false)) }
        let saved = context.locals[local]
        defer { context.locals[local] = saved }
        var sawUnknown = false
        var count = 0
        var integerSum = 0
        var decimalSum = 0.0
        var isDecimal = false
        let mark = context.missingCount
        for item in items {
            context.locals[local] = item
            let result = try evaluate(body, &context)
            switch (quantifier, result) {
            case (.any, .bool(true)?):
                context.truncateMissing(to: mark)
                return .bool(true)
            case (.all, .bool(false)?):
                context.truncateMissing(to: mark)
                return .bool(false)
            case (.count, .bool(true)?): count += 1
            case (.sum, .integer(let value)?):
                let (total, overflowed) = integerSum.addingReportingOverflow(value)
                if overflowed { return context.fail(overflow, at: node) }
                integerSum = total
            case (.sum, .number(let value)?):
                decimalSum += value
                isDecimal = true
                if !decimalSum.isFinite { return context.fail(overflow, at: node) }
            case (_, nil): sawUnknown = true
            default: break
            }
        }
        if sawUnknown { return nil }
        switch quantifier {
        case .any: return .bool(false)
        case .all: return .bool(true)
        case .count: return .integer(count)
        case .sum:
            guard isDecimal else { return .integer(integerSum) }
            let total = decimalSum + Double(integerSum)
            return total.isFinite ? .number(total) : context.fail(overflow, at: node)
        }
    }

    static func compare(_ op: BinaryOperator, _ lhs: Value, _ rhs: Value) -> Bool {
        let order: Int
        switch (lhs, rhs) {
        case (.integer(let a), .integer(let b)): order = a < b ? -1 : (a == b ? 0 : 1)
        case (.date(let a), .date(let b)): order = a < b ? -1 : (a == b ? 0 : 1)
        case (.string(let a), .string(let b)):
            order = a == b ? 0 : (a < b ? -1 : 1)
        case (.bool(let a), .bool(let b)): order = a == b ? 0 : 1
        default:
            if let a = lhs.asDouble, let b = rhs.asDouble {
                order = a < b ? -1 : (a == b ? 0 : 1)
            } else {
                order = lhs == rhs ? 0 : 1
            }
        }
        switch op {
        case .equal: return order == 0
        case .notEqual: return order != 0
        case .less: return order < 0
        case .lessEqual: return order <= 0
        case .greater: return order > 0
        case .greaterEqual: return order >= 0
        default: return false
        }
    }

    /// Checked arithmetic: an integer overflow, an infinite decimal or a division by zero
    /// sets `fault` instead of trapping or wrapping.
    private static func arithmetic(_ op: BinaryOperator, _ lhs: Value, _ rhs: Value, integral: Bool, fault: inout String?) -> Value? {
        if integral, op != .divide, case .integer(let a) = lhs, case .integer(let b) = rhs {
            return integer(op, a, b, fault: &fault).map(Value.integer)
        }
        guard let a = lhs.asDouble, let b = rhs.asDouble else { return nil }
        return decimal(op, a, b, fault: &fault).map(Value.number)
    }

    /// Checked integer arithmetic (a division gives a decimal and goes to `decimal`).
    static func integer(_ op: BinaryOperator, _ a: Int, _ b: Int, fault: inout String?) -> Int? {
        let result: (partialValue: Int, overflow: Bool)
        switch op {
        case .add: result = a.addingReportingOverflow(b)
        case .subtract: result = a.subtractingReportingOverflow(b)
        case .multiply: result = a.multipliedReportingOverflow(by: b)
        case .remainder:
            guard b != 0 else { fault = divisionByZero; return nil }
            return b == -1 ? 0 : a % b  // Int.min % -1 traps
        default: result = (0, true)
        }
        if result.overflow { fault = overflow; return nil }
        return result.partialValue
    }

    /// Decimal arithmetic; a result past the range of `Double` is an overflow.
    static func decimal(_ op: BinaryOperator, _ a: Double, _ b: Double, fault: inout String?) -> Double? {
        let value: Double
        switch op {
        case .add: value = a + b
        case .subtract: value = a - b
        case .multiply: value = a * b
        case .divide:
            guard b != 0 else { fault = divisionByZero; return nil }
            value = a / b
        case .remainder:
            guard b != 0 else { fault = divisionByZero; return nil }
            value = a.truncatingRemainder(dividingBy: b)
        default: return nil
        }
        guard value.isFinite else { fault = overflow; return nil }
        return value
    }

    private static func call(_ builtin: Builtin, _ arguments: [Value], _ context: inout EvaluationContext, fault: inout String?) -> Value? {
        let value = call(builtin, arguments, &context)
        guard value == nil, context.gaps.isEmpty else { return value }
        // Every argument was known, so a missing result is a computation that failed.
        switch builtin {
        case .addDays, .addWorkingDays, .addMonths: fault = dateOutOfRange
        case .dateOf, .withDay: fault = "no such calendar date"
        case .mci: fault = overflow
        default: break
        }
        return nil
    }

    private static func call(_ builtin: Builtin, _ arguments: [Value], _ context: inout EvaluationContext) -> Value? {
        let calendar = context.runtime.calendar
        switch (builtin, arguments.first, arguments.count > 1 ? arguments[1] : nil) {
        case (.daysBetween, .date(let a)?, .date(let b)?):
            return .integer(b.ordinal - a.ordinal)
        case (.workingDaysBetween, .date(let a)?, .date(let b)?):
            return .integer(calendar.workingDays(strictlyBetween: a, and: b))
        case (.addDays, .date(let day)?, .integer(let count)?):
            // Dates exist for years 1...9999 (about 3.65 million days); beyond is unknown, not a trap.
            guard count.magnitude <= 4_000_000 else { return nil }
            return Day.supported(day.adding(days: count)).map { .date($0) }
        case (.addWorkingDays, .date(let day)?, .integer(let count)?):
            // More working days than there are days in 1...9999 cannot land on a real date.
            guard count.magnitude <= 3_700_000 else { return nil }
            context.budget -= Int(count.magnitude / 64)  // the walk is linear in `count`
            return Day.supported(calendar.adding(workingDays: count, to: day)).map { .date($0) }
        case (.addMonths, .date(let day)?, .integer(let count)?):
            guard count.magnitude <= 120_000 else { return nil }
            return Day.supported(day.adding(months: count)).map { .date($0) }
        case (.isWorkingDay, .date(let day)?, _):
            return .bool(calendar.isWorkingDay(day))
        case (.year, .date(let day)?, _):
            return .integer(day.parts.year)
        case (.month, .date(let day)?, _):
            return .integer(day.parts.month)
        case (.dateOf, .integer(let year)?, .integer(let month)?):
            guard case .integer(let day) = arguments[2], let date = Day(year: year, month: month, day: day) else { return nil }
            return .date(date)
        case (.withDay, .date(let date)?, .integer(let dayOfMonth)?):
            let (year, month, _) = date.parts
            return Day(year: year, month: month, day: dayOfMonth).map { .date($0) }
        case (.quarterEnd, .date(let day)?, _):
            let (year, month, _) = day.parts
            let lastMonth = (month - 1) / 3 * 3 + 3
            return Day(year: year, month: lastMonth, day: Day.daysInMonth(year: year, month: lastMonth)).map { .date($0) }
        case (.count, .list(let items)?, _):
            return .integer(items.count)
        case (.min, let a?, let b?):
            return compare(.lessEqual, a, b) ? a : b
        case (.max, let a?, let b?):
            return compare(.greaterEqual, a, b) ? a : b
        case (.mci, let amount?, _):
            guard let count = amount.asDouble else { return nil }
            guard let mci = context.runtime.mci(on: context.lawDate) else {
                context.gaps.append("MCI")
                return nil
            }
            let tenge = count * Double(mci)
            return tenge.isFinite ? .number(tenge) : nil
        default:
            return nil
        }
    }
}
