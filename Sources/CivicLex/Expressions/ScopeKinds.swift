/// How a scope's facts and parameters are held at run time, worked out once per scope: every
/// expression of a rule set shares them, and rebuilding them per expression was a tenth of
/// loading the rules.
final class ScopeKinds {
    let facts: [Kind]
    let parameters: [Int: Kind]

    init(schema: FactSchema, parameters: [String: (index: Int, type: ValueType)]) {
        facts = schema.facts.map { Kind($0.type) }
        var kinds: [Int: Kind] = [:]
        for (_, parameter) in parameters { kinds[parameter.index] = Kind(parameter.type) }
        self.parameters = kinds
    }
}
