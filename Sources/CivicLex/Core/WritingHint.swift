/// What to write instead of a value an adviser typed the way people write it in a letter: a
/// date as `12.06.2024`, `да` for true, `5 000 000 тенге` for an amount, `unknown` for a fact
/// not known. Each function gives the text the loader accepts, or nil when there is no one
/// reading to suggest; errors append it to their message.
public enum WritingHint {
    /// Words people write for a fact they do not know. The loader never reads them as
    /// unknown (a typed `unknown` may be a typo of a value); the error says how to say it.
    static let unknownWords: Set<String> = [
        "unknown", "unk", "n/a", "na", "n.a.", "?", "??", "tbd", "tbc", "not known", "dont know", "don't know",
        "неизвестно", "не известно", "нет данных", "н/д", "не знаю", "неясно", "-", "—", "–",
    ]

    static let trueWords: Set<String> = ["yes", "y", "on", "да", "д", "истина", "верно", "+"]
    static let falseWords: Set<String> = ["no", "n", "off", "нет", "н", "ложь", "неверно"]

    /// `; to say it is not known, …` for a word meaning "unknown", or nil.
    public static func unknownValue(_ text: String) -> String? {
        guard unknownWords.contains(normalised(text)) else { return nil }
        return "; to say it is not known, leave the value empty or leave the line out"
    }

    /// `true` or `false` for a yes/no word (`yes`, `да`, `off`), or nil.
    public static func boolean(_ text: String) -> Bool? {
        let word = normalised(text)
        if trueWords.contains(word) { return true }
        if falseWords.contains(word) { return false }
        return nil
    }

    /// The date `text` most plausibly means, as YYYY-MM-DD with the day in words
    /// (`2024-06-12` (12 June 2024)), or nil. Reads day-first dates (`12.06.2024`, `12/06/2024`,
    /// `12 июня 2024`), unpadded or slashed ISO dates (`2024-6-1`, `2024/06/01`) and a date
    /// followed by a time; the words let a reader who meant month-first see the misreading.
    public static func date(_ text: String) -> String? {
        var body = Substring(normalised(text))
        for suffix in [" г.", " г", "г.", "г", " года", " year"] where body.hasSuffix(suffix) {
            body = body.dropLast(suffix.count)
            break
        }
        // A time after the date (`2024-06-12 10:00`, `2024-06-12T10:00:00Z`).
        if body.count > 10, let separator = body.firstIndex(where: { $0 == "t" || $0 == " " }),
            body[body.index(after: separator)...].contains(":") {
            body = body[..<separator]
        }
        let parts = body.split(whereSeparator: { $0 == "." || $0 == "-" || $0 == "/" || $0 == " " || $0 == "," })
        guard parts.count == 3 else { return nil }
        let numbers = parts.map { Int($0) }
        var year: Int?, month: Int?, day: Int?
        if parts[0].count == 4, let y = numbers[0], let m = numbers[1], let d = numbers[2] {
            (year, month, day) = (y, m, d)
        } else if let d = numbers[0], let y = numbers[2], parts[2].count == 4 || parts[2].count == 2 {
            year = parts[2].count == 2 ? 2000 + y : y
            day = d
            month = numbers[1] ?? monthNumber(parts[1])
        }
        guard let year, let month, let day, let iso = Day(year: year, month: month, day: day) else { return nil }
        let suggestion = iso.description
        guard suggestion != text else { return nil }
        return "`\(suggestion)` (\(day) \(monthNames[month - 1]) \(year))"
    }

    /// The number in `text` written with thousands separators, a decimal comma or a unit
    /// (`5,000,000`, `5 000 000 тенге`, `18,5`), in the form the loader reads, or nil.
    /// `wholeOnly` for counts: a decimal comma is then not read as one.
    public static func number(_ text: String, wholeOnly: Bool) -> String? {
        var body = Substring(text.trimmingWhitespace())
        // A unit or currency after the number, or a currency sign before it.
        while let last = body.last, !last.isNumber { body = body.dropLast() }
        while let first = body.first, !first.isNumber, first != "-", first != "+" { body = body.dropFirst() }
        guard !body.isEmpty else { return nil }
        let separators: Set<Character> = [",", " ", "\u{00A0}", "\u{202F}", "'", "’", "_", "."]
        let pieces = body.split(omittingEmptySubsequences: false, whereSeparator: { separators.contains($0) })
        let marks = body.filter { separators.contains($0) }
        guard pieces.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) && Int($0.drop(while: { $0 == "-" || $0 == "+" })) != nil }) else { return nil }
        var result: String
        // Groups of three after the first: thousands separators, all of one kind (a trailing
        // decimal comma or point may follow: `1 500,50`).
        let groupMark = marks.first
        let grouped = pieces.count >= 2 && pieces.dropFirst().allSatisfy { $0.count == 3 } && pieces[0].count <= 3
            && Set(marks).count == 1
        if grouped, let groupMark, !(groupMark == "." && pieces.count == 2) {
            result = pieces.joined()
        } else if pieces.count == 2, marks == ",", !wholeOnly {
            result = pieces[0] + "." + pieces[1]
        } else if pieces.count >= 3, Set(marks.dropLast()).count == 1, let decimal = marks.last, decimal != marks.first,
            decimal == "," || decimal == ".", pieces.dropFirst().dropLast().allSatisfy({ $0.count == 3 }), pieces[0].count <= 3, !wholeOnly {
            result = pieces.dropLast().joined() + "." + pieces[pieces.count - 1]
        } else if pieces.count == 1 {
            result = String(pieces[0])
        } else {
            return nil
        }
        return result == text ? nil : result
    }

    static let monthNames = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
    ]
    /// Stems of month names in Russian (any case ending) and English.
    static let monthStems: [(stem: String, month: Int)] = [
        ("январ", 1), ("феврал", 2), ("март", 3), ("апрел", 4), ("ма", 5), ("июн", 6), ("июл", 7), ("август", 8),
        ("сентябр", 9), ("октябр", 10), ("ноябр", 11), ("декабр", 12),
        ("jan", 1), ("feb", 2), ("mar", 3), ("apr", 4), ("may", 5), ("jun", 6), ("jul", 7), ("aug", 8), ("sep", 9),
        ("oct", 10), ("nov", 11), ("dec", 12),
    ]

    static func monthNumber(_ word: Substring) -> Int? {
        // `ма` must be the whole stem of `мая`/`май`, not the start of `март`.
        if word == "мая" || word == "май" { return 5 }
        return monthStems.first { $0.stem != "ма" && word.hasPrefix($0.stem) }?.month
    }

    /// Lower-cased, trimmed, `ё` as `е`: how the word lists are written.
    static func normalised(_ text: String) -> String {
        String(text.trimmingWhitespace().lowercased().map { $0 == "ё" ? "е" : $0 })
    }
}

extension String {
    /// Without leading and trailing white space (Unicode's, so a no-break space too).
    func trimmingWhitespace() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
            let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(scalars[first...last])
    }
}
