import YAMLSource

extension LawBuilder {
    mutating func loadCalendar(sink: inout DiagnosticSink) {
        var weekend: Set<Int> = [6, 7]
        var holidays: [WorkingCalendar.Holiday] = []
        var dated: [WorkingCalendar.DatedHoliday] = []
        var transfers: [WorkingCalendar.Transfer] = []
        var years: ClosedRange<Int>?
        for (file, node) in sections("calendar") {
            guard var reader = MappingReader.make(node, file: file, what: "calendar", sink: &sink) else { continue }
            if let names = reader.stringList("weekend", sink: &sink) {
                var days: Set<Int> = []
                for name in names {
                    guard let weekday = Day.weekday(named: name.text) else {
                        sink.error("`\(name.text)` is not a weekday name", in: file, at: name.range.start)
                        continue
                    }
                    days.insert(weekday)
                }
                if days.count == 7 {
                    // No working day at all: carry-over and add_working_days would never end.
                    sink.error("the weekend cannot include every day of the week", in: file, at: reader.mapping["weekend"]?.location)
                } else {
                    weekend = days
                }
            }
            if let covered = reader.node("years"), var coveredReader = MappingReader.make(covered, file: file, what: "calendar years", sink: &sink) {
                if let first = coveredReader.integer("from", sink: &sink), let last = coveredReader.integer("to", sink: &sink) {
                    if !(1...9999).contains(first) || !(1...9999).contains(last) {
                        // Day covers 1...9999; a wider range only costs time (1.8e19 years hang the loader).
                        sink.error("calendar `years` must lie between 1 and 9999", in: file, at: covered.location)
                    } else if first > last {
                        sink.error("calendar `years` ends (\(last)) before it starts (\(first))", in: file, at: covered.location)
                    } else {
                        years = first...last
                    }
                }
                coveredReader.reportUnknownKeys(sink: &sink)
            }
            for item in items(reader.node("holidays"), "holidays", file: file, sink: &sink) {
                guard var entry = MappingReader.make(item, file: file, what: "holiday", sink: &sink),
                      let name = entry.requiredString("name", sink: &sink),
                      let month = entry.requiredInteger("month", sink: &sink), let day = entry.requiredInteger("day", sink: &sink),
                      let from = entry.requiredDay("from", sink: &sink) else { continue }
                guard Day(year: 2000, month: month, day: day) != nil else {
                    sink.error("\(month)/\(day) is not a day of the year", in: file, at: item.location)
                    continue
                }
                let to = entry.day("to", sink: &sink)
                if let to, to < from {
                    sink.error("holiday `\(name)` ends (\(to)) before it starts (\(from))", in: file, at: entry.mapping["to"]?.location)
                }
                holidays.append(.init(name: name, month: month, day: day, carryOver: entry.bool("carry_over", sink: &sink) ?? false, from: from, to: to))
                skipProvenance(&entry, sink: &sink)
            }
            for item in items(reader.node("dated_holidays"), "dated_holidays", file: file, sink: &sink) {
                guard var entry = MappingReader.make(item, file: file, what: "dated holiday", sink: &sink),
                      let date = entry.requiredDay("date", sink: &sink), let name = entry.requiredString("name", sink: &sink) else { continue }
                dated.append(.init(date: date, name: name, carryOver: entry.bool("carry_over", sink: &sink) ?? false))
                skipProvenance(&entry, sink: &sink)
            }
            for item in items(reader.node("transfers"), "transfers", file: file, sink: &sink) {
                guard var entry = MappingReader.make(item, file: file, what: "transfer", sink: &sink),
                      let working = entry.requiredDay("working_day", sink: &sink), let off = entry.requiredDay("day_off", sink: &sink) else { continue }
                transfers.append(.init(workingDay: working, dayOff: off))
                _ = entry.string("decree", sink: &sink)
                skipProvenance(&entry, sink: &sink)
            }
            reader.reportUnknownKeys(sink: &sink)
        }
        let allYears = dated.map(\.date.year) + transfers.map(\.dayOff.year)
        let covered = years ?? ((allYears.min() ?? 2015)...(allYears.max() ?? 2015))
        calendar = WorkingCalendar(weekend: weekend, holidays: holidays, datedHolidays: dated, transfers: transfers, coveredYears: covered)
    }

    private func items(_ node: YAMLNode?, _ key: String, file: SourceFile, sink: inout DiagnosticSink) -> [YAMLNode] {
        guard let node else { return [] }
        guard case .sequence(let sequence) = node else {
            sink.error("`\(key)` must be a list", in: file, at: node.location)
            return []
        }
        return sequence.items
    }

    /// Provenance fields every dated entry may carry; read so they are not reported as unknown.
    private func skipProvenance(_ reader: inout MappingReader, sink: inout DiagnosticSink) {
        _ = reader.string("source", sink: &sink)
        _ = reader.string("note", sink: &sink)
        _ = reader.status(sink: &sink)
        reader.reportUnknownKeys(sink: &sink)
    }
}
