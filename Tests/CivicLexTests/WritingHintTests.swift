import CivicLex
import Testing

/// What an error suggests for a value written the way people write it in a letter.
@Suite struct WritingHintTests {
    @Test(arguments: [
        ("12.06.2024", "`2024-06-12` (12 June 2024)"),
        ("1.6.2024", "`2024-06-01` (1 June 2024)"),
        ("12/06/2024", "`2024-06-12` (12 June 2024)"),
        ("12-06-2024", "`2024-06-12` (12 June 2024)"),
        ("12.06.24", "`2024-06-12` (12 June 2024)"),
        ("2024-6-1", "`2024-06-01` (1 June 2024)"),
        ("2024/06/01", "`2024-06-01` (1 June 2024)"),
        ("2024.06.01", "`2024-06-01` (1 June 2024)"),
        ("12.06.2024 г.", "`2024-06-12` (12 June 2024)"),
        ("12 июня 2024", "`2024-06-12` (12 June 2024)"),
        ("3 мая 2023 года", "`2023-05-03` (3 May 2023)"),
        ("1 марта 2023", "`2023-03-01` (1 March 2023)"),
        ("5 December 2022", "`2022-12-05` (5 December 2022)"),
        ("2024-06-12T10:00:00", "`2024-06-12` (12 June 2024)"),
        ("2024-06-12 10:00", "`2024-06-12` (12 June 2024)"),
    ])
    func aDateWrittenAnotherWayIsReadBack(_ written: String, _ suggested: String) {
        #expect(WritingHint.date(written) == suggested)
    }

    @Test(arguments: ["31.02.2024", "2024-13-01", "12.06", "June", "", "2024-06-12", "12.06.2024.1", "99/99/9999"])
    func noDateIsMadeUp(_ written: String) {
        #expect(WritingHint.date(written) == nil)
    }

    @Test(arguments: [
        ("5,000,000", false, "5000000"), ("5 000 000", false, "5000000"), ("5\u{00A0}000\u{00A0}000", false, "5000000"),
        ("5'000'000", false, "5000000"), ("5.000.000", false, "5000000"), ("5000000 тенге", false, "5000000"),
        ("5 000 000 KZT", false, "5000000"), ("₸5000", false, "5000"), ("1 500,50", false, "1500.50"),
        ("1,500.50", false, "1500.50"), ("18,5", false, "18.5"), ("12 человек", true, "12"), ("1 200", true, "1200"),
    ])
    func aNumberWithSeparatorsOrAUnitIsReadBack(_ written: String, _ wholeOnly: Bool, _ suggested: String) {
        #expect(WritingHint.number(written, wholeOnly: wholeOnly) == suggested)
    }

    @Test(arguments: [("18,5", true), ("ten", false), ("1,2,3", false), ("5.000", false), ("5000", false), ("1.5.2024", false)])
    func noNumberIsMadeUp(_ written: String, _ wholeOnly: Bool) {
        #expect(WritingHint.number(written, wholeOnly: wholeOnly) == nil)
    }

    @Test func yesAndNoInEitherLanguageAreBooleans() {
        for word in ["yes", "Yes", "y", "on", "да", "Да", "ДА"] { #expect(WritingHint.boolean(word) == true, "\(word)") }
        for word in ["no", "NO", "off", "нет", "Нет"] { #expect(WritingHint.boolean(word) == false, "\(word)") }
        for word in ["maybe", "unknown", "1"] { #expect(WritingHint.boolean(word) == nil, "\(word)") }
    }

    @Test func wordsForUnknownSayHowToLeaveAFactUnknown() {
        for word in ["unknown", "Unknown", "n/a", "?", "неизвестно", "Нет данных", "н/д", "TBD"] {
            #expect(WritingHint.unknownValue(word)?.contains("leave the value empty") == true, "\(word)")
        }
        for word in ["none", "rally", "no"] { #expect(WritingHint.unknownValue(word) == nil, "\(word)") }
    }
}

/// A misspelling that keeps the word's stem but changes its ending (`violated`) still finds
/// the name; a short or unshared stem finds nothing.
@Suite struct SharedStemSuggestionTests {
    @Test func aChangedEndingFindsTheName() {
        #expect(Suggestion.closest(to: "violated", in: ["violation", "undetermined", "pending"]) == "violation")
        #expect(Suggestion.closest(to: "org.unregistered_branch_count", in: ["org.unregistered_branches", "org.registered"]) == "org.unregistered_branches")
    }

    @Test func anAmbiguousOrShortStemFindsNothing() {
        #expect(Suggestion.closest(to: "registered_in_region", in: ["registered_on", "registered_at"]) == nil)
        #expect(Suggestion.closest(to: "viol", in: ["violation", "violence"]) == nil)
        #expect(Suggestion.closest(to: "quorum", in: ["violation"]) == nil)
    }
}
