/// A calendar day (no time of day, no time zone), stored as days since 1970-01-01.
///
/// Legal deadlines are counted in whole days, so a `Day` avoids every time-zone pitfall
/// of `Date`. Parsing is strict ISO 8601 `YYYY-MM-DD`: `2021-02-30` is rejected.
public struct Day: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// Days since 1970-01-01 (negative before).
    public var ordinal: Int

    public init(ordinal: Int) { self.ordinal = ordinal }

    /// Creates a day from its calendar parts, or `nil` when the date does not exist.
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              day >= 1, day <= Day.daysInMonth(year: year, month: month) else { return nil }
        ordinal = Day.ordinal(year: year, month: month, day: day)
    }

    /// Parses strict `YYYY-MM-DD`; returns `nil` for other formats or impossible dates.
    public init?(iso text: some StringProtocol) {
        guard let day = Array(text.utf8).withUnsafeBufferPointer(Day.init(isoBytes:)) else { return nil }
        self = day
    }

    /// `init(iso:)` over UTF-8 bytes, for readers that have no `String` of them.
    init?(isoBytes bytes: UnsafeBufferPointer<UInt8>) {
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else { return nil }
        func digits(_ range: Range<Int>) -> Int? {
            var value = 0
            for index in range {
                let byte = bytes[index]
                guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
            }
            return value
        }
        guard let year = digits(0..<4), let month = digits(5..<7), let day = digits(8..<10) else { return nil }
        self.init(year: year, month: month, day: day)
    }

    public static func < (lhs: Day, rhs: Day) -> Bool { lhs.ordinal < rhs.ordinal }

    public static func isLeap(_ year: Int) -> Bool { (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 }

    public static func daysInMonth(year: Int, month: Int) -> Int {
        switch month {
        case 2: isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    // Howard Hinnant's days_from_civil: exact for the proleptic Gregorian calendar.
    static func ordinal(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The year, month and day of this date.
    public var parts: (year: Int, month: Int, day: Int) {
        let z = ordinal + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    public var year: Int { parts.year }

    /// ISO weekday: 1 = Monday … 7 = Sunday.
    public var weekday: Int {
        let value = (ordinal + 3) % 7 // 1970-01-01 was a Thursday (4).
        return (value < 0 ? value + 7 : value) + 1
    }

    public func adding(days: Int) -> Day { Day(ordinal: ordinal + days) }

    /// `day` when its year is in 1...9999 (the range `init(year:month:day:)` accepts), else nil.
    static func supported(_ day: Day) -> Day? {
        (Day.ordinal(year: 1, month: 1, day: 1)...Day.ordinal(year: 9999, month: 12, day: 31)).contains(day.ordinal) ? day : nil
    }

    /// Adds calendar months, clamping to the month's last day (31 Jan + 1 month = 28/29 Feb).
    public func adding(months: Int) -> Day {
        let (year, month, day) = parts
        let total = year * 12 + (month - 1) + months
        let newYear = total / 12, newMonth = total % 12 + 1
        let clamped = min(day, Day.daysInMonth(year: newYear, month: newMonth))
        return Day(ordinal: Day.ordinal(year: newYear, month: newMonth, day: clamped))
    }

    public var description: String {
        let (year, month, day) = parts
        guard (0...9999).contains(year) else {
            func pad(_ value: Int, _ width: Int) -> String {
                let text = String(value)
                return String(repeating: "0", count: max(0, width - text.count)) + text
            }
            return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
        }
        // Ten ASCII digits and dashes, written as bytes: warnings and reports format dates per
        // case, and padding and joining strings cost several times more.
        return String(unsafeUninitializedCapacity: 10) { bytes in
            func put(_ value: Int, width: Int, at offset: Int) {
                var rest = value
                for index in stride(from: offset + width - 1, through: offset, by: -1) {
                    bytes[index] = UInt8(ascii: "0") + UInt8(rest % 10)
                    rest /= 10
                }
            }
            put(year, width: 4, at: 0)
            bytes[4] = UInt8(ascii: "-")
            put(month, width: 2, at: 5)
            bytes[7] = UInt8(ascii: "-")
            put(day, width: 2, at: 8)
            return 10
        }
    }

    private static let weekdayNames = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

    /// Lower-case English weekday name, as used in calendar files.
    public var weekdayName: String { Day.weekdayNames[weekday - 1] }

    /// ISO weekday number for a lower-case English weekday name.
    public static func weekday(named name: String) -> Int? {
        weekdayNames.firstIndex(of: name.lowercased()).map { $0 + 1 }
    }
}
