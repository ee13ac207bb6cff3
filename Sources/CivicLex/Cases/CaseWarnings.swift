internal import YAMLSource

extension Law {
    /// Facts whose value is the date of an act that a rule judges by its own law (`at:`):
    /// `(slot, nil)` for a top-level date fact, `(list slot, field)` for a field of a list.
    /// Worked out once when the law is built (stored in `actDateFacts`), not per case.
    func findActDateFacts() -> [(slot: Int, field: String?)] {
        var found: [(slot: Int, field: String?)] = []
        for rule in rules {
            guard var node = rule.at?.root else { continue }
            while case .traced(_, let inner) = node { node = inner }
            switch node {
            case .fact(let slot, _):
                if !found.contains(where: { $0.slot == slot && $0.field == nil }) { found.append((slot, nil)) }
            case .field(.local, _, let name):
                guard let list = rule.iteration?.listSlot else { continue }
                if !found.contains(where: { $0.slot == list && $0.field == name }) { found.append((list, name)) }
            default:
                continue
            }
        }
        return found
    }

    /// Years for which both the working-day calendar and the MCI table give answers.
    var coveredYears: ClosedRange<Int>? {
        let calendar = runtime.calendar.coveredYears
        guard let firstMCI = runtime.mciValues.first?.from.year else { return nil }
        let lower = max(calendar.lowerBound, firstMCI)
        return lower <= calendar.upperBound ? lower...calendar.upperBound : nil
    }
}

/// Valid but questionable cases: the checks behind the `warning:` lines of `assess`, `test`,
/// `score` and `compare` (errors with `--strict`).
///
/// `CaseLoader` calls ``report(_:sink:)`` once a case has decoded without errors and hands
/// every warning to ``Case/warnings``, which the commands print. A new check is one more
/// call in `report`, emitting `sink.warning(message, in: file, at: location)`.
struct CaseWarningCheck {
    let tables: CaseLoaderTables
    let file: SourceFile

    /// What the loader decoded, for the checks to look at.
    struct Input {
        let asOf: Day
        /// Where `as_of` is written.
        let asOfLocation: SourceLocation?
        /// Where an empty `areas: []` list is, if the case has one.
        let emptyAreas: SourceLocation?
        /// Whether the case states any fact (even as empty).
        let statesFacts: Bool
        /// The dates the case gives the facts in `law.actDateFacts`, by index there.
        let actDates: [[ActDate]]
        /// Where to point when something is missing from `facts:` as a whole.
        let factsKey: SourceLocation
    }

    /// A date stated for an act-date fact, and where it is written.
    struct ActDate {
        let day: Day
        let location: SourceLocation
    }

    func report(_ input: Input, sink: inout DiagnosticSink) {
        if let emptyAreas = input.emptyAreas {
            sink.warning("`areas` is empty: every rule is reported not applicable; remove it to assess all areas", in: file, at: emptyAreas)
        }
        if !input.statesFacts {
            sink.warning("the case states no facts: every rule is undetermined and each one raises the risk score", in: file, at: input.factsKey)
        }
        asOfCoverage(input.asOf, at: input.asOfLocation, sink: &sink)
        actsAfter(input.asOf, dates: input.actDates, sink: &sink)
    }

    func asOfCoverage(_ asOf: Day, at location: SourceLocation?, sink: inout DiagnosticSink) {
        guard let years = tables.coveredYears, !years.contains(asOf.year) else { return }
        sink.warning(
            "the assessment date \(asOf) is outside the years the rule set's calendar and MCI tables cover (\(years.lowerBound)–\(years.upperBound)); working days and fines may be wrong",
            in: file, at: location)
    }

    /// Acts dated after the assessment date are judged by a law that may still change.
    func actsAfter(_ asOf: Day, dates: [[ActDate]], sink: inout DiagnosticSink) {
        // Formatted once per case, not twice per warning.
        var asOfText: String?
        for (entry, name) in tables.actDateNames.enumerated() where entry < dates.count {
            for date in dates[entry] where date.day > asOf {
                let shown = asOfText ?? "\(asOf)"
                asOfText = shown
                sink.warning(
                    "`\(name)` is \(date.day), after the assessment date \(shown): a planned act is judged by the law as it stands on \(shown); a later amendment could change the outcome",
                    in: file, at: date.location)
            }
        }
    }

    /// The act dates a case's `facts:` mapping states (nested or dotted), for ``Input/actDates``.
    static func actDates(in node: YAMLNode?, law: Law) -> [[ActDate]] {
        guard let node else { return [] }
        return law.actDateFacts.map { slot, field in
            scalars(at: law.schema.facts[slot].name, field: field, in: node).compactMap { scalar in
                Day(iso: scalar.text).map { ActDate(day: $0, location: scalar.range.start) }
            }
        }
    }

    enum PathRelation { case names, contains, unrelated }

    /// How the fact `path` relates to `prefix.key`: the same path, a path below it, or
    /// neither. Compared over the bytes so that no joined key is built per entry (schema
    /// paths are ASCII, where byte and `String` equality agree).
    static func relation(of path: String, toKey key: String, under prefix: String) -> PathRelation {
        var rest = path.utf8[...]
        if !prefix.isEmpty {
            guard rest.starts(with: prefix.utf8) else { return .unrelated }
            rest = rest.dropFirst(prefix.utf8.count)
            guard rest.first == UInt8(ascii: ".") else { return .unrelated }
            rest = rest.dropFirst()
        }
        guard rest.starts(with: key.utf8) else { return .unrelated }
        rest = rest.dropFirst(key.utf8.count)
        if rest.isEmpty { return .names }
        return rest.first == UInt8(ascii: ".") ? .contains : .unrelated
    }

    /// The scalars a fact path names in a case's `facts:` mapping, nested or dotted.
    static func scalars(at path: String, field: String?, in node: YAMLNode) -> [YAMLScalar] {
        var values: [YAMLNode] = []
        var pending: [(YAMLNode, String)] = [(node, "")]
        while let (current, prefix) = pending.popLast() {
            guard case .mapping(let mapping) = current else { continue }
            for entry in mapping.entries {
                switch relation(of: path, toKey: entry.key.text, under: prefix) {
                case .names: values.append(entry.value)
                case .contains: pending.append((entry.value, prefix.isEmpty ? entry.key.text : prefix + "." + entry.key.text))
                case .unrelated: continue
                }
            }
        }
        guard let field else { return values.compactMap(\.scalar) }
        return values.flatMap { value -> [YAMLScalar] in
            guard case .sequence(let sequence) = value else { return [] }
            return sequence.items.compactMap { $0.mapping?[field]?.scalar }
        }
    }
}
