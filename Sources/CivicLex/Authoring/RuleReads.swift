/// What a rule reads: the facts and parameters its conditions, dates and texts depend on.
extension Rule {
    /// Every compiled expression of the rule, conditions first, then its message and remedy.
    var expressions: [CompiledExpression] {
        var all = bindings.map(\.condition) + [violation] + [applies, at, repeatOffence?.when, clientRole, protocolOn, due].compactMap { $0 }
        all += sanctions.flatMap { [$0.subject, $0.when, $0.repeatWhen].compactMap { $0 } }
        for template in [message] + [remedy, remedyOverdue].compactMap({ $0 }) {
            for piece in template.pieces {
                if case .expression(let expression) = piece { all.append(expression) }
            }
        }
        return all
    }

    /// Fact paths the rule reads, in first-use order: top-level facts as `org.legal_form`,
    /// fields of list items as `assemblies[].date` (the list itself included).
    public var factReferences: [String] {
        var seen = Set<String>(), result: [String] = []
        if let iteration, seen.insert(iteration.listPath).inserted { result.append(iteration.listPath) }
        for reference in expressions.flatMap(\.references) where !reference.hasPrefix("param.") {
            if let bracket = reference.range(of: "[]") {
                let list = String(reference[..<bracket.lowerBound])
                if seen.insert(list).inserted { result.append(list) }
            }
            if seen.insert(reference).inserted { result.append(reference) }
        }
        return result
    }

    /// Names of the parameters the rule reads anywhere (conditions and texts).
    public var parametersRead: [String] {
        var seen = Set<String>()
        return expressions.flatMap(\.references).filter { $0.hasPrefix("param.") }
            .map { String($0.dropFirst("param.".count)) }.filter { seen.insert($0).inserted }
    }
}
