import YAMLSource

extension LawBuilder {
    /// Reads `indices:` (id → {name, publisher, source, scale, measures, values}); every
    /// value carries the URL it was read from, and values stay inside the declared scale.
    func loadIndices(sink: inout DiagnosticSink) -> [ReferenceIndex] {
        var result: [ReferenceIndex] = []
        var seen: [String: (SourceFile, SourceLocation)] = [:]
        for (file, node) in sections("indices") {
            guard case .mapping(let mapping) = node else {
                sink.error("`indices` must map index ids to {name, publisher, source, scale, measures, values}", in: file, at: node.location)
                continue
            }
            for entry in mapping.entries {
                let id = entry.key.text
                if let previous = seen[id] {
                    sink.error("index `\(id)` is defined twice", in: file, at: entry.key.range.start,
                               notes: [.init(message: "first defined here", path: previous.0.path, location: previous.1, sourceLine: previous.0.line(previous.1.line))])
                    continue
                }
                seen[id] = (file, entry.key.range.start)
                if let index = readIndex(id: id, node: entry.value, file: file, sink: &sink) { result.append(index) }
            }
        }
        return result
    }

    private func readIndex(id: String, node: YAMLNode, file: SourceFile, sink: inout DiagnosticSink) -> ReferenceIndex? {
        guard var reader = MappingReader.make(node, file: file, what: "index `\(id)`", sink: &sink) else { return nil }
        let name = reader.requiredString("name", sink: &sink) ?? id
        let publisher = reader.requiredString("publisher", sink: &sink) ?? ""
        let source = reader.requiredString("source", sink: &sink) ?? ""
        let measures = reader.requiredString("measures", sink: &sink) ?? ""
        let note = reader.string("note", sink: &sink)
        var minimum = 0.0, maximum = 100.0, higherIsBetter = true
        if let scaleNode = reader.node("scale"), var scale = MappingReader.make(scaleNode, file: file, what: "scale of `\(id)`", sink: &sink) {
            minimum = scale.number("min", sink: &sink) ?? minimum
            maximum = scale.number("max", sink: &sink) ?? maximum
            higherIsBetter = scale.bool("higher_is_better", sink: &sink) ?? true
            scale.reportUnknownKeys(sink: &sink)
            if !(minimum < maximum) { sink.error("scale of `\(id)`: `min` must be below `max`", in: file, at: scaleNode.location) }
        } else {
            sink.error("index `\(id)` is missing `scale` ({min, max, higher_is_better})", in: file, at: node.location)
        }
        var readings: [ReferenceIndex.Reading] = []
        if let valuesNode = reader.node("values") {
            guard case .sequence(let sequence) = valuesNode else {
                sink.error("`values` of `\(id)` must be a list of {date, value, label, url}", in: file, at: valuesNode.location)
                return nil
            }
            for item in sequence.items {
                guard var itemReader = MappingReader.make(item, file: file, what: "value of `\(id)`", sink: &sink),
                      let date = itemReader.day("date", sink: &sink) else {
                    sink.error("a value of `\(id)` is missing `date`", in: file, at: item.location)
                    continue
                }
                let value = itemReader.number("value", sink: &sink)
                if let value, value < minimum || value > maximum {
                    sink.error("value \(Formatting.number(value)) of `\(id)` is outside its scale \(Formatting.number(minimum))–\(Formatting.number(maximum))", in: file, at: item.location)
                }
                let label = itemReader.requiredString("label", sink: &sink) ?? ""
                let url = itemReader.requiredString("url", sink: &sink) ?? ""
                let status = itemReader.status(sink: &sink)
                let itemNote = itemReader.string("note", sink: &sink)
                itemReader.reportUnknownKeys(sink: &sink)
                if let last = readings.last, last.date >= date {
                    sink.error("values of `\(id)` must be in date order: \(date) follows \(last.date)", in: file, at: item.location)
                }
                readings.append(.init(date: date, value: value, label: label, url: url, status: status, note: itemNote))
            }
        } else {
            sink.error("index `\(id)` is missing `values`", in: file, at: node.location)
        }
        reader.reportUnknownKeys(sink: &sink)
        return ReferenceIndex(
            id: id, name: name, publisher: publisher, source: source, scaleMinimum: minimum, scaleMaximum: maximum,
            higherIsBetter: higherIsBetter, measures: measures, note: note, readings: readings, location: node.location)
    }
}
