import Testing
@testable import YAMLSource

/// The byte-level shortcuts of diagnostics against the general paths they skip.
@Suite("Diagnostic fast paths")
struct FastPathTests {
    static let texts = [
        "", "\n", "a", "a\nb", "a\n", "a\r\nb\rc\n", "one\u{85}two\u{2028}three\u{2029}four",
        "\u{FEFF}bom\nx", "é\nÿ\u{A0}\n\u{2027}\u{202F}", "a\n\n\nb\r\n\r\n", "\r\r\n\n",
    ] + (0..<20).map { shift in
        // Every kind of break and near miss at every offset in an eight-byte word.
        String(repeating: "x", count: shift) + "key: value\nnext\r\nlong line without a break at all\u{85}é\u{2028}\u{2029}\u{2027}\u{A0}\u{C2}\r"
            + String(repeating: "y", count: 17 + shift) + "\n" + String(repeating: "z", count: shift)
    }

    /// The lines of `text` as libyaml counts them, scalar by scalar: the reference.
    static func referenceLines(_ text: String) -> [String] {
        var lines: [String] = [], current = "", previousWasCR = false
        for scalar in text.unicodeScalars {
            if previousWasCR, scalar == "\n" {
                previousWasCR = false
                continue
            }
            previousWasCR = scalar == "\r"
            if ["\n", "\r", "\u{85}", "\u{2028}", "\u{2029}"].contains(scalar) {
                lines.append(current)
                current = ""
            } else {
                current.unicodeScalars.append(scalar)
            }
        }
        return lines + [current]
    }

    /// Lines looked up in any order, past the last line too, as the whole table gives them,
    /// whether the table was built to them or beyond.
    @Test(arguments: texts)
    func lineScansAgreeWithTheLineTable(_ text: String) {
        let bounds = SourceFile.lineBounds(of: text)
        let utf8 = Array(text.utf8)
        let reference = Self.referenceLines(text)
        #expect(bounds.map { String(decoding: utf8[$0.start..<$0.end], as: UTF8.self) } == reference)
        func expected(_ number: Int) -> String? {
            guard number >= 1, number <= reference.count else { return nil }
            let line = reference[number - 1]
            return line.unicodeScalars.first == "\u{FEFF}" ? String(line.unicodeScalars.dropFirst()) : line
        }
        let numbers = Array(0...(bounds.count + 1))
        for order in [numbers, numbers.reversed(), numbers.filter { $0 % 2 == 1 } + numbers] {
            let file = SourceFile(path: "x", text: text)
            for number in order + order {
                #expect(file.line(number) == expected(number), "line \(number) of \(text.debugDescription)")
            }
        }
    }

    /// The byte check finds exactly the texts the scalar check finds.
    @Test(arguments: [
        "plain", "", "é ü Ω 中文 😀", "\u{A0}nbsp", "\u{2027}\u{202F}\u{2070}", "\u{2065}\u{206A}—", "x\u{C2}", "\u{7E}\u{80}", "tab\there", "nl\n", "\u{7F}", "\u{85}",
        "\u{9F}", "\u{2028}", "\u{2029}", "\u{202A}x", "\u{202E}", "\u{2066}", "\u{2069}", "\u{1B}[2J", "\u{0}",
    ])
    func escapingIsUnchangedByTheByteCheck(_ text: String) {
        let needs = text.unicodeScalars.contains(where: DisplayText.needsEscape)
        #expect(DisplayText.mayNeedEscape(text) == needs)
        #expect((DisplayText.escaped(text) != text) == needs)
    }

    /// A printable ASCII line is shown as written, the caret at its column (clamped).
    @Test func asciiExcerptIsTheLineItself() {
        let line = "  legal_fom: public_association"
        for column in [-1, 0, 1, 3, 31, 32, 33, 99] {
            let (text, caret) = Diagnostic.excerpt(line, column: column)
            #expect(text == line)
            #expect(caret == min(max(column - 1, 0), line.utf8.count))
        }
        #expect(Diagnostic.excerpt("a\tb", column: 3) == ("a b", 2))
        #expect(Diagnostic.excerpt("é\u{1}", column: 2) == ("é\u{FFFD}", 1))
        let long = String(repeating: "x", count: Diagnostic.maxLineWidth + 1)
        #expect(Diagnostic.excerpt(long, column: 1).text.hasSuffix("…"))
        #expect(Diagnostic.excerpt(String(long.dropLast()), column: 1).text == String(long.dropLast()))
    }
}
