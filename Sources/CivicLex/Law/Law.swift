public import YAMLSource

/// A complete, type-checked rule set for one country: the fact schema, sources, dated
/// parameters, rules, sanctions, reference tables and indicators.
public struct Law: Sendable {
    public let name: String
    public let directory: String
    public let schema: FactSchema
    public let sources: [String: LegalSource]
    public let runtime: LawRuntime
    public let rules: [Rule]
    public let sanctions: [String: Sanction]
    public let areas: [Area]
    public let bands: [Band]
    public let indicators: [Indicator]
    /// Outside ratings of the country (CIVICUS, Freedom House), shown beside the law's score.
    public internal(set) var indices: [ReferenceIndex] = []
    public let risk: RiskModel
    /// How the MCI date for a fine is chosen, shown next to every fine.
    public let fineBasis: String
    /// Amendments laid over the base rule set, in order of effect.
    public let amendments: [Amendment]
    /// Located warnings about a valid but questionable rule set (printed by `check`; errors
    /// with `--strict`). Loader steps add them with `sink.warning(…)`.
    public internal(set) var warnings: [Diagnostic] = []
    /// The rule set's edition (`law.version`) and its date (`law.date`), for `--version` and reports.
    public internal(set) var version: String? = nil
    public internal(set) var date: Day? = nil
    /// The facts that date an act a rule judges by its own law (see `findActDateFacts`).
    var actDateFacts: [(slot: Int, field: String?)] = []
    /// For each rule in `rules`, the index of the first version with the same id, so
    /// per-rule tallies index an array instead of hashing ids.
    public internal(set) var firstVersion: [Int] = []
    /// For each rule in `rules`, how many versions share its id (1 for an unamended rule).
    var versionCounts: [Int] = []

    public var parameters: [Parameter] { runtime.parameters }

    /// Each rule id's first index in `rules` (set with `firstVersion`), so that `rule(_:)`,
    /// asked for every rule an `expect:` block names, does not search the list.
    var firstIndexByID: [String: Int] = [:]
    /// How many `binds:` clauses rules share (see ``BindingClauseTable``).
    var sharedClauseCount = 0

    /// The first rule with this id; an amended rule has one entry per version.
    public func rule(_ id: String) -> Rule? {
        guard !firstIndexByID.isEmpty else { return rules.first { $0.id == id } }
        return firstIndexByID[id].map { rules[$0] }
    }

    /// The rule version that produced `result`.
    public func rule(for result: RuleResult) -> Rule { rules[result.ruleIndex] }

    public func parameter(_ name: String) -> Parameter? { runtime.parameters.first { $0.name == name } }

    public func area(_ id: String) -> Area? { areas.first { $0.id == id } }
    /// The position of area `id` in `areas`, as score tables order their columns.
    public func areaIndex(of id: String) -> Int? { areas.firstIndex { $0.id == id } }
}
