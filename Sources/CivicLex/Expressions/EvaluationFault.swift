/// Why an expression has no value although every fact it read was there: an arithmetic
/// overflow, a division by zero, a date outside the calendar. The outcome is undetermined
/// and says this reason and the facts involved, never a trap and never a silent gap.
struct EvaluationFault: Sendable, Equatable {
    /// `arithmetic overflow`, `division by zero`, `date out of range`, …
    let kind: String
    /// The facts (with item labels) the failed operation read.
    let facts: [String]

    /// The reason shown with the undetermined outcome.
    var reason: String {
        let named = facts.isEmpty ? "" : " computing with " + facts.map { "`\($0)`" }.joined(separator: ", ")
        return "\(kind)\(named); the rule cannot be decided on these values"
    }

    /// The facts `node` reads, named as the case names them (`grants[2].amount` for the
    /// field of a bound item, `grants[].amount` inside a quantifier over `grants`).
    static func facts(in node: Compiled, locals: [Value]) -> [String] {
        var names: [String] = []
        var prefixes: [Int: String] = [:]
        for (index, value) in locals.enumerated() {
            if case .record(let record) = value { prefixes[index] = record.label }
        }
        collect(node, prefixes: &prefixes, into: &names)
        var seen = Set<String>()
        return names.filter { seen.insert($0).inserted }
    }

    private static func collect(_ node: Compiled, prefixes: inout [Int: String], into names: inout [String]) {
        switch node {
        case .fact(_, let path): names.append(path)
        case .field(.local(let index), _, let name): names.append(prefixes[index].map { "\($0).\(name)" } ?? name)
        case .field(let base, _, _): collect(base, prefixes: &prefixes, into: &names)
        case .constant, .local, .parameter, .asOf, .lawDate: break
        case .not(let operand), .negate(let operand), .has(let operand), .traced(_, let operand):
            collect(operand, prefixes: &prefixes, into: &names)
        case .and(let lhs, let rhs), .or(let lhs, let rhs), .compare(_, let lhs, let rhs), .arithmetic(_, let lhs, let rhs, _),
             .membership(let lhs, let rhs, _):
            collect(lhs, prefixes: &prefixes, into: &names)
            collect(rhs, prefixes: &prefixes, into: &names)
        case .conditional(let condition, let whenTrue, let whenFalse):
            for part in [condition, whenTrue, whenFalse] { collect(part, prefixes: &prefixes, into: &names) }
        case .list(let items), .call(_, let items):
            for item in items { collect(item, prefixes: &prefixes, into: &names) }
        case .quantifier(_, let list, let local, let body):
            var listNames: [String] = []
            collect(list, prefixes: &prefixes, into: &listNames)
            names += listNames
            let saved = prefixes[local]
            prefixes[local] = (listNames.first ?? "item") + "[]"
            collect(body, prefixes: &prefixes, into: &names)
            prefixes[local] = saved
        }
    }
}
