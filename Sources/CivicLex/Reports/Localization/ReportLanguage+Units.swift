/// Units of parameter values ("5 working days", "16 регионов") in a report's language.
extension ReportLanguage {
    /// The unit's name after `value`, or, without a value, as a heading names it ("regions",
    /// "регионов"); nil where the catalogue has no entry for the unit. A counted unit is a plural
    /// entry, so the noun agrees with the number: 1 регион, 2 района, 5 организаций.
    public func unitName(_ unit: String, after value: Double? = nil) -> String? {
        let key = "unit." + unit
        if EnglishMessages.plurals[key] != nil {
            // A fraction takes the form of 2 ("2,5 региона", "2.5 regions"); no number, that of 5.
            let count = value.map { $0 == $0.rounded(.towardZero) && abs($0) < 1e9 ? Int($0) : 2 } ?? 5
            return messages.plural(key, count: count)
        }
        return EnglishMessages.entries[key] == nil ? nil : messages[key]
    }
}
