import YAMLSource

extension LawBuilder {
    mutating func loadSanctions(sink: inout DiagnosticSink) {
        for (file, node) in sections("sanctions") {
            guard case .mapping(let mapping) = node else {
                sink.error("`sanctions` must map sanction ids to definitions", in: file, at: node.location)
                continue
            }
            for entry in mapping.entries {
                let id = entry.key.text
                guard define("sanction", id, in: file, at: entry.key.range.start, sink: &sink),
                      var reader = MappingReader.make(entry.value, file: file, what: "sanction `\(id)`", sink: &sink) else { continue }
                let code = reader.requiredString("code", sink: &sink) ?? "?"
                let article = reader.requiredString("article", sink: &sink) ?? "?"
                let part = reader.string("part", sink: &sink)
                let title = reader.requiredString("title", sink: &sink) ?? ""
                let url = reader.string("url", sink: &sink)
                let status = reader.status(sink: &sink)
                var versions: [Sanction.Version] = []
                if let versionsNode = reader.node("versions"), case .sequence(let sequence) = versionsNode {
                    for item in sequence.items {
                        if let version = sanctionVersion(item, file: file, sink: &sink) { versions.append(version) }
                    }
                } else {
                    sink.error("sanction `\(id)` needs `versions`: a list of dated penalties", in: file, at: entry.value.location)
                }
                reader.reportUnknownKeys(sink: &sink)
                versions.sort { $0.from < $1.from }
                checkPeriods(versions.map { ($0.from, $0.to, nil) }, what: "sanction `\(id)`", file: file, sink: &sink)
                sanctions[id] = Sanction(
                    id: id, code: code, article: article, part: part, title: title, url: url, status: status,
                    versions: versions, location: entry.key.range.start, file: file.path)
            }
        }
    }

    private func sanctionVersion(_ node: YAMLNode, file: SourceFile, sink: inout DiagnosticSink) -> Sanction.Version? {
        guard var reader = MappingReader.make(node, file: file, what: "sanction version", sink: &sink),
              let from = reader.day("from", sink: &sink) else { return nil }
        var penalties: [(String, Sanction.Penalty)] = []
        for subject in Sanction.subjects {
            guard let penaltyNode = reader.node(subject),
                  let penalty = penalty(penaltyNode, subject: subject, file: file, sink: &sink) else { continue }
            penalties.append((subject, penalty))
        }
        let citation = reader.node("source").flatMap { self.citation($0, file: file, sink: &sink) }
        let version = Sanction.Version(
            from: from, to: reader.day("to", sink: &sink), offence: reader.string("offence", sink: &sink), penalties: penalties,
            citation: citation, status: reader.status(sink: &sink), note: reader.string("note", sink: &sink))
        reader.reportUnknownKeys(sink: &sink)
        if penalties.isEmpty {
            sink.error("sanction version from \(from) names no penalty (\(Sanction.subjects.joined(separator: ", ")))", in: file, at: node.location)
        }
        return version
    }

    private func penalty(_ node: YAMLNode, subject: String, file: SourceFile, sink: inout DiagnosticSink) -> Sanction.Penalty? {
        guard var reader = MappingReader.make(node, file: file, what: "penalty for \(subject)", sink: &sink) else { return nil }
        let fine = reader.node("fine_mci").flatMap { range($0, name: "fine_mci", file: file, sink: &sink) }
        let suspension = reader.node("suspension_months").flatMap { range($0, name: "suspension_months", file: file, sink: &sink) }
        var mode = Sanction.SuspensionMode.with
        if let modeScalar = reader.scalar("suspension", sink: &sink) {
            if let parsed = Sanction.SuspensionMode(rawValue: modeScalar.text) { mode = parsed } else {
                sink.error("`suspension` must be with, optional or alternative", in: file, at: modeScalar.range.start)
            }
            if suspension == nil { sink.error("`suspension` needs `suspension_months`", in: file, at: modeScalar.range.start) }
        }
        let penalty = Sanction.Penalty(
            warning: reader.bool("warning", sink: &sink) ?? false, fineMCI: fine,
            arrestDaysMax: reader.integer("arrest_days", sink: &sink),
            correctionalWorkMCIMax: reader.integer("correctional_work_mci", sink: &sink),
            communityWorkHoursMax: reader.integer("community_work_hours", sink: &sink),
            expulsion: reader.bool("expulsion", sink: &sink) ?? false,
            suspensionMonths: suspension.map { Int($0.lowerBound)...Int($0.upperBound) }, suspensionMode: mode,
            ban: reader.bool("ban", sink: &sink) ?? false, confiscation: reader.bool("confiscation", sink: &sink) ?? false,
            note: reader.string("note", sink: &sink))
        reader.reportUnknownKeys(sink: &sink)
        return penalty
    }

    /// `n` or `[min, max]`, non-negative.
    private func range(_ node: YAMLNode, name: String, file: SourceFile, sink: inout DiagnosticSink) -> ClosedRange<Double>? {
        switch node {
        case .scalar(let scalar):
            if let value = scalar.number, value >= 0, value < 1e9 { return value...value }
            sink.error("`\(name)` must be a non-negative number or [min, max]", in: file, at: scalar.range.start)
        case .sequence(let sequence):
            let bounds = sequence.items.compactMap { $0.scalar?.number }
            if bounds.count == 2, sequence.items.count == 2, bounds[0] >= 0, bounds[0] <= bounds[1], bounds[1] < 1e9 { return bounds[0]...bounds[1] }
            sink.error("`\(name)` range must be [min, max] with 0 ≤ min ≤ max", in: file, at: node.location)
        case .mapping:
            sink.error("`\(name)` must be a number or [min, max]", in: file, at: node.location)
        }
        return nil
    }
}
