import YAMLSource

extension LawBuilder {
    /// Evaluates an indicator on every day the law's dated values change, so a division by
    /// zero, an overflow or a score outside 0–1 that only some dates reach is a load error at
    /// the indicator, not a silently unscored (or clamped) area at run time.
    /// `isGrade`: the expression is the 0–1 grade itself (not a quantity that `steps` grade).
    /// `dates`: ``changeDates(_:)`` of `runtime`.
    func checkComputable(_ score: CompiledExpression, id: String, isGrade: Bool, runtime: LawRuntime, on dates: [Day], at scalar: YAMLScalar, file: SourceFile, sink: inout DiagnosticSink) {
        for date in dates {
            var context = EvaluationContext(facts: [], runtime: runtime, asOf: date, lawDate: date)
            let value = try? score.evaluate(&context)
            if let fault = context.fault {
                sink.error("indicator `\(id)` cannot be computed on \(date): \(fault.kind)", in: file, at: scalar.range.start)
                return
            }
            // Scores outside 0–1 would be clamped without a word: a scale error in the formula.
            if isGrade, let number = value?.asDouble, !(0...1).contains(number) {
                sink.error("indicator `\(id)` scores \(Formatting.number(number)) on \(date); a score must lie between 0 and 1", in: file, at: scalar.range.start)
                return
            }
        }
    }

    /// The first day of each period of every parameter and of the MCI, and the day after
    /// each period ends: the law's score can only change on these days.
    static func changeDates(_ runtime: LawRuntime) -> [Day] {
        var dates = Set<Day>()
        for parameter in runtime.parameters {
            for value in parameter.values {
                dates.insert(value.from)
                if let to = value.to, let next = Day.supported(to.adding(days: 1)) { dates.insert(next) }
            }
        }
        for value in runtime.mciValues { dates.insert(value.from) }
        return dates.sorted()
    }
}
