/// The outside ratings (``ReferenceIndex``) beside the law's own score, in text, JSON and an
/// HTML panel. The law is scored as written; the ratings weigh practice too, and every
/// rendering says so.
public enum IndicesReport {
    /// One sentence on what the two kinds of score measure, shown with every rendering.
    public static let deJureNote = "The law's score grades the statutes as written on each date against the standards; "
        + "CIVICUS, Freedom in the World and Nations in Transit rate practice as well (Freedom House weights implementation above legal guarantees), "
        + "so where they sit below the law's score, practice is worse than the law: a gap to explain, not an error in either."

    /// The law's band and each index's reading on `date`, in one line each.
    public static func comparison(_ law: Law, score: EnablingScore, language: ReportLanguage = .english) -> [String] {
        let m = language.messages
        var lines = [m["indices.law_as_written"] + ": " + (score.overall.map(language.score) ?? m["compare.none"]) + " (\(language.band(score.band)))"]
        for index in law.indices {
            guard let reading = index.reading(on: score.date) else {
                lines.append("\(index.name): " + m("indices.no_reading", ["date": language.date(score.date)]))
                continue
            }
            let value = reading.value.map { language.number($0) + " " } ?? ""
            lines.append("\(index.name): \(value)\(reading.label) (" + m("indices.as_of", ["date": language.date(reading.date)]) + ")")
        }
        return lines
    }

    public static func text(_ law: Law, timeline: Timeline, language: ReportLanguage = .english) -> String {
        guard !law.indices.isEmpty else { return "" }
        let m = language.messages
        var out = "\n" + m["indices.heading_text"] + "\n"
        for index in law.indices {
            let direction = index.higherIsBetter ? m["indices.higher_better"] : m["indices.lower_better"]
            out += "\(index.name) (\(index.publisher); \(Formatting.number(index.scaleMinimum))–\(Formatting.number(index.scaleMaximum)), \(direction)) \(index.source)\n"
            for reading in index.readings(upTo: timeline.to) {
                let value = reading.value.map(language.number) ?? "-"
                let mark = reading.status == .verified ? "" : " [\(language.status(reading.status))]"
                out += "  \(language.date(reading.date))  " + value + String(repeating: " ", count: max(1, 6 - value.count)) + reading.label + mark + "\n"
            }
        }
        let final = Evaluator(law: law).enablingEnvironment(on: timeline.to)
        out += m("indices.on", ["date": language.date(timeline.to)]) + " " + comparison(law, score: final, language: language).joined(separator: "; ") + "\n"
        return out + (language.isEnglish ? deJureNote : m["indices.de_jure_note"]) + "\n"
    }

    /// Writes the top-level `indices` array (readings dated up to `date`): `[{name, source, values: [{date, value, label}]}]`.
    public static func json(_ law: Law, upTo date: Day, into writer: inout JSONWriter) {
        writer.array("indices") { writer in
            for index in law.indices {
                writer.beginObject()
                writer.field("id", index.id)
                writer.field("name", index.name)
                writer.field("publisher", index.publisher)
                writer.field("source", index.source)
                writer.field("measures", index.measures)
                writer.object("scale") { writer in
                    writer.field("min", index.scaleMinimum)
                    writer.field("max", index.scaleMaximum)
                    writer.field("higher_is_better", index.higherIsBetter)
                }
                writer.array("values") { writer in
                    for reading in index.readings(upTo: date) {
                        writer.beginObject()
                        writer.field("date", reading.date.description)
                        writer.field("value", reading.value)
                        writer.field("label", reading.label)
                        writer.field("url", reading.url)
                        writer.field("status", reading.status.rawValue)
                        if let note = reading.note { writer.field("note", note) }
                        writer.endObject()
                    }
                }
                writer.endObject()
            }
        }
        writer.field("de_jure_note", deJureNote)
    }
}
