/// Self-contained HTML reports (inline CSS and SVG, no scripts, no network) that an adviser
/// can e-mail or print: assessments, amendment comparisons and timelines.
public enum HTMLReport {
    static let bandColors = ["#d7f0dd", "#eef5d3", "#fdf1cc", "#fbdcc7", "#f6c9c9"]

    /// The bands from the lowest up, each with the score where it ends and its colour (the
    /// best band gets the first colour): the backdrop of every score bar and chart.
    static func bandSpans(_ bands: [Band]) -> [(band: Band, upper: Double, color: String)] {
        let sorted = bands.sorted { $0.minimum < $1.minimum }
        return sorted.enumerated().map { index, band in
            (band, index + 1 < sorted.count ? sorted[index + 1].minimum : 100,
             bandColors[max(0, bandColors.count - 1 - index) % bandColors.count])
        }
    }

    /// The 0–100 figures on a chart's score axis.
    static func scoreAxis(left: Double, y: (Double) -> Double) -> String {
        stride(from: 0.0, through: 100, by: 20).map { score in
            "<text x=\"\(left - 6)\" y=\"\(y(score) + 4)\" font-size=\"11\" text-anchor=\"end\">\(Int(score))</text>"
        }.joined()
    }
    static let areaColors = ["#1f77b4", "#9467bd", "#d62728", "#2ca02c", "#8c564b", "#e377c2"]

    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.append(character)
            }
        }
        return out
    }

    static func page(title: String, body: String, stamp: ReportStamp, language: ReportLanguage = .english) -> String {
        let m = language.messages
        return """
        <!doctype html>
        <html lang="\(escape(language.code))"><head><meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="generator" content="CivicLex \(escape(stamp.tool))">
        <title>\(escape(title))</title>
        <style>
        *{box-sizing:border-box}
        body{font:15px/1.45 -apple-system,"Segoe UI",Roboto,"DejaVu Sans",Arial,sans-serif;color:#1d1d1f;max-width:980px;margin:24px auto;padding:0 20px;overflow-wrap:break-word}
        h1{font-size:24px;line-height:1.25;margin:0 0 4px}h2{font-size:18px;margin:28px 0 10px;border-bottom:1px solid #ddd;padding-bottom:4px}h3{font-size:16px;margin:18px 0 6px}
        .meta{color:#555;margin-bottom:16px}.stamp{color:#555;font-size:13px}
        .card{border:1px solid #ddd;border-left:6px solid #999;border-radius:6px;padding:10px 14px;margin:10px 0;break-inside:avoid}
        .card ul{margin:4px 0;padding-left:20px}.note{font-size:13px;background:#f6f7f9;border-radius:4px;padding:4px 8px;margin-top:6px}
        .critical{border-left-color:#7b1113}.high{border-left-color:#c62828}.medium{border-left-color:#ef6c00}.low{border-left-color:#f9a825}.info{border-left-color:#607d8b}.undetermined{border-left-color:#546e7a;border-left-style:dashed}
        .better{border-left-color:#2e7d32}.worse{border-left-color:#c62828}.neutral{border-left-color:#607d8b}
        .sev{font-weight:700;font-size:12px;letter-spacing:.04em;text-transform:uppercase;margin-right:6px}
        .badge{display:inline-block;font-size:12px;padding:1px 6px;border-radius:10px;background:#fff3cd;color:#7a5b00;margin-left:6px}
        .muted{color:#555;font-size:13px}a{color:#0b57d0;overflow-wrap:anywhere}
        .table-wrap{overflow-x:auto}table{border-collapse:collapse;width:100%;font-size:14px}th,td{border-bottom:1px solid #e4e4e4;padding:5px 6px;text-align:left;vertical-align:top}
        th{background:#f5f5f7}td.num{white-space:nowrap}.up{color:#1b5e20}.down{color:#b71c1c}
        .bars{margin:6px 0 10px}.bar-row{display:grid;grid-template-columns:minmax(7em,210px) 1fr 9.5em;gap:2px 10px;align-items:center;margin:5px 0;font-size:13px}
        .bar{position:relative;height:20px}.bar>span{position:absolute;left:0;top:5px;height:10px;background:#1d3557}
        .bar-scale{display:flex;font-size:11px;color:#555}.bar-scale span{text-align:center;overflow:hidden}
        .chart{overflow-x:auto}.chart svg{display:block;width:100%;height:auto;min-width:620px}svg text{font-family:inherit}
        ol.causes{font-size:13px;color:#333;padding-left:22px;margin:0}
        @media (max-width:600px){body{font-size:14px;margin:12px auto;padding:0 10px}h1{font-size:20px}.bar-row{grid-template-columns:1fr auto}.bar-row>span{grid-row:1;grid-column:1}.bar-row>b{grid-row:1;grid-column:2;text-align:right}.bar-row>.bar,.bar-row>.bar-scale{grid-row:2;grid-column:1/-1}.card{padding:8px 10px}th,td{padding:4px}.table-wrap{overflow:visible}.steps,.steps tbody,.steps tr{display:block}.steps tr:first-child{display:none}.steps tr{border-bottom:1px solid #ddd;padding:6px 0}.steps td{display:inline-block;border:0;padding:1px 8px 1px 0}.steps td.step::before{content:"#"}.steps td.date{font-weight:700}.steps td[data-label]::before{content:attr(data-label) ": ";color:#555}.steps td.changes{display:block;padding-top:4px}}
        @media print{body{margin:0;max-width:none;font-size:11pt;padding:0}*{-webkit-print-color-adjust:exact;print-color-adjust:exact}a{color:#000;text-decoration:none}a[href]::after{content:" (" attr(href) ")";font-size:9pt;color:#444;word-break:break-all}.card{border-left-width:4px}.chart svg{min-width:0}.table-wrap{overflow:visible}h2{break-after:avoid}}
        </style></head><body>
        \(body)
        <p class="muted">\(escape(stamp.sentence(language))) \(m("html.footer", ["partly": "<span class=\"badge\">\(escape(language.status(.partly)))</span>", "unverified": "<span class=\"badge\">\(escape(language.status(.unverified)))</span>"]))</p>
        </body></html>

        """
    }

    /// Horizontal score bars over the enabling-environment bands, in HTML so that they reflow
    /// on a phone and print with their colours.
    static func scoreBars(_ rows: [(label: String, score: Double?, band: String)], bands: [Band], language: ReportLanguage = .english) -> String {
        var stops: [String] = [], scale = ""
        for (band, upper, color) in bandSpans(bands) {
            stops.append("\(color) \(Formatting.score(band.minimum))% \(Formatting.score(upper))%")
            scale += "<span style=\"width:\(Formatting.score(upper - band.minimum))%\">\(escape(language.band(band.name)))</span>"
        }
        let background = "background:linear-gradient(to right,\(stops.joined(separator: ",")))"
        var html = "<div class=\"bars\" role=\"img\" aria-label=\"\(escape(language.messages["html.bars_label"]))\">"
        for row in rows {
            html += "<div class=\"bar-row\"><span>\(escape(row.label))</span><div class=\"bar\" style=\"\(background)\">"
            if let score = row.score { html += "<span style=\"width:\(Formatting.score(max(0.5, min(100, score))))%\"></span>" }
            html += "</div><b>\(row.score.map { "\(language.score($0)) \(escape(language.band(row.band)))" } ?? escape(language.messages["assess.not_scored"]))</b></div>"
        }
        html += "<div class=\"bar-row\"><span></span><div class=\"bar-scale\">\(scale)</div><span></span></div>"
        return html + "</div>"
    }

    public static func assessment(_ assessment: Assessment, law: Law, stamp: ReportStamp? = nil, language: ReportLanguage = .english) -> String {
        let stamp = stamp ?? ReportStamp.now(law: law, language: language)
        let m = language.messages
        var body = "<h1>\(escape(assessment.title.isEmpty ? assessment.caseID : assessment.title))</h1>"
        body += "<div class=\"meta\">\(escape(m["html.case"])) <b>\(escape(assessment.caseID))</b> · \(escape(m("html.assessed_as_of", ["date": language.date(assessment.asOf)]))) · \(escape(language.lawName(law)))"
        body += "<div class=\"stamp\">\(escape(stamp.sentence(language)))</div></div>"
        body += "<h2>\(escape(m["html.scores"]))</h2><p>\(m("html.risk", ["score": language.score(assessment.risk.score), "band": escape(language.band(assessment.risk.band))]))</p>"
        var rows: [(String, Double?, String)] = [(m["html.overall"], assessment.enabling.overall, assessment.enabling.band)]
        rows += assessment.enabling.areas.map { (language.areaTitle($0.id, $0.title), $0.score, $0.band) }
        body += "<p class=\"muted\">\(escape(m("html.enabling", ["date": language.date(assessment.enabling.date)])))</p>" + scoreBars(rows, bands: law.bands, language: language)
        let violations = assessment.findings.filter { $0.outcome == .violation }
        body += "<h2>\(escape(m("html.findings", ["count": String(violations.count)])))</h2>"
        if violations.isEmpty { body += "<p>\(escape(m["html.no_violation"]))</p>" }
        for finding in violations.sorted(by: { law.rule(for: $0).severity > law.rule(for: $1).severity }) {
            body += findingCard(finding, law: law, language: language)
        }
        let unknown = assessment.findings.filter { $0.outcome == .undetermined }
        if !unknown.isEmpty {
            body += "<h2>\(escape(m("html.undetermined", ["count": String(unknown.count)])))</h2><p class=\"muted\">\(escape(m["html.undetermined_note"]))</p>"
            for finding in unknown { body += findingCard(finding, law: law, language: language) }
        }
        let pending = assessment.results.filter { $0.outcome == .pending }
        if !pending.isEmpty {
            body += "<h2>\(escape(m("html.pending", ["count": String(pending.count)])))</h2><p class=\"muted\">\(escape(m["html.pending_note"]))</p><ul>"
            for result in pending {
                let rule = law.rule(for: result)
                body += "<li><b>\(escape(rule.id))</b> \(escape(language.ruleTitle(rule)))\(result.item.map { " [\(escape($0))]" } ?? "") — \(escape(m("html.due", ["date": result.dueDate.map(language.date) ?? "?"])))"
                if let remedy = result.remedy { body += "<div>\(escape(remedy))</div>" }
                body += "</li>"
            }
            body += "</ul>"
        }
        return page(title: "CivicLex: \(assessment.title)", body: body, stamp: stamp, language: language)
    }

    static func findingCard(_ finding: RuleResult, law: Law, language: ReportLanguage = .english) -> String {
        let m = language.messages
        let wording = SanctionWording(language: language), penalties = PenaltyWording(language: language)
        let rule = law.rule(for: finding)
        let css = finding.outcome == .undetermined ? "undetermined" : rule.severity.rawValue
        var card = "<div class=\"card \(css)\"><span class=\"sev\">\(escape(finding.outcome == .undetermined ? m["outcome.unknown"] : language.severity(rule.severity)))</span>"
        card += "<b>\(escape(rule.id))</b> \(escape(language.ruleTitle(rule)))"
        if let item = finding.item { card += " <span class=\"muted\">[\(escape(item))]</span>" }
        if finding.status != .verified { card += "<span class=\"badge\">\(escape(language.status(finding.status)))</span>" }
        if let message = finding.message { card += "<div>\(escape(message))</div>" }
        if !finding.missingFacts.isEmpty { card += "<div>\(escape(m("html.needs", ["facts": finding.missingFacts.joined(separator: ", ")])))</div>" }
        let citation = escape(language.citation(rule.citation, in: law.sources, flagsMissingArticle: true))
        if let link = rule.citation.link(in: law.sources) {
            card += "<div class=\"muted\">\(m("html.law", ["citation": "<a href=\"\(escape(link))\">\(citation)</a>"]))</div>"
        } else {
            card += "<div class=\"muted\">\(m("html.law", ["citation": citation]))</div>"
        }
        if let lawDate = finding.lawDate { card += "<div class=\"muted\">\(escape(m("html.judged_by", ["date": language.date(lawDate)])))</div>" }
        for group in wording.groups(finding.sanctions) {
            card += "<div class=\"muted\">\(escape(m("html.sanctions_on", ["persons": group.label])))<ul>"
            for sanction in group.sanctions {
                card += "<li>\(escape(wording.prefix(sanction)))\(escape(penalties.heading(sanction, law: law))) — \(escape(language.sanctionTitle(sanction.sanctionID, sanction.title)))\(escape(wording.basis(sanction)))"
                if sanction.status != .verified { card += "<span class=\"badge\">\(escape(language.status(sanction.status)))</span>" }
                if let note = wording.subjectNote(sanction) { card += "<div>\(escape(note))</div>" }
                card += "<ul>" + penalties.lines(sanction, law: law, lawDate: finding.lawDate).map { "<li>\(escape($0))</li>" }.joined() + "</ul></li>"
            }
            card += "</ul></div>"
        }
        if let conversion = wording.conversion(finding.sanctions) { card += "<div class=\"muted\">\(escape(conversion))</div>" }
        if let consequence = language.consequence(rule) { card += "<div class=\"muted\">\(escape(m["html.consequence"])) \(escape(consequence))</div>" }
        if let remedy = finding.remedy { card += "<div><b>\(escape(m["html.remedy"]))</b> \(escape(remedy))</div>" }
        if let note = language.note(rule) { card += "<div class=\"note\"><b>\(escape(m["html.note"]))</b> \(escape(note))</div>" }
        return card + "</div>"
    }

    /// The comparison report: changed findings first, case by case; the law's score change
    /// once; then every case in a table.
    public static func comparison(_ comparisons: [CaseComparison], totals: ComparisonTotals, heading: ComparisonReport.Heading, before: Law, after: Law, stamp: ReportStamp, language: ReportLanguage = .english) -> String {
        let m = language.messages
        var body = "<h1>\(escape(heading.title))</h1><div class=\"meta\">\(escape(m["compare.before"])): \(escape(heading.before))<br>\(escape(m["compare.after"])): \(escape(heading.after))"
        body += "<div class=\"stamp\">\(escape(stamp.sentence(language)))</div></div>"
        body += "<p><b>\(escape(ComparisonReport.totalsSentence(totals, language: language))).</b></p>"
        let changed = comparisons.filter(ComparisonReport.significant)
        body += "<h2>\(escape(m["compare.changed_findings"]))</h2>"
        if changed.isEmpty { body += "<p>\(escape(m["compare.no_change"]))</p>" }
        for comparison in changed {
            let css = comparison.direction == .improved ? "up" : (comparison.direction == .worsened ? "down" : "")
            body += "<h3>\(escape(comparison.caseID)) — <span class=\"\(css)\">\(escape(ComparisonReport.direction(comparison.direction, language: language)))</span></h3>"
            body += "<div class=\"muted\">\(escape(m["html.risk_label"])) \(language.score(comparison.before.risk.score)) → \(language.score(comparison.after.risk.score))"
            body += comparison.riskDelta == 0 ? " (\(escape(m["compare.unchanged"])))" : " (\(ComparisonReport.signed(comparison.riskDelta, language: language)))"
            body += " · \(escape(comparison.path))</div>"
            for change in ComparisonReport.changes(comparison, before: before, after: after, language: language) where ComparisonReport.isSignificant(change, language: language) {
                let tone = change.better == true ? "better" : (change.better == false ? "worse" : "neutral")
                body += "<div class=\"card \(tone)\"><b>\(escape(change.ruleID))</b> \(escape(change.title))"
                if let item = change.item { body += " <span class=\"muted\">[\(escape(item))]</span>" }
                body += "<div><b>\(escape(change.change))</b></div>"
                let citation = escape(change.citation)
                body += "<div class=\"muted\">" + m("html.law", ["citation": change.link.map { "<a href=\"\(escape($0))\">\(citation)</a>" } ?? citation]) + "</div></div>"
            }
        }
        body += "<h2>\(escape(m["html.law_score"]))</h2>"
        if let sentence = ComparisonReport.lawScoreSentence(comparisons, language: language) { body += "<p>\(escape(sentence))</p>" }
        if let first = comparisons.first {
            let overall = m["html.overall"]
            var rows: [(String, Double?, String)] = [
                (m("html.before", ["what": overall]), first.before.enabling.overall, first.before.enabling.band),
                (m("html.after", ["what": overall]), first.after.enabling.overall, first.after.enabling.band),
            ]
            for area in first.after.enabling.areas {
                let title = language.areaTitle(area.id, area.title)
                rows.append((m("html.before", ["what": title]), first.before.enabling.score(of: area.id), first.before.enabling.areas.first { $0.id == area.id }?.band ?? ""))
                rows.append((m("html.after", ["what": title]), area.score, area.band))
            }
            body += "<p class=\"muted\">\(escape(m("html.by_area", ["date": language.date(first.after.enabling.date)])))</p>" + scoreBars(rows, bands: after.bands, language: language)
        }
        if !totals.topRules.isEmpty {
            body += "<p>\(escape(m["compare.top_rules"])): " + totals.topRules.prefix(8).map { "<b>\(escape($0.ruleID))</b> (\($0.cases))" }.joined(separator: ", ") + "</p>"
        }
        let heads = ["compare.md.case", "html.for_the_case", "compare.md.risk", "compare.md.gained", "compare.md.lost"].map { "<th>\(escape(m[$0]))</th>" }.joined()
        body += "<h2>\(escape(m["html.all_cases"]))</h2><div class=\"table-wrap\"><table><tr>\(heads)</tr>"
        for c in comparisons {
            let css = c.direction == .improved ? "up" : (c.direction == .worsened ? "down" : "")
            body += "<tr><td>\(escape(c.caseID))</td><td class=\"\(css)\">\(escape(ComparisonReport.direction(c.direction, language: language)))</td>"
            body += "<td class=\"num\">\(language.score(c.before.risk.score)) → \(language.score(c.after.risk.score))</td>"
            body += "<td class=\"num\">\(c.gained.count)</td><td class=\"num\">\(c.lost.count)</td></tr>"
        }
        body += "</table></div>"
        return page(title: "CivicLex: \(heading.title)", body: body, stamp: stamp, language: language)
    }

    /// `panels`: further sections (outside ratings, sensitivity) placed after the changes table.
    public static func timeline(_ timeline: Timeline, law: Law, title: String, panels: String = "", stamp: ReportStamp? = nil, language: ReportLanguage = .english) -> String {
        let stamp = stamp ?? ReportStamp.now(law: law, language: language)
        let m = language.messages
        let overall = escape(m["html.overall"]), risk = escape(m["html.risk_label"]), none = m["compare.none"]
        var body = "<h1>\(escape(title))</h1><div class=\"meta\">\(escape(m("timeline.period", ["from": language.date(timeline.from), "to": language.date(timeline.to)]))) · \(escape(language.lawName(law)))"
        body += "<div class=\"stamp\">\(escape(stamp.sentence(language)))</div></div>"
        body += "<h2>\(escape(m["timeline.chart"]))</h2><div class=\"chart\">" + stepChart(timeline, law: law, language: language) + "</div>"
        body += "<h2>\(escape(m["timeline.changes"]))</h2><div class=\"table-wrap\"><table class=\"steps\"><tr><th>#</th><th>\(escape(m["timeline.date_column"]))</th><th>\(overall)</th>"
        body += law.areas.map { "<th>\(escape(language.areaTitle($0.id, $0.title)))</th>" }.joined()
        if timeline.steps.contains(where: { $0.assessment != nil }) { body += "<th>\(risk)</th>" }
        body += "<th>\(escape(m["timeline.what_changed"]))</th></tr>"
        for (index, step) in annotatedSteps(timeline).enumerated() {
            // `data-label` names each cell when a phone-width screen stacks the row (see the CSS).
            body += "<tr><td class=\"step\">\(index + 1)</td><td class=\"num date\">\(language.date(step.date))</td><td data-label=\"\(overall)\">\(step.enabling.overall.map(language.score) ?? none)</td>"
            body += law.areas.map { "<td data-label=\"\(escape(language.areaTitle($0.id, $0.title)))\">\(step.enabling.score(of: $0.id).map(language.score) ?? none)</td>" }.joined()
            if let assessment = step.assessment { body += "<td data-label=\"\(risk)\">\(language.score(assessment.risk.score))</td>" }
            body += "<td class=\"changes\"><ol class=\"causes\">" + step.changes.map { change in
                "<li>\(escape(change.sentence))" + (change.link.map { " <a href=\"\(escape($0))\">\(escape(m["timeline.source"]))</a>" } ?? "") + "</li>"
            }.joined() + "</ol></td></tr>"
        }
        body += "</table></div>" + panels
        return page(title: "CivicLex: \(title)", body: body, stamp: stamp, language: language)
    }

    /// The first step and the steps where some score moved: the ones worth a label.
    public static func annotatedSteps(_ timeline: Timeline) -> [Timeline.Step] {
        var result: [Timeline.Step] = []
        for step in timeline.steps {
            guard let previous = result.last else { result.append(step); continue }
            let moved = previous.enabling.overall != step.enabling.overall
                || zip(previous.enabling.areas, step.enabling.areas).contains { $0.score != $1.score }
                || previous.assessment?.risk.score != step.assessment?.risk.score
            if moved { result.append(step) }
        }
        return result
    }

    /// Step chart of the overall score (thick) and each area (thin), over band backgrounds,
    /// with numbered markers at the changes listed in the table below it.
    static func stepChart(_ timeline: Timeline, law: Law, language: ReportLanguage = .english) -> String {
        let width = 900.0, height = 320.0, left = 40.0, right = 90.0, top = 10.0, bottom = 50.0
        let plotWidth = width - left - right, plotHeight = height - top - bottom
        let start = Double(timeline.from.ordinal), span = max(1, Double(timeline.to.ordinal) - start)
        func x(_ day: Day) -> Double { left + (Double(day.ordinal) - start) / span * plotWidth }
        func y(_ score: Double) -> Double { top + (1 - score / 100) * plotHeight }
        var svg = "<svg role=\"img\" aria-label=\"\(escape(language.messages["timeline.chart_label"]))\" width=\"\(Int(width))\" height=\"\(Int(height))\" viewBox=\"0 0 \(Int(width)) \(Int(height))\">"
        for (band, upper, color) in bandSpans(law.bands) {
            svg += "<rect x=\"\(left)\" y=\"\(y(upper))\" width=\"\(plotWidth)\" height=\"\(y(band.minimum) - y(upper))\" fill=\"\(color)\"/>"
            svg += "<text x=\"\(left + plotWidth + 6)\" y=\"\((y(upper) + y(band.minimum)) / 2 + 4)\" font-size=\"11\" fill=\"#555\">\(escape(language.band(band.name)))</text>"
        }
        svg += scoreAxis(left: left, y: y)
        for year in timeline.from.year...timeline.to.year {
            guard let day = Day(year: year, month: 1, day: 1), day >= timeline.from else { continue }
            svg += "<line x1=\"\(x(day))\" y1=\"\(top + plotHeight)\" x2=\"\(x(day))\" y2=\"\(top + plotHeight + 4)\" stroke=\"#333\"/>"
            svg += "<text x=\"\(x(day))\" y=\"\(top + plotHeight + 18)\" font-size=\"11\" text-anchor=\"middle\">\(year)</text>"
        }
        func path(_ value: (Timeline.Step) -> Double?) -> String {
            var points: [String] = []
            var last: Double?
            for step in timeline.steps {
                guard let score = value(step) else { continue }
                if let last { points.append("\(x(step.date)),\(y(last))") }
                points.append("\(x(step.date)),\(y(score))")
                last = score
            }
            if let last { points.append("\(x(timeline.to)),\(y(last))") }
            return points.joined(separator: " ")
        }
        for (index, area) in law.areas.enumerated() {
            let color = areaColors[index % areaColors.count]
            svg += "<polyline fill=\"none\" stroke=\"\(color)\" stroke-width=\"1.5\" stroke-dasharray=\"4 2\" points=\"\(path { $0.enabling.score(of: area.id) })\"/>"
            svg += "<text x=\"\(left + Double(index) * 170)\" y=\"\(height - 2)\" font-size=\"11\" fill=\"\(color)\">- - \(escape(language.areaTitle(area.id, area.title)))</text>"
        }
        svg += "<polyline fill=\"none\" stroke=\"#111\" stroke-width=\"3\" points=\"\(path { $0.enabling.overall })\"/>"
        for (index, step) in annotatedSteps(timeline).enumerated() {
            let markerX = x(step.date)
            svg += "<line x1=\"\(markerX)\" y1=\"\(top)\" x2=\"\(markerX)\" y2=\"\(top + plotHeight)\" stroke=\"#333\" stroke-width=\"0.6\" stroke-dasharray=\"2 3\"/>"
            // Alternate marker rows so changes a few days apart stay readable.
            let markerY = top + 8 + Double(index % 2) * 18
            svg += "<circle cx=\"\(markerX)\" cy=\"\(markerY)\" r=\"8\" fill=\"#fff\" stroke=\"#333\"/><text x=\"\(markerX)\" y=\"\(markerY + 4)\" font-size=\"10\" text-anchor=\"middle\">\(index + 1)</text>"
        }
        return svg + "</svg>"
    }
}
