/// Pending deadlines as an iCalendar file (RFC 5545) for an adviser's calendar: one all-day
/// VEVENT per pending obligation, on its due date, with the rule, article and what to do.
public enum ICalendarReport {
    /// One deadline, before it is written as a VEVENT.
    public struct Event: Sendable {
        public let uid: String
        public let due: Day
        public let summary: String
        public let description: String
    }

    /// The pending deadlines of one assessment, worded in `language` (the remedy comes from
    /// the assessment, so the evaluator should have the same language).
    public static func events(_ assessment: Assessment, law: Law, language: ReportLanguage = .english) -> [Event] {
        let m = language.messages
        return assessment.results.compactMap { result -> Event? in
            guard result.outcome == .pending, let due = result.dueDate else { return nil }
            let rule = law.rule(for: result)
            let heading = "\(rule.id) \(language.ruleTitle(rule))" + (result.item.map { " [\($0)]" } ?? "")
            let caseName = assessment.title.isEmpty ? assessment.caseID : assessment.title
            var lines = [heading, m("calendar.due", ["date": language.date(due)])]
            lines.append(m("calendar.law", ["citation": language.citation(rule.citation, in: law.sources, flagsMissingArticle: true)]))
            if let link = rule.citation.link(in: law.sources) { lines.append(link) }
            if let remedy = result.remedy { lines.append(m("calendar.to_do", ["remedy": remedy])) }
            if let consequence = language.consequence(rule) { lines.append(m("calendar.if_missed", ["consequence": consequence])) }
            if result.status != .verified { lines.append("[\(language.status(result.status))] \(language.note(rule) ?? m["calendar.check_primary"])") }
            lines.append(m("calendar.case", ["case": caseName, "path": assessment.path, "date": language.date(assessment.asOf)]))
            let uid = [assessment.caseID, rule.id, result.item ?? "case", compact(due)].map(uidSafe).joined(separator: ".") + "@civiclex"
            return Event(uid: uid, due: due, summary: m("calendar.summary", ["rule": heading, "case": caseName]), description: lines.joined(separator: "\n"))
        }
    }

    /// A VCALENDAR holding `events`, earliest first; `stamp` is the DTSTAMP in UTC (`YYYYMMDDTHHMMSSZ`).
    /// Outside English, SUMMARY and DESCRIPTION carry `LANGUAGE=<code>` (RFC 5545 §3.2.10).
    public static func render(_ events: [Event], stamp: String, language: ReportLanguage = .english) -> String {
        let tag = language.isEnglish ? "" : ";LANGUAGE=" + language.code
        var lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//CivicLex//civiclex calendar//EN", "CALSCALE:GREGORIAN", "METHOD:PUBLISH"]
        for event in events.sorted(by: { ($0.due, $0.uid) < ($1.due, $1.uid) }) {
            lines += [
                "BEGIN:VEVENT",
                "UID:" + escape(event.uid),
                "DTSTAMP:" + stamp,
                "DTSTART;VALUE=DATE:" + compact(event.due),
                "DTEND;VALUE=DATE:" + compact(event.due.adding(days: 1)),
                "SUMMARY\(tag):" + escape(event.summary),
                "DESCRIPTION\(tag):" + escape(event.description),
                "TRANSP:TRANSPARENT",
                "END:VEVENT",
            ]
        }
        lines.append("END:VCALENDAR")
        return lines.map(fold).joined(separator: "\r\n") + "\r\n"
    }

    /// `20250612` for 2025-06-12 (the DATE value form).
    static func compact(_ day: Day) -> String {
        day.description.filter { $0 != "-" }
    }

    /// TEXT escaping (RFC 5545 §3.3.11): backslash, semicolon, comma and line breaks.
    static func escape(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\n": out += "\\n"
            case "\r": continue
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Folds a content line into chunks of at most 75 octets (RFC 5545 §3.1), continuation
    /// lines starting with one space, never splitting a UTF-8 sequence.
    static func fold(_ line: String) -> String {
        var out = "", octets = 0
        for scalar in line.unicodeScalars {
            let width = String(scalar).utf8.count
            if octets + width > 75 {
                out += "\r\n "
                octets = 1
            }
            out.unicodeScalars.append(scalar)
            octets += width
        }
        return out
    }

    private static func uidSafe(_ text: String) -> String {
        String(text.map { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") ? $0 : "-" })
    }
}
