import YAMLSource

/// Turns the merged sections of a rule set into a ``Law``. Split by section across
/// `LawBuilder+*.swift` files.
struct LawBuilder {
    let directory: String
    let documents: [(SourceFile, YAMLMapping)]
    let amendmentDocuments: [(file: SourceFile, mapping: YAMLMapping, asIfFrom: Day?, isExtra: Bool)]
    var amendments: [Amendment] = []
    /// Change descriptions gathered per amendment (by position) while applying them.
    var pendingChanges: [Int: [String]] = [:]
    var pendingParameters: [Int: [String]] = [:]
    var pendingRules: [Int: [String]] = [:]

    var name = "Unnamed rule set"
    var version: String?
    var date: Day?
    var facts: [FactDefinition] = []
    var sources: [String: LegalSource] = [:]
    var parameters: [Parameter] = []
    var sanctions: [String: Sanction] = [:]
    var mciValues: [(from: Day, value: Int, status: VerificationStatus)] = []
    var fineBasis = "MCI in force on the assessment date"
    var calendar = WorkingCalendar(weekend: [6, 7], holidays: [], datedHolidays: [], transfers: [], coveredYears: 2000...2000)
    var areas: [Area] = []
    var bands: [Band] = []
    var risk = RiskModel(points: [:], undeterminedFactor: 0.5, bands: [])
    /// Numbers the `binds:` clauses rules share (filled while rules are read).
    let bindingClauses = BindingClauseTable()
    /// Where each id was first defined, to report clashes with both positions.
    var definedAt: [String: (file: SourceFile, location: SourceLocation)] = [:]

    init(directory: String, documents: [(SourceFile, YAMLMapping)], amendmentDocuments: [(file: SourceFile, mapping: YAMLMapping, asIfFrom: Day?, isExtra: Bool)] = []) {
        self.directory = directory
        self.documents = documents
        self.amendmentDocuments = amendmentDocuments
    }

    /// Nodes of one section across all base files, in file order (and amendment files too
    /// for `sources`, which amendments may add).
    func sections(_ name: String) -> [(SourceFile, YAMLNode)] {
        let base = documents.compactMap { file, mapping in mapping[name].map { (file, $0) } }
        guard name == "sources" else { return base }
        return base + amendmentDocuments.compactMap { document in document.mapping[name].map { (document.file, $0) } }
    }

    /// Records a definition; reports a clash with the earlier one.
    mutating func define(_ kind: String, _ id: String, in file: SourceFile, at location: SourceLocation, sink: inout DiagnosticSink) -> Bool {
        let key = kind + ":" + id
        if let previous = definedAt[key] {
            sink.error(
                "\(kind) `\(id)` is defined twice", in: file, at: location,
                notes: [Diagnostic.Note(message: "first defined here", path: previous.file.path, location: previous.location, sourceLine: previous.file.line(previous.location.line))])
            return false
        }
        definedAt[key] = (file, location)
        return true
    }

    mutating func build(sink: inout DiagnosticSink) -> Law? {
        for (file, node) in sections("law") {
            guard var reader = MappingReader.make(node, file: file, what: "law", sink: &sink) else { continue }
            name = reader.string("name", sink: &sink) ?? name
            version = reader.string("version", sink: &sink) ?? version
            date = reader.day("date", sink: &sink) ?? date
            reader.reportUnknownKeys(sink: &sink)
        }
        loadFacts(sink: &sink)
        loadSources(sink: &sink)
        loadParameters(sink: &sink)
        let headers = readAmendments(sink: &sink)
        applyParameterChanges(headers, sink: &sink)
        loadMCI(sink: &sink)
        loadCalendar(sink: &sink)
        loadSanctions(sink: &sink)
        loadAreas(sink: &sink)
        let indices = loadIndices(sink: &sink)
        let schema = FactSchema(facts: facts)
        let runtime = LawRuntime(parameters: parameters, mciValues: mciValues, calendar: calendar)
        var parameterScope: [String: (index: Int, type: ValueType)] = [:]
        for (index, parameter) in parameters.enumerated() { parameterScope[parameter.name] = (index, parameter.type) }
        let scope = Scope(schema: schema, parameters: parameterScope)
        var rules = loadRules(scope: scope, sink: &sink)
        applyRuleChanges(headers, scope: scope, rules: &rules, sink: &sink)
        for index in rules.indices { rules[index].index = index }
        reportMissingTables(rules: rules, sink: &sink)
        let indicators = loadIndicators(scope: scope, runtime: runtime, sink: &sink)
        if sink.hasErrors { return nil }
        var law = Law(
            name: name, directory: directory, schema: schema, sources: sources, runtime: runtime, rules: rules,
            sanctions: sanctions, areas: areas, bands: bands, indicators: indicators, risk: risk, fineBasis: fineBasis,
            amendments: amendments)
        law.indices = indices
        law.version = version
        law.date = date
        law.actDateFacts = law.findActDateFacts()
        var firstByID: [String: Int] = [:]
        law.firstVersion = rules.indices.map { index in
            if let first = firstByID[rules[index].id] { return first }
            firstByID[rules[index].id] = index
            return index
        }
        law.firstIndexByID = firstByID
        law.sharedClauseCount = bindingClauses.count
        var counts = [Int](repeating: 0, count: rules.count)
        for first in law.firstVersion { counts[first] += 1 }
        law.versionCounts = law.firstVersion.map { counts[$0] }
        return law
    }

    /// Reads `{ref, article, paragraph, part, url, note}`, checking that the source exists.
    func citation(_ node: YAMLNode, file: SourceFile, sink: inout DiagnosticSink) -> Citation? {
        guard var reader = MappingReader.make(node, file: file, what: "citation", sink: &sink) else { return nil }
        guard let refScalar = reader.scalar("ref", sink: &sink) else {
            sink.error("citation is missing `ref` (a source id)", in: file, at: node.location)
            return nil
        }
        if sources[refScalar.text] == nil {
            sink.error(
                "unknown source `\(refScalar.text)`" + Suggestion.hint(for: refScalar.text, in: sources.keys),
                in: file, at: refScalar.range.start)
        }
        let citation = Citation(
            ref: refScalar.text, article: reader.string("article", sink: &sink), paragraph: reader.string("paragraph", sink: &sink),
            part: reader.string("part", sink: &sink), url: reader.string("url", sink: &sink), note: reader.string("note", sink: &sink),
            location: node.location)
        reader.reportUnknownKeys(sink: &sink)
        return citation
    }

    /// Checks that dated periods (sorted by start) do not overlap.
    func checkPeriods(_ periods: [(from: Day, to: Day?, location: SourceLocation?)], what: String, file: SourceFile, sink: inout DiagnosticSink) {
        for (index, period) in periods.enumerated() {
            if let to = period.to, to < period.from {
                sink.error("\(what): period ends (\(to)) before it starts (\(period.from))", in: file, at: period.location)
            }
            guard index + 1 < periods.count else { continue }
            let next = periods[index + 1]
            if next.from == period.from {
                sink.error("\(what): two values start on \(period.from)", in: file, at: next.location)
            } else if let to = period.to, to >= next.from {
                sink.error("\(what): the period \(period.from)…\(to) overlaps the value from \(next.from)", in: file, at: next.location)
            }
        }
    }
}
