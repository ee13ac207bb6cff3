/// Renders ``Sensitivity``: how far the overall score moves when one area's weight is
/// halved, doubled or set to zero.
public enum SensitivityReport {
    public static func text(_ sensitivity: Sensitivity) -> String {
        let overall = sensitivity.overall.map(Formatting.score) ?? "n/a"
        var out = "\nSENSITIVITY TO AREA WEIGHTS on \(sensitivity.date): overall \(overall) (\(sensitivity.band))\n"
        out += "AREA                      WEIGHT  AREA   ×0.5    ×2      LEFT OUT  LARGEST MOVE\n"
        for row in sensitivity.rows {
            var line = cell(row.title, 26) + cell(Formatting.number(row.weight), 8) + cell(score(row.areaScore), 7)
            line += cell(score(row.halved), 8) + cell(score(row.doubled), 8) + cell(score(row.leftOut), 10)
            line += row.largestMove(from: sensitivity.overall).map { "±" + Formatting.score($0) } ?? "n/a"
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

    public static func html(_ sensitivity: Sensitivity) -> String {
        var out = "<h2>Sensitivity to the area weights</h2><p class=\"muted\">Overall score on \(sensitivity.date): "
        out += (sensitivity.overall.map(Formatting.score) ?? "n/a") + " (\(HTMLReport.escape(sensitivity.band))), recomputed with one area's weight changed.</p>"
        out += "<table><tr><th>Area</th><th>Weight</th><th>Area score</th><th>Weight ×0.5</th><th>Weight ×2</th><th>Left out</th></tr>"
        for row in sensitivity.rows {
            out += "<tr><td>\(HTMLReport.escape(row.title))</td><td>\(Formatting.number(row.weight))</td><td>\(score(row.areaScore))</td>"
            out += "<td>\(score(row.halved))</td><td>\(score(row.doubled))</td><td>\(score(row.leftOut))</td></tr>"
        }
        return out + "</table>"
    }

    private static func score(_ value: Double?) -> String { value.map(Formatting.score) ?? "n/a" }

    private static func cell(_ text: String, _ width: Int) -> String {
        text + String(repeating: " ", count: max(1, width - text.count))
    }
}
