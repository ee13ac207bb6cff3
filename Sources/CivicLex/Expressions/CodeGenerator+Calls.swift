extension CodeGenerator {
    /// Code for a date node: the dates in play, date builtins, and the shared forms.
    func day(_ node: Compiled, entry: Int) -> Code<Day> {
        let steps = entry + 1
        switch node {
        case .asOf:
            return Code { context throws(EvaluationBudgetExceeded) in
                try context.step(steps)
                return context.asOf
            }
        case .lawDate:
            return Code { context throws(EvaluationBudgetExceeded) in
                try context.step(steps)
                return context.lawDate
            }
        case .call(let builtin, let arguments):
            return dayCall(builtin, arguments, node: node, steps: steps) ?? interpreted(node, entry: entry, as: Day.self)
        default:
            return shared(node, entry: entry, as: Day.self) ?? interpreted(node, entry: entry, as: Day.self)
        }
    }

    /// A builtin with a date result. Arguments are evaluated in order up to the first unknown;
    /// a result that cannot be computed from known arguments is a fault unless a gap explains it.
    private func dayCall(_ builtin: Builtin, _ arguments: [Compiled], node: Compiled, steps: Int) -> Code<Day>? {
        switch (builtin, arguments.count) {
        case (.addDays, 2), (.addWorkingDays, 2), (.addMonths, 2):
            let date = day(arguments[0], entry: 0), amount = integer(arguments[1], entry: 0)
            return Code { context throws(EvaluationBudgetExceeded) in
                try context.step(steps)
                guard let day = try date.run(&context), let count = try amount.run(&context) else { return nil }
                let result: Day?
                switch builtin {
                case .addDays:
                    // Dates exist for years 1...9999 (about 3.65 million days); beyond is unknown, not a trap.
                    result = count.magnitude <= 4_000_000 ? Day.supported(day.adding(days: count)) : nil
                case .addWorkingDays:
                    if count.magnitude <= 3_700_000 {
                        context.budget -= Int(count.magnitude / 64)  // the walk is linear in `count`
                        result = Day.supported(context.runtime.calendar.adding(workingDays: count, to: day))
                    } else {
                        result = nil
                    }
                default:
                    result = count.magnitude <= 120_000 ? Day.supported(day.adding(months: count)) : nil
                }
                if result == nil, context.gaps.isEmpty { return context.failing(Interpreter.dateOutOfRange, at: node) }
                return result
            }
        case (.dateOf, 3):
            let year = integer(arguments[0], entry: 0), month = integer(arguments[1], entry: 0), dayOfMonth = integer(arguments[2], entry: 0)
            return Code { context throws(EvaluationBudgetExceeded) in
                try context.step(steps)
                guard let year = try year.run(&context), let month = try month.run(&context), let dayOfMonth = try dayOfMonth.run(&context) else { return nil }
                return Day(year: year, month: month, day: dayOfMonth) ?? context.noSuchDate(at: node)
            }
        case (.withDay, 2):
            let date = day(arguments[0], entry: 0), dayOfMonth = integer(arguments[1], entry: 0)
            return Code { context throws(EvaluationBudgetExceeded) in
                try context.step(steps)
                guard let date = try date.run(&context), let dayOfMonth = try dayOfMonth.run(&context) else { return nil }
                let (year, month, _) = date.parts
                return Day(year: year, month: month, day: dayOfMonth) ?? context.noSuchDate(at: node)
            }
        case (.quarterEnd, 1):
            let date = day(arguments[0], entry: 0)
            return Code { context throws(EvaluationBudgetExceeded) in
                try context.step(steps)
                guard let date = try date.run(&context) else { return nil }
                let (year, month, _) = date.parts
                let lastMonth = (month - 1) / 3 * 3 + 3
                return Day(year: year, month: lastMonth, day: Day.daysInMonth(year: year, month: lastMonth))
            }
        case (.min, 2), (.max, 2):
            return extremum(builtin, arguments, steps: steps, as: Day.self)
        default:
            return nil
        }
    }

    /// A builtin with an integer result; none of them can fail once its arguments are known.
    func integerCall(_ builtin: Builtin, _ arguments: [Compiled], steps: Int) -> Code<Int>? {
        switch (builtin, arguments.count) {
        case (.daysBetween, 2), (.workingDaysBetween, 2):
            let first = day(arguments[0], entry: 0), second = day(arguments[1], entry: 0)
            let working = builtin == .workingDaysBetween
            return Code { context throws(EvaluationBudgetExceeded) in
                try context.step(steps)
                guard let a = try first.run(&context), let b = try second.run(&context) else { return nil }
                return working ? context.runtime.calendar.workingDays(strictlyBetween: a, and: b) : b.ordinal - a.ordinal
            }
        case (.year, 1), (.month, 1):
            let date = day(arguments[0], entry: 0)
            let isYear = builtin == .year
            return Code { context throws(EvaluationBudgetExceeded) in
                try context.step(steps)
                guard let day = try date.run(&context) else { return nil }
                let parts = day.parts
                return isYear ? parts.year : parts.month
            }
        case (.count, 1):
            let list = value(arguments[0], entry: 0)
            return Code { context throws(EvaluationBudgetExceeded) in
                try context.step(steps)
                guard case .list(let items)? = try list.run(&context) else { return nil }
                return items.count
            }
        case (.min, 2), (.max, 2):
            return extremum(builtin, arguments, steps: steps, as: Int.self)
        default:
            return nil
        }
    }

    /// A builtin with a decimal or money result.
    func numberCall(_ builtin: Builtin, _ arguments: [Compiled], node: Compiled, steps: Int) -> Code<Number>? {
        switch (builtin, arguments.count) {
        case (.mci, 1):
            let amount = number(arguments[0], entry: 0)
            return Code { context throws(EvaluationBudgetExceeded) in
                try context.step(steps)
                guard let count = try amount.run(&context)?.asDouble else { return nil }
                guard let mci = context.runtime.mci(on: context.lawDate) else {
                    context.gaps.append("MCI")
                    return nil
                }
                let tenge = count * Double(mci)
                if tenge.isFinite { return .decimal(tenge) }
                return context.gaps.isEmpty ? context.failing(Interpreter.overflow, at: node) : nil
            }
        case (.min, 2), (.max, 2):
            return extremum(builtin, arguments, steps: steps, as: Number.self)
        default:
            return nil
        }
    }

    /// `min(a, b)` or `max(a, b)`: the first argument when it is the lesser (greater) or equal.
    private func extremum<T: Comparand>(_ builtin: Builtin, _ arguments: [Compiled], steps: Int, as type: T.Type) -> Code<T> {
        let first = T.code(arguments[0], entry: 0, in: self), second = T.code(arguments[1], entry: 0, in: self)
        let isMin = builtin == .min
        return Code { context throws(EvaluationBudgetExceeded) in
            try context.step(steps)
            guard let a = try first.run(&context), let b = try second.run(&context) else { return nil }
            let order = T.order(a, b)
            return (isMin ? order <= 0 : order >= 0) ? a : b
        }
    }
}

extension EvaluationContext {
    mutating func noSuchDate(at node: Compiled) -> Day? {
        gaps.isEmpty ? failing("no such calendar date", at: node) : nil
    }
}
