import Testing
@testable import YAMLSource

@Suite("Diagnostic rendering")
struct DiagnosticTests {
    @Test func renderedFormatIsExact() {
        let file = SourceFile(path: "Cases/a.yaml", text: "org:\n  name: Example\n  kind: club\n  legal_fom: public_association\n")
        let diagnostic = file.diagnostic("unknown fact `org.legal_fom`; did you mean `org.legal_form`?", at: loc(4, 3))
        #expect(diagnostic.sourceLine == "  legal_fom: public_association")
        #expect(diagnostic.rendered() == """
            Cases/a.yaml:4:3: error: unknown fact `org.legal_fom`; did you mean `org.legal_form`?
             4 |   legal_fom: public_association
               |   ^
            """)
        #expect(diagnostic.description == diagnostic.rendered())
    }

    /// Plain printable lines take a shorter path (one string of the exact size); these are its
    /// edges, each next to the same diagnostic that the general path renders (a note attached).
    @Test func plainLinesRenderAsEveryOtherLine() {
        let cases: [(YAMLSource.SourceLocation, String, String)] = [
            (loc(1, 1), "", "a.yaml:1:1: warning: m\n 1 |\n   | ^"),
            (loc(12, 1), "x", "a.yaml:12:1: warning: m\n 12 | x\n    | ^"),
            (loc(3, 0), "abc", "a.yaml:3:0: warning: m\n 3 | abc\n   | ^"),
            (loc(3, 9), "abc", "a.yaml:3:9: warning: m\n 3 | abc\n   |    ^"),
            (loc(1_000, 5), "    - form: picket", "a.yaml:1000:5: warning: m\n 1000 |     - form: picket\n      |     ^"),
        ]
        for (location, line, expected) in cases {
            let diagnostic = Diagnostic(severity: .warning, path: "a.yaml", location: location, message: "m", sourceLine: line)
            #expect(diagnostic.rendered() == expected)
            var noted = diagnostic
            noted.notes = [Diagnostic.Note(message: "n", path: "b.yaml", location: nil)]
            #expect(noted.rendered() == expected + "\nb.yaml: note: n")
        }
        // A path or message to escape, or a line that is not printable ASCII, goes the general way.
        let escaped = Diagnostic(path: "a\u{1B}.yaml", location: loc(1, 2), message: "m\tn", sourceLine: "ab")
        #expect(escaped.rendered() == "a\\x1B.yaml:1:2: error: m\\tn\n 1 | ab\n   |  ^")
        let cyrillic = Diagnostic(path: "дело.yaml", location: loc(2, 3), message: "нет", sourceLine: "ab")
        #expect(cyrillic.rendered() == "дело.yaml:2:3: error: нет\n 2 | ab\n   |   ^")
    }

    @Test func caretGoesUnderTheGivenColumn() {
        let diagnostic = Diagnostic(path: "Cases/a.yaml", location: loc(4, 12), message: "m", sourceLine: "  legal_fom: public_association")
        #expect(diagnostic.rendered() == """
            Cases/a.yaml:4:12: error: m
             4 |   legal_fom: public_association
               |            ^
            """)
    }

    @Test func gutterWidensForLongLineNumbersAndNotesRenderTheSameWay() throws {
        let text = (1...120).map { "k\($0): v" }.joined(separator: "\n") + "\nk7: again\n"
        let error = try #require(YAML.error(text))
        #expect(error.rendered() == """
            Cases/test.yaml:121:1: error: duplicate key `k7`
             121 | k7: again
                 | ^
            Cases/test.yaml:7:1: note: first defined here
             7 | k7: v
               | ^
            """)
    }

    @Test func withoutLocation() {
        let diagnostic = Diagnostic(path: "Cases/missing.yaml", location: nil, message: "cannot open file")
        #expect(diagnostic.rendered() == "Cases/missing.yaml: error: cannot open file")
        let warning = Diagnostic(severity: .warning, path: "x.yaml", location: nil, message: "w")
        #expect(warning.rendered() == "x.yaml: warning: w")
    }

    @Test func locationWithoutSourceLineHasNoSnippet() {
        let diagnostic = Diagnostic(path: "a.yaml", location: loc(2, 3), message: "m")
        #expect(diagnostic.rendered() == "a.yaml:2:3: error: m")
    }

    @Test func colorOnlyWhenAsked() {
        let diagnostic = Diagnostic(path: "a.yaml", location: loc(1, 1), message: "m", sourceLine: "x")
        #expect(!diagnostic.rendered().contains("\u{1B}"))
        #expect(diagnostic.rendered(color: true).hasPrefix("a.yaml:1:1: \u{1B}[1;31merror:\u{1B}[0m m"))
    }

    @Test func tabsExpandToOneSpaceSoTheCaretLinesUp() {
        let diagnostic = Diagnostic(path: "a.yaml", location: loc(1, 4), message: "m", sourceLine: "\t\tab")
        #expect(diagnostic.rendered() == "a.yaml:1:4: error: m\n 1 |   ab\n   |    ^")
    }

    @Test func caretCountsUnicodeScalars() {
        let diagnostic = Diagnostic(path: "a.yaml", location: loc(1, 7), message: "m", sourceLine: "ключ: значение")
        #expect(diagnostic.rendered() == "a.yaml:1:7: error: m\n 1 | ключ: значение\n   |       ^")
    }

    @Test func longLinesAreTruncatedAroundTheColumn() throws {
        let line = String(repeating: "a", count: 300) + "X" + String(repeating: "b", count: 299)
        let diagnostic = Diagnostic(path: "a.yaml", location: loc(9, 301), message: "m", sourceLine: line)
        let rows = diagnostic.rendered().split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(rows.count == 3)
        let source = Array(try #require(rows.dropFirst().first).unicodeScalars)
        let caret = Array(try #require(rows.last).unicodeScalars)
        #expect(source.count < 200)
        #expect(Array(source.prefix(6)) == Array(" 9 | …".unicodeScalars))
        #expect(source.last == "…")
        let caretIndex = try #require(caret.firstIndex(of: "^"))
        #expect(caretIndex == caret.count - 1)
        #expect(source[caretIndex] == "X")
    }

    @Test func longLineTruncatedOnlyAtTheEndNearItsStart() throws {
        let line = "ab" + String(repeating: "c", count: 400)
        let rendered = Diagnostic(path: "a.yaml", location: loc(1, 2), message: "m", sourceLine: line).rendered()
        #expect(rendered.hasPrefix("a.yaml:1:2: error: m\n 1 | abccc"))
        #expect(rendered.hasSuffix("c…\n   |  ^"))
    }

    @Test func caretAtEndOfLine() {
        let diagnostic = Diagnostic(path: "a.yaml", location: loc(1, 4), message: "m", sourceLine: "abc")
        #expect(diagnostic.rendered() == "a.yaml:1:4: error: m\n 1 | abc\n   |    ^")
    }

    @Test func parserErrorAtEndOfInputQuotesTheLastLine() throws {
        let error = try #require(YAML.error("key: [unclosed"))
        #expect(error.rendered() == """
            Cases/test.yaml:1:15: error: did not find expected ',' or ']' while parsing a flow sequence
             1 | key: [unclosed
               |               ^
            Cases/test.yaml:1:6: note: a flow sequence started here
             1 | key: [unclosed
               |      ^
            """)
    }

    @Test("SourceFile.line splits on the breaks libyaml counts", arguments: [
        ("a\nb\nc", 2, "b"), ("a\r\nb\r\n", 2, "b"), ("a\rb", 2, "b"), ("a\u{2028}b", 2, "b"), ("a\u{85}b", 2, "b"),
        ("a\n", 2, ""), ("a", 1, "a"), ("\u{FEFF}a: 1", 1, "a: 1"),
    ] as [(String, Int, String)])
    func sourceLines(text: String, number: Int, expected: String) {
        #expect(SourceFile(path: "x", text: text).line(number) == expected)
    }

    @Test func missingLines() {
        let file = SourceFile(path: "x", text: "a\nb")
        #expect(file.line(0) == nil)
        #expect(file.line(3) == nil)
        #expect(SourceFile(path: "x", text: "").line(1) == "")
    }
}
