public import YAMLSource

/// Reads case files and validates their facts against the law's schema.
public struct CaseLoader: Sendable {
    public let law: Law
    public var limits: YAMLLimits

    /// The buffer each file is read into.
    private let readBuffer = ReusedBytes()
    let tables: CaseLoaderTables

    public init(law: Law, limits: YAMLLimits = .default) {
        self.law = law
        self.limits = limits
        tables = CaseLoaderTables(law: law)
    }

    /// Reads ordinary case files straight from YAML events (``CaseStreamDecoder``), leaving
    /// the rest to the tree loader; off, every file goes through the tree (tests compare the two).
    var usesStreamingDecoder = true

    /// Loads and validates the case file at `path`.
    /// - Throws: ``DiagnosticList`` with every problem, each at its line and column.
    public func load(path: String) throws(DiagnosticList) -> Case {
        var bytes = readBuffer.take()
        defer { readBuffer.put(bytes) }
        do {
            try YAMLReader.readBytes(path: path, limits: limits, into: &bytes)
        } catch {
            throw DiagnosticList([error])
        }
        // The streaming decoder only finishes bytes that libyaml read whole, so valid UTF-8.
        if let loaded = loadStreaming(bytes, file: { SourceFile(path: path, validUTF8: bytes) }) { return loaded }
        return try parseTree(bytes, file: YAMLReader.sourceFile(path: path, bytes: bytes))
    }

    /// Parses and validates case text that did not come from disk (tests, standard input).
    public func load(text: String, path: String) throws(DiagnosticList) -> Case {
        let bytes = Array(text.utf8)
        if let loaded = loadStreaming(bytes, file: { SourceFile(path: path, text: text) }) { return loaded }
        return try parseTree(bytes, file: SourceFile(path: path, text: text))
    }

    /// The tree loader: every case the streaming decoder leaves, with every diagnostic.
    private func parseTree(_ bytes: [UInt8], file: SourceFile) throws(DiagnosticList) -> Case {
        let root: YAMLNode?
        do {
            root = try YAMLReader.parse(bytes, file: file, limits: limits)
        } catch {
            throw DiagnosticList([error])
        }
        return try decode(root, file: file)
    }

    private func decode(_ root: YAMLNode?, file: SourceFile) throws(DiagnosticList) -> Case {
        var sink = DiagnosticSink()
        guard let root else {
            throw DiagnosticList([file.diagnostic("the case file is empty; expected `case:`, `facts:` and optionally `expect:`", at: nil)])
        }
        guard var reader = MappingReader.make(root, file: file, what: "case file", sink: &sink) else { throw DiagnosticList(sink.diagnostics) }
        var id = file.path, title = "", asOf: Day?, asOfScalar: YAMLScalar?, areas: [String]?, notes: String?
        let warn = CaseWarningCheck(tables: tables, file: file)
        var emptyAreas: SourceLocation?
        if let header = reader.node("case"), var headerReader = MappingReader.make(header, file: file, what: "`case`", sink: &sink) {
            // Shown in every report: control characters escaped, length bounded.
            id = headerReader.string("id", sink: &sink).map { DisplayText.safe($0) } ?? id
            title = headerReader.string("title", sink: &sink).map { DisplayText.safe($0, limit: 500) } ?? ""
            asOfScalar = headerReader.mapping["as_of"]?.scalar
            asOf = headerReader.day("as_of", sink: &sink)
            if asOf == nil, let asOfNode = headerReader.mapping["as_of"], asOfNode.scalar?.isNull ?? false {
                sink.error("`as_of` is empty; give the date of assessment (YYYY-MM-DD)", in: file, at: asOfNode.location)
            } else if asOf == nil, headerReader.mapping["as_of"] == nil {
                sink.error("`case` is missing `as_of` (the date of assessment, YYYY-MM-DD)", in: file, at: header.location)
            }
            if let areaScalars = headerReader.stringList("areas", sink: &sink) {
                if areaScalars.isEmpty { emptyAreas = headerReader.mapping["areas"]?.location }
                areas = []
                for scalar in areaScalars {
                    if law.area(scalar.text) == nil {
                        sink.error("unknown area `\(scalar.text)`" + areaHint(scalar.text), in: file, at: scalar.range.start)
                    }
                    areas?.append(scalar.text)
                }
            }
            notes = headerReader.string("notes", sink: &sink)
            reportMisplacedFacts(&headerReader, inHeader: true, file: file, sink: &sink)
            headerReader.reportUnknownKeys(sink: &sink)
        } else {
            sink.error("the case file needs a `case:` header with `id`, `title` and `as_of`", in: file, at: root.location)
        }
        var facts = [Value?](repeating: nil, count: law.schema.facts.count)
        var statedAt: [Int: SourceLocation] = [:]
        let factsNode = reader.node("facts")
        if let factsNode {
            decodeFacts(factsNode, prefix: "", into: &facts, statedAt: &statedAt, file: file, sink: &sink)
        }
        var expectation: Expectation?
        if let expectNode = reader.node("expect") {
            expectation = decodeExpectation(expectNode, file: file, sink: &sink)
        }
        reportMisplacedFacts(&reader, inHeader: false, file: file, sink: &sink)
        reader.reportUnknownKeys(sink: &sink)
        if sink.hasErrors { throw DiagnosticList(sink.diagnostics) }
        guard let asOf else { throw DiagnosticList([file.diagnostic("`case` has no valid `as_of`", at: root.location)]) }
        // Warnings only for a case that is otherwise valid.
        warn.report(.init(
            asOf: asOf, asOfLocation: asOfScalar?.range.start, emptyAreas: emptyAreas, statesFacts: !statedAt.isEmpty,
            actDates: CaseWarningCheck.actDates(in: factsNode, law: law),
            factsKey: reader.mapping.entry("facts")?.key.range.start ?? root.location), sink: &sink)
        var loaded = Case(id: id, title: title, path: file.path, asOf: asOf, areas: areas, facts: facts, expectation: expectation, notes: notes)
        // Through the sink, so a list of 100,000 items each missing a field costs 100 lines.
        let factsValue = reader.mapping["facts"]
        let warnings = essentialFactWarnings(
            facts, factsLocation: (factsValue ?? root).location, file: file, emptyAt: { statedAt[$0] },
            places: { listPlaces($0, factsNode: factsValue) })
        for warning in warnings + emptyItemWarnings(facts, file: file, places: { listPlaces($0, factsNode: factsValue) }) {
            sink.add(warning)
        }
        loaded.warnings = sink.diagnostics
        return loaded
    }

    /// Walks nested mappings, joining keys with `.` until they name a declared fact.
    /// A fact stated twice (nested and dotted: `org: {size: 1}` and `org.size: 2`) is an
    /// error at the second, with a note at the first; `statedAt` holds where each slot was set.
    private func decodeFacts(_ node: YAMLNode, prefix: String, into facts: inout [Value?], statedAt: inout [Int: SourceLocation], file: SourceFile, sink: inout DiagnosticSink) {
        guard case .mapping(let mapping) = node else {
            sink.error("`\(prefix.isEmpty ? "facts" : prefix)` must be a mapping, found a \(node.kindName)" + groupHint(prefix, node), in: file, at: node.location)
            return
        }
        var decoder = ValueDecoder(file: file)
        decoder.valueNames = tables.valueNames
        decoder.factPaths = law.schema.paths
        for entry in mapping.entries {
            let path = prefix.isEmpty ? entry.key.text : prefix + "." + entry.key.text
            if let slot = law.schema.slot(of: path) {
                if let first = statedAt[slot] {
                    sink.error("fact `\(path)` is stated twice", in: file, at: entry.key.range.start, notes: [file.note("first stated here", at: first)])
                    continue
                }
                statedAt[slot] = entry.key.range.start
                if case .scalar(let scalar) = entry.value, scalar.isNull { continue }
                let definition = law.schema.facts[slot]
                facts[slot] = decoder.decode(entry.value, as: definition.type, name: path, label: path, bounds: definition.bounds, sink: &sink)
            } else if law.schema.isPrefix(path) {
                decodeFacts(entry.value, prefix: path, into: &facts, statedAt: &statedAt, file: file, sink: &sink)
            } else {
                // The suggestion is only computed for errors that are kept (the sink caps them).
                let near = Suggestion.hint(for: path, in: law.schema.paths.filter { prefix.isEmpty || $0.hasPrefix(prefix + ".") })
                sink.error("unknown fact `\(path)`" + (near.isEmpty ? placementHint(for: path) : near), in: file, at: entry.key.range.start)
            }
        }
    }

    func decodeExpectation(_ node: YAMLNode, file: SourceFile, sink: inout DiagnosticSink) -> Expectation? {
        guard var reader = MappingReader.make(node, file: file, what: "`expect`", sink: &sink) else { return nil }
        var expectation = Expectation()
        func ruleClaims(_ key: String, _ reader: inout MappingReader, _ sink: inout DiagnosticSink) -> [Expectation.RuleClaim] {
            (reader.stringList(key, sink: &sink) ?? []).compactMap { scalar in
                checkRule(scalar, file: file, sink: &sink) ? Expectation.RuleClaim(ruleID: scalar.text, location: scalar.range.start) : nil
            }
        }
        expectation.violations = ruleClaims("violations", &reader, &sink)
        expectation.absent = ruleClaims("absent", &reader, &sink)
        if let outcomesNode = reader.node("outcomes") {
            if case .mapping(let mapping) = outcomesNode {
                for entry in mapping.entries where checkRule(entry.key, file: file, sink: &sink) {
                    guard case .scalar(let value) = entry.value, let outcome = Outcome(rawValue: value.text) else {
                        let allowed = Outcome.allCases.map(\.rawValue)
                        let found = entry.value.scalar.map { "unknown outcome `\($0.text)`" } ?? "an outcome must be a single value, not a \(entry.value.kindName)"
                        sink.error("\(found) (expected one of \(allowed.joined(separator: ", ")))" + Suggestion.hint(for: entry.value.scalar?.text ?? "", in: allowed), in: file, at: entry.value.location)
                        continue
                    }
                    expectation.outcomes.append(.init(ruleID: entry.key.text, outcome: outcome, location: entry.key.range.start))
                }
            } else {
                sink.error("`outcomes` must map rule ids to outcomes", in: file, at: outcomesNode.location)
            }
        }
        if let missingNode = reader.node("missing") {
            if case .mapping(let mapping) = missingNode {
                for entry in mapping.entries where checkRule(entry.key, file: file, sink: &sink) {
                    let facts: [String]
                    switch entry.value {
                    case .scalar(let scalar) where !scalar.isNull: facts = [scalar.text]
                    case .sequence(let sequence): facts = plainValues(sequence, of: entry.key.text, file: file, sink: &sink)
                    case .scalar, .mapping:
                        sink.error("list the missing facts of `\(entry.key.text)`", in: file, at: entry.value.location)
                        continue
                    }
                    expectation.missing.append(.init(ruleID: entry.key.text, facts: facts, location: entry.key.range.start))
                }
            } else {
                sink.error("`missing` must map rule ids to lists of facts", in: file, at: missingNode.location)
            }
        }
        if let dueNode = reader.node("due") {
            if case .mapping(let mapping) = dueNode {
                for entry in mapping.entries where checkRule(entry.key, file: file, sink: &sink) {
                    guard let scalar = entry.value.scalar, let day = Day(iso: scalar.text) else {
                        let hint = entry.value.scalar.flatMap { WritingHint.date($0.text) }.map { "; did you mean \($0)?" } ?? ""
                        sink.error("the deadline of `\(entry.key.text)` must be a date (YYYY-MM-DD)" + hint, in: file, at: entry.value.location)
                        continue
                    }
                    expectation.due.append(.init(ruleID: entry.key.text, day: day, location: entry.key.range.start))
                }
            } else {
                sink.error("`due` must map rule ids to deadlines", in: file, at: dueNode.location)
            }
        }
        if let sanctionsNode = reader.node("sanctions") {
            expectation.sanctions = sanctionClaims(sanctionsNode, file: file, sink: &sink)
        }
        if let scoresNode = reader.node("scores") {
            expectation.scores = scoreClaims(scoresNode, file: file, sink: &sink)
        }
        reader.reportUnknownKeys(sink: &sink)
        return expectation
    }

    /// `expect.scores`: score name (`risk`, `enabling`, an area id) → `{min, max}`.
    func scoreClaims(_ node: YAMLNode, file: SourceFile, sink: inout DiagnosticSink) -> [Expectation.RangeClaim] {
        guard case .mapping(let mapping) = node else {
            sink.error("`scores` must map score names to {min, max}", in: file, at: node.location)
            return []
        }
        var claims: [Expectation.RangeClaim] = []
        for entry in mapping.entries {
            let name = entry.key.text
            let valid = ["risk", "enabling"] + law.areas.map(\.id)
            guard valid.contains(name) else {
                sink.error("unknown score `\(name)` (expected \(valid.joined(separator: ", ")))" + Suggestion.hint(for: name, in: valid), in: file, at: entry.key.range.start)
                continue
            }
            guard var rangeReader = MappingReader.make(entry.value, file: file, what: "score range", sink: &sink) else { continue }
            let minimum = rangeReader.number("min", sink: &sink) ?? 0
            let maximum = rangeReader.number("max", sink: &sink) ?? 100
            rangeReader.reportUnknownKeys(sink: &sink)
            guard minimum <= maximum else {
                sink.error("`min` is above `max`", in: file, at: entry.value.location)
                continue
            }
            claims.append(.init(score: name, range: minimum...maximum, location: entry.key.range.start))
        }
        return claims
    }

    /// The items of an `expect:` list, each of which must be a plain value: a nested list
    /// or mapping is an error, never silently dropped (which would make the check vacuous).
    private func plainValues(_ sequence: YAMLSequence, of ruleID: String, file: SourceFile, sink: inout DiagnosticSink) -> [String] {
        sequence.items.compactMap { item in
            guard case .scalar(let scalar) = item else {
                sink.error("the list for `\(ruleID)` must hold plain values, found a \(item.kindName)", in: file, at: item.location)
                return nil
            }
            return scalar.text
        }
    }

    func checkRule(_ scalar: YAMLScalar, file: SourceFile, sink: inout DiagnosticSink) -> Bool {
        guard law.rule(scalar.text) != nil else {
            sink.error("unknown rule `\(scalar.text)`" + Suggestion.hint(for: scalar.text, in: law.rules.map(\.id)), in: file, at: scalar.range.start)
            return false
        }
        return true
    }
}
