import Testing
import YAMLSource

@Suite struct DisplayTextTests {
    @Test func controlCharactersBecomeVisibleEscapes() {
        #expect(DisplayText.escaped("a\u{1B}[2Jb\u{07}") == "a\\x1B[2Jb\\x07")
        #expect(DisplayText.escaped("line\nnext\ttab") == "line\\nnext\\ttab")
        #expect(DisplayText.escaped("evil\u{202E}txt") == "evil\\u{202E}txt")
        #expect(DisplayText.escaped("Қазақстан") == "Қазақстан")
    }

    /// Escapes are found at any offset, past runs of plain text checked eight bytes at a time.
    @Test(arguments: 0..<20)
    func anEscapeIsFoundAtEveryOffset(_ offset: Int) {
        let plain = String(repeating: "p", count: offset)
        for special in ["\u{1B}", "\u{7F}", "\u{85}", "\u{2028}", "\u{202E}", "\u{2067}"] {
            #expect(DisplayText.escaped(plain + special + plain) != plain + special + plain)
        }
        for kept in ["~", " ", "é", "\u{2027}", "\u{A0}", "Қ"] {
            #expect(DisplayText.escaped(plain + kept + plain) == plain + kept + plain)
        }
    }

    @Test func longTextIsCutInTheMiddleWithACount() {
        let text = String(repeating: "a", count: 1_000) + String(repeating: "z", count: 1_000)
        let cut = DisplayText.bounded(text, limit: 200)
        #expect(cut.hasPrefix(String(repeating: "a", count: 150)))
        #expect(cut.hasSuffix(String(repeating: "z", count: 50)))
        #expect(cut.contains("…[1800 characters left out]…"))
        #expect(DisplayText.bounded("short", limit: 200) == "short")
    }

    @Test func aDiagnosticKeepsAWindowOfAHugeLineAndTheCaretOnItsColumn() {
        let line = String(repeating: "x", count: 100_000) + "BAD" + String(repeating: "y", count: 100_000)
        let file = SourceFile(path: "f.yaml", text: "k: " + line + "\n")
        let diagnostic = file.diagnostic("bad value", at: SourceLocation(line: 1, column: 100_004))
        #expect((diagnostic.sourceLine?.unicodeScalars.count ?? 0) <= 400)
        let rendered = diagnostic.rendered().split(separator: "\n")
        let shown = String(rendered[1]), caret = String(rendered[2])
        let caretColumn = caret.distance(from: caret.startIndex, to: caret.firstIndex(of: "^")!)
        let badColumn = shown.distance(from: shown.startIndex, to: shown.range(of: "BAD")!.lowerBound)
        #expect(caretColumn == badColumn)
    }

    @Test func aMessageQuotingAHugeValueIsBounded() {
        let diagnostic = SourceFile(path: "f.yaml", text: "").diagnostic("unknown value `\(String(repeating: "q", count: 1_000_000))`", at: nil)
        #expect(diagnostic.message.unicodeScalars.count < 1_100)
        #expect(diagnostic.message.hasPrefix("unknown value `qqq"))
        #expect(diagnostic.message.hasSuffix("qqq`"))
    }

    @Test func linesAreFoundByNumberInAnyOrder() {
        let file = SourceFile(path: "f.yaml", text: "one\r\ntwo\nthree\u{2028}four")
        #expect(file.line(4) == "four")
        #expect(file.line(1) == "one")
        #expect(file.line(3) == "three")
        #expect(file.line(5) == nil)
    }
}
