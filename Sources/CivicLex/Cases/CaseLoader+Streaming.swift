import YAMLSource

extension CaseLoader {
    /// The case in `bytes` read by ``CaseStreamDecoder``, with the warnings the tree loader
    /// gives; nil when the decoder gives up, and the tree loader must read it. `makeFile`
    /// gives the source text the warnings quote.
    func loadStreaming(_ bytes: [UInt8], file makeFile: () -> SourceFile) -> Case? {
        guard usesStreamingDecoder, bytes.count <= limits.maxBytes else { return nil }
        return YAMLReader.withDocumentBytes(bytes) { input -> Case? in
            guard !input.isEmpty else { return nil }
            var decoder = CaseStreamDecoder(tables: tables, input: input, limits: limits)
            do throws(NotOrdinary) {
                try decoder.decode()
            } catch {
                return nil
            }
            return finish(decoder, file: makeFile())
        }
    }

    /// The `Case` and its warnings, as `decode` makes them from the tree; nil when `expect:`
    /// has an error (left for the tree loader to report).
    private func finish(_ decoder: borrowing CaseStreamDecoder, file: SourceFile) -> Case? {
        guard let asOf = decoder.asOf else { return nil }
        var sink = DiagnosticSink()
        var expectation = decoder.expectation
        // In `decodeExpectation`'s order: sanctions, then scores.
        if let sanctions = decoder.expectSanctions { expectation?.sanctions = sanctionClaims(sanctions, file: file, sink: &sink) }
        if let scores = decoder.expectScores { expectation?.scores = scoreClaims(scores, file: file, sink: &sink) }
        if sink.hasErrors { return nil }
        CaseWarningCheck(tables: tables, file: file).report(.init(
            asOf: asOf, asOfLocation: decoder.asOfLocation, emptyAreas: decoder.emptyAreas, statesFacts: decoder.statesFacts,
            actDates: decoder.actDates, factsKey: decoder.factsKey ?? decoder.rootLocation), sink: &sink)
        var loaded = Case(
            id: decoder.id ?? file.path, title: decoder.title ?? "", path: file.path, asOf: asOf, areas: decoder.areas,
            facts: decoder.facts, expectation: expectation, notes: decoder.notes)
        let listPlaces = decoder.listPlaces
        let emptyFacts = decoder.emptyFacts
        let warnings = essentialFactWarnings(
            decoder.facts, factsLocation: decoder.factsValue ?? decoder.rootLocation, file: file,
            emptyAt: { slot in emptyFacts.first { $0.slot == slot }?.key }
        ) { slot in
            listPlaces.first { $0.slot == slot }?.places ?? ListPlaces(list: nil, items: [])
        }
        for warning in warnings { sink.add(warning) }
        loaded.warnings = sink.diagnostics
        return loaded
    }
}
