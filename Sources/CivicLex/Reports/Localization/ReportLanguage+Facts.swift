/// Facts and `binds:` clauses as `rules RULE` and the reasons of results word them.
extension ReportLanguage {
    /// "org.legal_form = trade_union", "a.form in [meeting, rally] (or unstated)"; values stay
    /// as the rule file writes them (they are what a case file writes).
    public func binding(_ binding: Binding) -> String {
        let clause = binding.allowed.count == 1
            ? messages("binding.equals", ["path": binding.path, "value": binding.allowed[0]])
            : messages("binding.in", ["path": binding.path, "values": binding.allowed.joined(separator: ", ")])
        return binding.bindsWhenUnstated ? messages("binding.or_unstated", ["clause": clause]) : clause
    }

    /// "enum: a, b", "date", "list" — the kind of value a fact holds.
    public func factKind(_ type: ValueType) -> String {
        switch type {
        case .enumeration(let enumType): return messages("fact.kind.one_of", ["values": enumType.values.joined(separator: ", ")])
        case .list: return messages["fact.kind.list"]
        case .bool, .integer, .decimal, .money, .date, .string: return isEnglish ? type.description : messages["fact.kind." + type.description]
        case .record: return type.description
        }
    }
}
