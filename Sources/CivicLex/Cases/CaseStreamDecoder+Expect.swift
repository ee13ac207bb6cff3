import YAMLSource

extension CaseStreamDecoder {
    /// `expect:` in its ordinary shape, straight from events: `violations` and `absent`
    /// (rule ids), `outcomes`, `missing` and `due` (keyed by rule id). `sanctions` and
    /// `scores` become small trees that `CaseLoader` checks as the tree loader does. Anything
    /// else — an unknown rule or key, a key twice, a value of the wrong kind — throws
    /// ``NotOrdinary``, and the tree loader reports it exactly as before.
    mutating func decodeExpect(_ start: YAMLEvent) throws(NotOrdinary) {
        guard start.kind == .mappingStart else { throw NotOrdinary() }
        var expectation = Expectation()
        var seen: UInt8 = 0
        while let key = try nextKey(of: Self.expectKeys, seen: &seen) {
            let value = try next()
            // A null section is left out, as `MappingReader.node` leaves it.
            if value.isNull { continue }
            switch key.index {
            case 0: expectation.violations = try ruleClaims(value)
            case 1: expectation.absent = try ruleClaims(value)
            case 2:
                expectation.outcomes = try ruleKeyed(value) { id, location, item throws(NotOrdinary) in
                    guard item.kind == .scalar, let outcome = Outcome(rawValue: item.text) else { throw NotOrdinary() }
                    return .init(ruleID: id, outcome: outcome, location: location)
                }
            case 3: expectation.missing = try missingClaims(value)
            case 4:
                expectation.due = try ruleKeyed(value) { id, location, item throws(NotOrdinary) in
                    guard item.kind == .scalar, let day = Day(isoBytes: item.bytes) else { throw NotOrdinary() }
                    return .init(ruleID: id, day: day, location: location)
                }
            default:
                guard let node = subtree(from: value) else { throw NotOrdinary() }
                if key.index == 5 { expectSanctions = node } else { expectScores = node }
            }
        }
        self.expectation = expectation
    }

    static let expectKeys: [StaticString] = ["violations", "absent", "outcomes", "missing", "due", "sanctions", "scores"]

    /// A rule id or a list of them.
    private mutating func ruleClaims(_ value: YAMLEvent) throws(NotOrdinary) -> [Expectation.RuleClaim] {
        if value.kind == .scalar { return [try ruleClaim(value)] }
        guard value.kind == .sequenceStart else { throw NotOrdinary() }
        var claims: [Expectation.RuleClaim] = []
        while true {
            let item = try next()
            if item.kind == .sequenceEnd { return claims }
            guard item.kind == .scalar else { throw NotOrdinary() }
            claims.append(try ruleClaim(item))
        }
    }

    private func ruleClaim(_ event: YAMLEvent) throws(NotOrdinary) -> Expectation.RuleClaim {
        let id = event.text
        guard knowsRule(id) else { throw NotOrdinary() }
        return .init(ruleID: id, location: event.start)
    }

    /// A mapping of rule ids, each value a scalar read by `claim`.
    private mutating func ruleKeyed<Claim>(_ value: YAMLEvent, _ claim: (String, SourceLocation, YAMLEvent) throws(NotOrdinary) -> Claim) throws(NotOrdinary) -> [Claim] {
        guard value.kind == .mappingStart else { throw NotOrdinary() }
        var claims: [Claim] = []
        var seenIDs: [String] = []
        while let key = try nextRuleKey(seen: &seenIDs) {
            claims.append(try claim(key.id, key.location, try next()))
        }
        return claims
    }

    private mutating func missingClaims(_ value: YAMLEvent) throws(NotOrdinary) -> [Expectation.MissingClaim] {
        guard value.kind == .mappingStart else { throw NotOrdinary() }
        var claims: [Expectation.MissingClaim] = []
        var seenIDs: [String] = []
        while let key = try nextRuleKey(seen: &seenIDs) {
            let item = try next()
            var facts: [String] = []
            switch item.kind {
            case .scalar:
                guard !item.isNull else { throw NotOrdinary() }
                facts = [item.text]
            case .sequenceStart:
                while true {
                    let fact = try next()
                    if fact.kind == .sequenceEnd { break }
                    guard fact.kind == .scalar else { throw NotOrdinary() }
                    facts.append(fact.text)
                }
            default:
                throw NotOrdinary()
            }
            claims.append(.init(ruleID: key.id, facts: facts, location: key.location))
        }
        return claims
    }

    /// The next key of a mapping keyed by rule ids, or nil at its end; a key that is not a
    /// known rule, or one already in `seen`, is not ordinary.
    private mutating func nextRuleKey(seen: inout [String]) throws(NotOrdinary) -> (id: String, location: SourceLocation)? {
        let key = try next()
        if key.kind == .mappingEnd { return nil }
        guard key.kind == .scalar else { throw NotOrdinary() }
        let id = key.text
        guard knowsRule(id), !seen.contains(id) else { throw NotOrdinary() }
        seen.append(id)
        return (id, key.start)
    }
}
