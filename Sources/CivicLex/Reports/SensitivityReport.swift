/// Renders ``Sensitivity``: how far the overall score moves when one area's weight is
/// halved, doubled or set to zero.
public enum SensitivityReport {
    public static func text(_ sensitivity: Sensitivity, language: ReportLanguage = .english) -> String {
        let m = language.messages
        let score = { (value: Double?) in value.map(language.score) ?? m["compare.none"] }
        var out = "\n" + m("sensitivity.heading_text", ["date": language.date(sensitivity.date), "overall": score(sensitivity.overall), "band": language.band(sensitivity.band)]) + "\n"
        // As wide as the longest area name in this language (English fits in 26).
        let width = max(26, (sensitivity.rows.map { language.areaTitle($0.area, $0.title).count }.max() ?? 0) + 1)
        out += cell(m["sensitivity.area"], width) + cell(m["sensitivity.weight"], 8) + cell(m["sensitivity.area_score"], 7) + cell("×0.5", 8) + cell("×2", 8)
            + cell(m["sensitivity.left_out"], 10) + m["sensitivity.largest_move"] + "\n"
        for row in sensitivity.rows {
            var line = cell(language.areaTitle(row.area, row.title), width) + cell(language.number(row.weight), 8) + cell(score(row.areaScore), 7)
            line += cell(score(row.halved), 8) + cell(score(row.doubled), 8) + cell(score(row.leftOut), 10)
            line += row.largestMove(from: sensitivity.overall).map { "±" + language.score($0) } ?? m["compare.none"]
            out += line + "\n"
        }
        return out
    }

    public static func json(_ sensitivity: Sensitivity, into writer: inout JSONWriter) {
        writer.object("sensitivity") { writer in
            writer.field("date", sensitivity.date.description)
            writer.field("overall", sensitivity.overall)
            writer.field("band", sensitivity.band)
            writer.array("areas") { writer in
                for row in sensitivity.rows {
                    writer.beginObject()
                    writer.field("area", row.area)
                    writer.field("weight", row.weight)
                    writer.field("score", row.areaScore)
                    writer.field("weight_halved", row.halved)
                    writer.field("weight_doubled", row.doubled)
                    writer.field("left_out", row.leftOut)
                    writer.field("largest_move", row.largestMove(from: sensitivity.overall))
                    writer.endObject()
                }
            }
        }
    }

    public static func html(_ sensitivity: Sensitivity, language: ReportLanguage = .english) -> String {
        let m = language.messages
        let score = { (value: Double?) in value.map(language.score) ?? m["compare.none"] }
        var out = "<h2>\(HTMLReport.escape(m["sensitivity.heading_html"]))</h2><p class=\"muted\">"
        out += HTMLReport.escape(m("sensitivity.note_html", ["date": language.date(sensitivity.date), "overall": score(sensitivity.overall), "band": language.band(sensitivity.band)])) + "</p>"
        out += "<table><tr>" + ["sensitivity.area_html", "sensitivity.weight_html", "sensitivity.area_score_html", "sensitivity.halved_html", "sensitivity.doubled_html", "sensitivity.left_out_html"]
            .map { "<th>\(HTMLReport.escape(m[$0]))</th>" }.joined() + "</tr>"
        for row in sensitivity.rows {
            out += "<tr><td>\(HTMLReport.escape(language.areaTitle(row.area, row.title)))</td><td>\(language.number(row.weight))</td><td>\(score(row.areaScore))</td>"
            out += "<td>\(score(row.halved))</td><td>\(score(row.doubled))</td><td>\(score(row.leftOut))</td></tr>"
        }
        return out + "</table>"
    }

    private static func cell(_ text: String, _ width: Int) -> String {
        text + String(repeating: " ", count: max(1, width - text.count))
    }
}
