import YAMLSource

extension LawBuilder {
    mutating func loadAreas(sink: inout DiagnosticSink) {
        for (file, node) in sections("areas") {
            guard case .mapping(let mapping) = node else {
                sink.error("`areas` must map area ids to {title, weight}", in: file, at: node.location)
                continue
            }
            for entry in mapping.entries {
                let id = entry.key.text
                guard define("area", id, in: file, at: entry.key.range.start, sink: &sink),
                      var reader = MappingReader.make(entry.value, file: file, what: "area `\(id)`", sink: &sink) else { continue }
                let weight = reader.number("weight", sink: &sink) ?? 1
                if weight < 0 || !weight.isFinite { sink.error("area `\(id)`: `weight` must be a finite number not below 0, found \(Formatting.number(weight))", in: file, at: reader.mapping["weight"]?.location) }
                areas.append(Area(id: id, title: reader.requiredString("title", sink: &sink) ?? id, weight: weight))
                reader.reportUnknownKeys(sink: &sink)
            }
        }
        for (file, node) in sections("bands") {
            bands += readBands(node, file: file, sink: &sink)
        }
        for (file, node) in sections("risk") {
            guard var reader = MappingReader.make(node, file: file, what: "risk", sink: &sink) else { continue }
            var points: [Severity: Double] = [:]
            if let pointsNode = reader.node("points"), var pointsReader = MappingReader.make(pointsNode, file: file, what: "risk points", sink: &sink) {
                for severity in Severity.allCases {
                    if let value = pointsReader.number(severity.rawValue, sink: &sink) {
                        if value < 0 || !value.isFinite {
                            sink.error("risk points for `\(severity.rawValue)` must be a finite number not below 0, found \(Formatting.number(value))", in: file, at: pointsReader.mapping[severity.rawValue]?.location)
                        }
                        points[severity] = value
                    }
                }
                pointsReader.reportUnknownKeys(sink: &sink)
            }
            let factor = reader.number("undetermined_factor", sink: &sink) ?? 0.5
            if !(0...1).contains(factor) {
                sink.error("`undetermined_factor` must lie between 0 and 1, found \(factor)", in: file, at: reader.mapping["undetermined_factor"]?.location)
            }
            let riskBands = reader.node("bands").map { readBands($0, file: file, sink: &sink) } ?? []
            risk = RiskModel(points: points, undeterminedFactor: factor, bands: riskBands)
            reader.reportUnknownKeys(sink: &sink)
        }
    }

    private func readBands(_ node: YAMLNode, file: SourceFile, sink: inout DiagnosticSink) -> [Band] {
        guard case .sequence(let sequence) = node else {
            sink.error("bands must be a list of {min, name}", in: file, at: node.location)
            return []
        }
        var result: [Band] = []
        for item in sequence.items {
            guard var reader = MappingReader.make(item, file: file, what: "band", sink: &sink),
                  let minimum = reader.number("min", sink: &sink), let name = reader.requiredString("name", sink: &sink) else { continue }
            if !(0...100).contains(minimum) {
                sink.error("band `\(name)`: `min` must lie between 0 and 100 (scores are 0–100), found \(Formatting.number(minimum))", in: file, at: reader.mapping["min"]?.location)
            }
            result.append(Band(minimum: minimum, name: name))
            reader.reportUnknownKeys(sink: &sink)
        }
        return result
    }

    func loadIndicators(scope: Scope, runtime: LawRuntime, sink: inout DiagnosticSink) -> [Indicator] {
        var indicatorScope = scope
        indicatorScope.allowsFacts = false
        var indicators: [Indicator] = []
        var seen: [String: (SourceFile, SourceLocation)] = [:]
        // The same for every indicator: worked out once.
        let changeDates = Self.changeDates(runtime)
        for (file, node) in sections("indicators") {
            guard case .sequence(let sequence) = node else {
                sink.error("`indicators` must be a list", in: file, at: node.location)
                continue
            }
            for item in sequence.items {
                guard var reader = MappingReader.make(item, file: file, what: "indicator", sink: &sink),
                      let idScalar = reader.scalar("id", sink: &sink) else {
                    sink.error("indicator is missing `id`", in: file, at: item.location)
                    continue
                }
                let id = idScalar.text
                if let previous = seen[id] {
                    sink.error("indicator `\(id)` is defined twice", in: file, at: idScalar.range.start,
                               notes: [.init(message: "first defined here", path: previous.0.path, location: previous.1, sourceLine: previous.0.line(previous.1.line))])
                    continue
                }
                seen[id] = (file, idScalar.range.start)
                guard let areaScalar = reader.scalar("area", sink: &sink) else {
                    sink.error("indicator `\(id)` is missing `area`", in: file, at: item.location)
                    continue
                }
                if !areas.contains(where: { $0.id == areaScalar.text }) {
                    sink.error("unknown area `\(areaScalar.text)`" + Suggestion.hint(for: areaScalar.text, in: areas.map(\.id)), in: file, at: areaScalar.range.start)
                }
                let title = reader.requiredString("title", sink: &sink) ?? id
                let standard = reader.requiredString("standard", sink: &sink) ?? ""
                let weight = reader.number("weight", sink: &sink) ?? 1
                if weight < 0 || !weight.isFinite { sink.error("indicator `\(id)`: `weight` must be a finite number not below 0, found \(Formatting.number(weight))", in: file, at: reader.mapping["weight"]?.location) }
                let status = reader.status(sink: &sink)
                _ = reader.string("note", sink: &sink)
                guard let scoreScalar = reader.scalar("score", sink: &sink) else {
                    sink.error("indicator `\(id)` is missing `score`", in: file, at: item.location)
                    continue
                }
                let steps = reader.node("steps").map { readSteps($0, indicator: id, file: file, sink: &sink) }
                reader.reportUnknownKeys(sink: &sink)
                guard let score = compile(scoreScalar, scope: indicatorScope, expected: nil, file: file, sink: &sink) else { continue }
                if steps != nil, !score.type.isNumeric {
                    sink.error("with `steps`, `score` must be the number the steps grade, but this is \(score.type)", in: file, at: scoreScalar.range.start)
                    continue
                }
                guard score.type == .bool || score.type.isNumeric else {
                    sink.error("an indicator score must be a number from 0 to 1 or a bool, but this is \(score.type)", in: file, at: scoreScalar.range.start)
                    continue
                }
                checkComputable(score, id: id, isGrade: steps == nil, runtime: runtime, on: changeDates, at: scoreScalar, file: file, sink: &sink)
                indicators.append(Indicator(id: id, area: areaScalar.text, title: title, standard: standard, weight: weight, score: score, status: status, location: item.location))
                if let steps { indicators[indicators.endIndex - 1].steps = steps }
            }
        }
        return indicators
    }

    /// Reads `steps: [{max, grade}, …, {grade}]`: maxima rising, grades 0…1, and a last step
    /// without `max` so every quantity gets a grade.
    private func readSteps(_ node: YAMLNode, indicator id: String, file: SourceFile, sink: inout DiagnosticSink) -> [GradeStep] {
        guard case .sequence(let sequence) = node, !sequence.items.isEmpty else {
            sink.error("`steps` of `\(id)` must be a non-empty list of {max, grade} ending with {grade}", in: file, at: node.location)
            return []
        }
        var steps: [GradeStep] = []
        for (position, item) in sequence.items.enumerated() {
            guard var reader = MappingReader.make(item, file: file, what: "step of `\(id)`", sink: &sink) else { continue }
            let maximum = reader.number("max", sink: &sink)
            let grade = reader.number("grade", sink: &sink)
            reader.reportUnknownKeys(sink: &sink)
            guard let grade else {
                sink.error("a step of `\(id)` is missing `grade`", in: file, at: item.location)
                continue
            }
            if !(0...1).contains(grade) { sink.error("a grade must be from 0 to 1, not \(Formatting.number(grade))", in: file, at: item.location) }
            let isLast = position == sequence.items.count - 1
            if isLast, maximum != nil {
                sink.error("the last step of `\(id)` must have no `max`, so that larger quantities are graded too", in: file, at: item.location)
            } else if !isLast, maximum == nil {
                sink.error("only the last step of `\(id)` may omit `max`", in: file, at: item.location)
            }
            if let maximum, let previous = steps.last?.maximum, maximum <= previous {
                sink.error("step maxima of `\(id)` must rise: \(Formatting.number(maximum)) follows \(Formatting.number(previous))", in: file, at: item.location)
            }
            steps.append(GradeStep(maximum: maximum, grade: grade))
        }
        return steps
    }

    /// Compiles an expression scalar, reporting problems at their column in the rule file.
    func compile(_ scalar: YAMLScalar, scope: Scope, expected: ValueType?, file: SourceFile, sink: inout DiagnosticSink) -> CompiledExpression? {
        do {
            return try TypeChecker.compile(scalar.text, scope: scope, expected: expected)
        } catch {
            sink.error(error.message, in: file, at: scalar.location(ofOffset: error.offset, in: file))
            return nil
        }
    }
}
