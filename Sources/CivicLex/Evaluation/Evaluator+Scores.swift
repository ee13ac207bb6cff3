extension Evaluator {
    /// Scores the law in force on `date` against the indicators; independent of any case.
    public func enablingEnvironment(on date: Day) -> EnablingScore {
        var context = EvaluationContext(facts: [], runtime: law.runtime, asOf: date, lawDate: date, budget: budget)
        var areaScores: [EnablingScore.AreaScore] = []
        var weightedSum = 0.0, weightTotal = 0.0
        for area in law.areas {
            var indicatorScores: [EnablingScore.IndicatorScore] = []
            var sum = 0.0, weights = 0.0
            for indicator in law.indicators where indicator.area == area.id {
                context.resetMissing()
                let raw = try? Interpreter.evaluate(indicator.score.root, &context)
                var value: Double?
                switch raw {
                case .bool(let flag)?: value = flag ? 1 : 0
                case .integer(let number)?: value = Double(number)
                case .number(let number)?: value = number
                default: value = nil
                }
                if !indicator.steps.isEmpty { value = value.flatMap(indicator.grade(of:)) }
                value = value.map { min(1, max(0, $0)) }
                if let value {
                    sum += value * indicator.weight
                    weights += indicator.weight
                }
                indicatorScores.append(.init(id: indicator.id, title: indicator.title, standard: indicator.standard, weight: indicator.weight, value: value, status: indicator.status))
            }
            let score = weights > 0 ? sum / weights * 100 : nil
            if let score {
                weightedSum += score * area.weight
                weightTotal += area.weight
            }
            areaScores.append(.init(id: area.id, title: area.title, score: score, band: score.map { law.bands.band(for: $0) } ?? "not scored", indicators: indicatorScores))
        }
        let overall = weightTotal > 0 ? weightedSum / weightTotal : nil
        return EnablingScore(date: date, overall: overall, band: overall.map { law.bands.band(for: $0) } ?? "not scored", areas: areaScores)
    }

    /// Severity points per rule (worst item counts once), unknowns at a fraction; capped at 100.
    func riskScore(_ results: [RuleResult]) -> RiskScore {
        var worst: [String: (outcome: Outcome, severity: Severity)] = [:]
        for result in results {
            let severity = law.rules[result.ruleIndex].severity
            if let current = worst[result.ruleID], current.outcome <= result.outcome { continue }
            worst[result.ruleID] = (result.outcome, severity)
        }
        var total = 0.0
        for (_, (outcome, severity)) in worst {
            let points = law.risk.points[severity] ?? 0
            switch outcome {
            case .violation: total += points
            case .undetermined: total += points * law.risk.undeterminedFactor
            default: break
            }
        }
        let score = min(100, total)
        return RiskScore(score: score, band: law.risk.bands.band(for: score))
    }
}

extension String {
    var replacingUnderscores: String { String(map { $0 == "_" ? " " : $0 }) }
}
