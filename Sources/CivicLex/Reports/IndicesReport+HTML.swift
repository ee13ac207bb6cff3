extension IndicesReport {
    static let indexColors = ["#e8710a", "#1a73e8", "#7baaf7", "#9334e6", "#188038"]

    /// The second panel of the HTML timeline: the law's overall score and each outside
    /// rating on one 0–100 axis (each rating moved onto 0–100 from its own scale), the
    /// readings with their sources, and the sentence on law versus practice.
    public static func htmlPanel(_ law: Law, timeline: Timeline, language: ReportLanguage = .english) -> String {
        guard !law.indices.isEmpty else { return "" }
        let m = language.messages
        var out = "<h2>\(HTMLReport.escape(m["indices.heading_html"]))</h2>"
        out += "<p>\(HTMLReport.escape(language.isEnglish ? deJureNote : m["indices.de_jure_note"]))</p>"
        out += chart(law, timeline: timeline)
        let final = Evaluator(law: law).enablingEnvironment(on: timeline.to)
        out += "<p class=\"muted\">\(HTMLReport.escape(m("indices.on", ["date": language.date(timeline.to)]))) " + comparison(law, score: final, language: language).map(HTMLReport.escape).joined(separator: "; ") + ".</p>"
        out += "<table><tr>" + ["indices.rating", "timeline.date_column", "indices.value", "indices.reading", "indices.status"].map { "<th>\(HTMLReport.escape(m[$0]))</th>" }.joined() + "</tr>"
        for index in law.indices {
            for (position, reading) in index.readings(upTo: timeline.to).enumerated() {
                let name = position == 0
                    ? "<a href=\"\(HTMLReport.escape(index.source))\">\(HTMLReport.escape(index.name))</a><div class=\"muted\">\(HTMLReport.escape(index.publisher)), \(Formatting.number(index.scaleMinimum))–\(Formatting.number(index.scaleMaximum)); \(HTMLReport.escape(index.measures))</div>"
                    : ""
                out += "<tr><td>\(name)</td><td>\(language.date(reading.date))</td><td>\(reading.value.map(language.number) ?? "–")</td>"
                out += "<td><a href=\"\(HTMLReport.escape(reading.url))\">\(HTMLReport.escape(reading.label))</a>"
                if let note = reading.note { out += "<div class=\"muted\">\(HTMLReport.escape(note))</div>" }
                out += "</td><td>\(reading.status == .verified ? "" : "<span class=\"badge\">\(HTMLReport.escape(language.status(reading.status)))</span>")</td></tr>"
            }
        }
        return out + "</table>"
    }

    static func chart(_ law: Law, timeline: Timeline) -> String {
        let width = 900.0, height = 300.0, left = 40.0, right = 150.0, top = 10.0, bottom = 50.0
        let plotWidth = width - left - right, plotHeight = height - top - bottom
        let start = Double(timeline.from.ordinal), span = max(1, Double(timeline.to.ordinal) - start)
        func x(_ day: Day) -> Double { left + (min(max(Double(day.ordinal), start), start + span) - start) / span * plotWidth }
        func y(_ score: Double) -> Double { top + (1 - min(100, max(0, score)) / 100) * plotHeight }
        var svg = "<svg role=\"img\" aria-label=\"The law's score beside outside ratings\" width=\"\(Int(width))\" height=\"\(Int(height))\" viewBox=\"0 0 \(Int(width)) \(Int(height))\">"
        for (band, upper, color) in HTMLReport.bandSpans(law.bands) {
            svg += "<rect x=\"\(left)\" y=\"\(y(upper))\" width=\"\(plotWidth)\" height=\"\(y(band.minimum) - y(upper))\" fill=\"\(color)\"/>"
            svg += "<text x=\"\(left + 4)\" y=\"\(y(upper) + 12)\" font-size=\"10\" fill=\"#777\">\(HTMLReport.escape(band.name))</text>"
        }
        svg += HTMLReport.scoreAxis(left: left, y: y)
        for year in timeline.from.year...timeline.to.year {
            guard let day = Day(year: year, month: 1, day: 1), day >= timeline.from else { continue }
            svg += "<text x=\"\(x(day))\" y=\"\(top + plotHeight + 16)\" font-size=\"11\" text-anchor=\"middle\">\(year)</text>"
        }
        func steps(_ points: [(Day, Double)], until end: Day) -> String {
            var out: [String] = []
            for (index, point) in points.enumerated() where point.0 <= end {
                if index > 0 { out.append("\(x(point.0)),\(y(points[index - 1].1))") }
                out.append("\(x(point.0)),\(y(point.1))")
            }
            if let last = points.last(where: { $0.0 <= end }) { out.append("\(x(end)),\(y(last.1))") }
            return out.joined(separator: " ")
        }
        var legend: [(String, String, Bool)] = []
        for (position, index) in law.indices.enumerated() {
            let color = indexColors[position % indexColors.count]
            let points = index.readings.compactMap { reading in reading.value.flatMap(index.normalised).map { (max(reading.date, timeline.from), $0) } }
            svg += "<polyline fill=\"none\" stroke=\"\(color)\" stroke-width=\"2\" stroke-dasharray=\"6 3\" points=\"\(steps(points, until: timeline.to))\"/>"
            for point in points where point.0 <= timeline.to {
                svg += "<circle cx=\"\(x(point.0))\" cy=\"\(y(point.1))\" r=\"3\" fill=\"\(color)\"/>"
            }
            legend.append((index.name, color, false))
        }
        let law = timeline.steps.compactMap { step in step.enabling.overall.map { (step.date, $0) } }
        svg += "<polyline fill=\"none\" stroke=\"#111\" stroke-width=\"3\" points=\"\(steps(law, until: timeline.to))\"/>"
        legend.insert(("Law as written (CivicLex)", "#111", true), at: 0)
        for (position, item) in legend.enumerated() {
            let legendY = top + 14 + Double(position) * 34
            svg += "<line x1=\"\(left + plotWidth + 8)\" y1=\"\(legendY)\" x2=\"\(left + plotWidth + 26)\" y2=\"\(legendY)\" stroke=\"\(item.1)\" stroke-width=\"\(item.2 ? 3 : 2)\"\(item.2 ? "" : " stroke-dasharray=\"6 3\"")/>"
            svg += wrapped(item.0, x: left + plotWidth + 30, y: legendY + 4, width: 18)
        }
        svg += "<text x=\"\(left)\" y=\"\(height - 8)\" font-size=\"11\" fill=\"#555\">Each rating is moved onto 0–100 from its own scale (best end = 100); CIVICUS categories 1–5 land at 0, 25, 50, 75, 100.</text>"
        return svg + "</svg>"
    }

    /// Legend text broken into lines of about `width` characters.
    private static func wrapped(_ text: String, x: Double, y: Double, width: Int) -> String {
        var lines: [String] = [], current = ""
        for word in text.split(separator: " ") {
            if !current.isEmpty, current.count + word.count + 1 > width { lines.append(current); current = "" }
            current += (current.isEmpty ? "" : " ") + word
        }
        if !current.isEmpty { lines.append(current) }
        return lines.enumerated().map { index, line in
            "<text x=\"\(x)\" y=\"\(y + Double(index) * 12)\" font-size=\"10\">\(HTMLReport.escape(line))</text>"
        }.joined()
    }
}
