/// What loading a case needs of a law, looked up once per ``CaseLoader`` rather than per case
/// (and without copying the `Law`, which costs a retain per field): the schema's key index,
/// where act dates go, what the warnings check.
final class CaseLoaderTables: Sendable {
    let index: FactKeyIndex
    let areas: [Area]
    /// The law's rules by id (`Law.firstIndexByID`), for the rule ids `expect:` names.
    let rulesByID: [String: Int]
    let factCount: Int
    /// `law.actDateFacts.count`.
    let actDateCount: Int
    /// By slot: the entry of `law.actDateFacts` for the fact itself (a top-level date).
    let actDateEntry: [Int?]
    /// By slot of a list of records: the fields whose dates are collected (field index, entry
    /// of `law.actDateFacts`).
    let watchedFields: [[(field: Int, entry: Int)]]
    /// How each of `law.actDateFacts` is named in a warning (`assemblies[].date`).
    let actDateNames: [String]
    /// `law.coveredYears`.
    let coveredYears: ClosedRange<Int>?
    /// The essential facts and fields the case is checked for, in slot order.
    let essentialChecks: [EssentialCheck]
    /// Enum values' names in the rule set's languages, read when an error needs them.
    let valueNames: EnumValueNames

    init(law: Law) {
        index = law.schema.keyIndex
        areas = law.areas
        rulesByID = law.firstIndexByID
        factCount = law.schema.facts.count
        let actDateFacts = law.actDateFacts
        actDateNames = actDateFacts.map { slot, field in
            let path = law.schema.facts[slot].name
            return field.map { "\(path)[].\($0)" } ?? path
        }
        coveredYears = law.coveredYears
        essentialChecks = EssentialCheck.all(in: law.schema)
        valueNames = EnumValueNames(law: law)
        actDateCount = actDateFacts.count
        actDateEntry = (0..<factCount).map { slot in actDateFacts.firstIndex { $0.slot == slot && $0.field == nil } }
        watchedFields = law.schema.facts.indices.map { slot in
            guard case .list(.record(let recordType)) = law.schema.facts[slot].type else { return [] }
            return actDateFacts.enumerated().compactMap { entry, fact in
                guard fact.slot == slot, let field = fact.field, let index = recordType.fields.lastIndex(where: { $0.name == field }) else { return nil }
                return (index, entry)
            }
        }
    }
}
