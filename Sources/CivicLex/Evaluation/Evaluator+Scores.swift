extension Evaluator {
    /// Scores the law in force on `date` against the indicators; independent of any case.
    public func enablingEnvironment(on date: Day) -> EnablingScore {
        var context = EvaluationContext(facts: [], runtime: law.runtime, asOf: date, lawDate: date, budget: budget)
        var areaScores: [EnablingScore.AreaScore] = []
        var weightedSum = 0.0, weightTotal = 0.0
        for area in law.areas {
            var indicatorScores: [EnablingScore.IndicatorScore] = []
            var sum = 0.0, weights = 0.0
            // By index: copying an `Indicator` out retains each of its fields.
            for index in law.indicators.indices where law.indicators[index].area == area.id {
                context.resetMissing()
                let raw = try? law.indicators[index].score.evaluate(&context)
                var value: Double?
                switch raw {
                case .bool(let flag)?: value = flag ? 1 : 0
                case .integer(let number)?: value = Double(number)
                case .number(let number)?: value = number
                default: value = nil
                }
                if !law.indicators[index].steps.isEmpty { value = value.flatMap(law.indicators[index].grade(of:)) }
                value = value.map { min(1, max(0, $0)) }
                if let value {
                    sum += value * law.indicators[index].weight
                    weights += law.indicators[index].weight
                }
                indicatorScores.append(.init(id: law.indicators[index].id, title: law.indicators[index].title, standard: law.indicators[index].standard, weight: law.indicators[index].weight, value: value, status: law.indicators[index].status))
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
    func riskScore<Result: VersionedOutcome>(_ results: [Result]) -> RiskScore {
        // Indexed by each rule's first version (ids shared by versions count once); the
        // points are multiples of a half, so the order of summing does not change the total.
        var worst = [(outcome: Outcome, severity: Severity)?](repeating: nil, count: law.rules.count)
        for result in results {
            let slot = law.firstVersion[result.ruleIndex]
            if let current = worst[slot], current.outcome <= result.outcome { continue }
            worst[slot] = (result.outcome, law.rules[result.ruleIndex].severity)
        }
        var total = 0.0
        let pointsByRank = law.risk.pointsByRank
        for case let (outcome, severity)? in worst {
            let points = pointsByRank[severity.rank]
            switch outcome {
            case .violation: total += points
            case .undetermined: total += points * law.risk.undeterminedFactor
            default: break
            }
        }
        let score = min(100, total)
        return RiskScore(score: score, band: law.risk.band(for: score))
    }
}

extension String {
    var replacingUnderscores: String { String(map { $0 == "_" ? " " : $0 }) }
}
