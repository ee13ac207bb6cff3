import Foundation
import Testing

/// Text from a case file reaches Markdown reports as text, never as live HTML: most renderers
/// pass inline HTML through, so a case id `<img … onerror=…>` would run in the reader's browser.
struct MarkdownEscapingTests {
    static let hostileID = "<img src=x onerror=alert(1)> &amp; a|b"
    static let escapedID = "&lt;img src=x onerror=alert(1)&gt; &amp;amp; a\\|b"

    func hostileCase() throws -> String {
        let original = try String(contentsOf: CLI.root.appendingPathComponent("Cases/assembly/rally-late-notice-2024.yaml"), encoding: .utf8)
        let text = original.replacing(/\n  id: [^\n]*/, with: "\n  id: \"\(Self.hostileID)\"")
        #expect(text != original)
        return try CLI.temporaryDirectory(["hostile.yaml": text]).appendingPathComponent("hostile.yaml").path
    }

    @Test func scoreEscapesTheCaseID() throws {
        let result = try CLI.run(["score", "--quiet", "--format", "markdown", try hostileCase()])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("\n| \(Self.escapedID) | ok | "))
        #expect(!result.stdout.contains("<"))
    }

    @Test func compareEscapesTheCaseIDInHeadingsAndCells() throws {
        let result = try CLI.run(["compare", "--format", "markdown", "--from", "2019-01-01", "--to", "2024-01-01", try hostileCase()])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("**\(Self.escapedID)** — "))
        #expect(result.stdout.contains("\n| \(Self.escapedID) | "))
        #expect(!result.stdout.contains("<"))
    }

    @Test func aBrokenCaseIsEscapedInItsErrorRowToo() throws {
        let directory = try CLI.temporaryDirectory(["<b>.yaml": "case: {id: x, as_of: 2024-13-01}\nfacts: {}\n"])
        let result = try CLI.run(["score", "--quiet", "--format", "markdown", directory.path])
        #expect(result.status == 2)
        #expect(result.stdout.contains("&lt;b&gt;.yaml | error: "))
        #expect(!result.stdout.contains("<"))
    }
}
