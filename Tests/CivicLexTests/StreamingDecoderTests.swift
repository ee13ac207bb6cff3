@testable import CivicLex
import Foundation
import Testing
import YAMLSource

/// The streaming case decoder against the tree loader: for every file, the same `Case` and
/// warnings, or the same diagnostics; and the decoder hands every unusual file to the tree.
@Suite struct StreamingDecoderTests {
    /// What a user can see of a load: the case's fields and warnings, or the errors, as text.
    struct Outcome: Equatable, CustomStringConvertible {
        var text: String
        var facts: [Value?]?

        init(_ load: () throws(DiagnosticList) -> Case) {
            do {
                let loaded = try load()
                let expectation = Self.describe(loaded.expectation)
                text = """
                    id: \(loaded.id)
                    title: \(loaded.title)
                    path: \(loaded.path)
                    as_of: \(loaded.asOf)
                    areas: \(String(describing: loaded.areas))
                    notes: \(String(describing: loaded.notes))
                    expectation: \(expectation)
                    warnings:
                    \(loaded.warnings.map { $0.rendered() }.joined(separator: "\n"))
                    """
                facts = loaded.facts
            } catch {
                text = "errors:\n" + error.diagnostics.map { $0.rendered() }.joined(separator: "\n")
                facts = nil
            }
        }

        var description: String { text + "\nfacts: \(String(describing: facts))" }

        /// Every field, with the fines of sanction claims in key order (a dictionary's own
        /// order differs between two equal dictionaries).
        static func describe(_ expectation: CivicLex.Expectation?) -> String {
            guard var expectation else { return "nil" }
            let sanctions = expectation.sanctions.map { claim in
                "\(claim.ruleID) \(claim.sanctionIDs) \(claim.tenge.sorted { $0.key < $1.key }) \(claim.location)"
            }
            expectation.sanctions = []
            return "\(expectation) sanctions: \(sanctions)"
        }
    }

    static func loaders(_ limits: YAMLLimits = .default) -> (streaming: CaseLoader, tree: CaseLoader) {
        var tree = CaseLoader(law: bundledLaw, limits: limits)
        tree.usesStreamingDecoder = false
        return (CaseLoader(law: bundledLaw, limits: limits), tree)
    }

    /// Loads `path` both ways and checks they agree; returns whether the streaming decoder
    /// read it itself (rather than handing it to the tree loader).
    @discardableResult
    static func compare(path: String, limits: YAMLLimits = .default) -> Bool {
        let (streaming, tree) = loaders(limits)
        let fast = Outcome { () throws(DiagnosticList) in try streaming.load(path: path) }
        let slow = Outcome { () throws(DiagnosticList) in try tree.load(path: path) }
        #expect(fast == slow, "\(path)")
        guard let bytes = try? YAMLReader.readBytes(path: path, limits: limits) else { return false }
        return streaming.loadStreaming(bytes, file: { YAMLReader.sourceFile(path: path, bytes: bytes) }) != nil
    }

    /// The same for text; returns whether the streaming decoder read it itself.
    @discardableResult
    static func compare(text: String, limits: YAMLLimits = .default, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> Bool {
        let (streaming, tree) = loaders(limits)
        let fast = Outcome { () throws(DiagnosticList) in try streaming.load(text: text, path: "case.yaml") }
        let slow = Outcome { () throws(DiagnosticList) in try tree.load(text: text, path: "case.yaml") }
        #expect(fast == slow, sourceLocation: sourceLocation)
        return streaming.loadStreaming(Array(text.utf8), file: { SourceFile(path: "case.yaml", text: text) }) != nil
    }

    static func yamlFiles(under directory: String) -> [String] {
        let enumerator = FileManager.default.enumerator(atPath: directory)
        var files: [String] = []
        while let name = enumerator?.nextObject() as? String {
            if name.hasSuffix(".yaml") { files.append(directory + "/" + name) }
        }
        return files.sorted()
    }

    @Test func bundledCasesDecodeAlikeAndStreamed() {
        let files = Self.yamlFiles(under: repositoryRoot.appendingPathComponent("Cases").path)
        #expect(files.count > 100)
        let streamed = files.filter { Self.compare(path: $0) }
        // Every bundled case is an ordinary file: none needs the tree loader.
        #expect(streamed == files)
    }

    @Test func fixtureCasesDecodeAlikeAndStreamed() {
        let files = Self.yamlFiles(under: repositoryRoot.appendingPathComponent("Tests/Fixtures").path)
        #expect(!files.isEmpty)
        let streamed = files.filter { Self.compare(path: $0) }
        #expect(streamed == files)
    }

    @Test func malformedCasesGiveTheSameDiagnostics() throws {
        let directory = repositoryRoot.appendingPathComponent("Tests/CLITests/Malformed/cases").path
        let files = try FileManager.default.contentsOfDirectory(atPath: directory).filter { $0.hasSuffix(".yaml") }.sorted()
        #expect(files.count > 80)
        for name in files { Self.compare(path: directory + "/" + name) }
    }

    @Test func generatedCasesDecodeAlikeAndStreamed() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("civiclex-generated-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let generator = Process()
        generator.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        generator.arguments = ["python3", repositoryRoot.appendingPathComponent("bench/generate.py").path, "300", directory, "15"]
        try generator.run()
        generator.waitUntilExit()
        #expect(generator.terminationStatus == 0)
        let files = Self.yamlFiles(under: directory)
        #expect(files.count == 300)
        let streamed = files.filter { Self.compare(path: $0) }
        #expect(streamed == files)
    }

    static let header = "case: {id: x, title: T, as_of: 2024-06-01}\n"

    /// Shapes the decoder reads itself, each with the tree loader's result.
    @Test(arguments: [
        header + "facts:\n  org:\n    legal_form: public_association\n    registered: true\n",
        header + "facts:\n  org.legal_form: public_association\n  org:\n    registered: true\n",
        header + "facts: {org: {legal_form: 'public_association', registered: True, members_count: 0x1F}}\n",
        header + "facts:\n  \"org\":\n    'legal_form': public_association\n    name: \"A \\u00e9 \\t\"\n",
        header + "facts:\n  org:\n    legal_form: ~\n    registered:\n    name: null\n",
        header + "facts: {}\n",
        header + "facts: ~\n",
        header,
        "case:\n  id: ~\n  as_of: 2024-06-01\n  areas: []\n  notes: |\n    several\n    lines\nfacts:\n  org.registered: true\n",
        "case:\n  as_of: '2024-06-01'\n  areas: registration\nfacts:\n  org.registered: true\n",
        "case:\n  as_of: 2031-06-01\n  areas: [registration, assembly]\nfacts:\n  org.registered: true\n",
        "\u{FEFF}case:\r\n  as_of: 2024-06-01\r\nfacts:\r\n  org.registered: true\r\n",
        header + "facts:\n  assemblies:\n    - {form: rally, date: 2024-07-01, filing: notification}\n    - form: march\n      date: \"2023-01-01\"\n      participants: 12\n",
        header + "facts:\n  assemblies: []\n  foreign_receipts:\n    - received_on: 2024-01-05\n      amount: 1.5e6\n",
        header + "facts:\n  org.registered: true\nexpect:\n  violations: [KZ-REG-009]\n  outcomes: {KZ-REG-303: compliant}\n  scores: {risk: {min: 0, max: 100}}\n",
        header + "facts:\n  org.registered: true\nexpect: ~\n",
        "# comment\ncase: {id: \"\\e[2J\", title: \"x\", as_of: 2024-06-01} # trailing\nfacts:\n  org.registered: true\n",
    ])
    func ordinaryShapesAreStreamed(_ text: String) {
        #expect(Self.compare(text: text))
    }

    /// Everything else is the tree loader's, so its diagnostics stay exactly as they were.
    @Test(arguments: [
        // Anchors, aliases, tags, merge keys.
        header + "facts:\n  org:\n    legal_form: &form public_association\n    name: *form\n",
        header + "facts:\n  org: &org {registered: true}\n",
        header + "facts:\n  org:\n    registered: !!bool true\n",
        header + "facts:\n  org:\n    name: !custom x\n",
        header + "facts:\n  org: !!map {registered: true}\n",
        header + "base: &b {registered: true}\nfacts:\n  org:\n    <<: *b\n",
        // Duplicate keys, also equal only after normalisation, and facts stated twice.
        header + "facts:\n  org:\n    registered: true\n    registered: false\n",
        header + "facts:\n  org: {registered: true}\n  org: {active: true}\n",
        header + "facts:\n  org: {registered: true}\n  org.registered: false\n",
        "case: {id: x, id: y, as_of: 2024-06-01}\n",
        header + "facts:\n  assemblies:\n    - {form: rally, form: march}\n",
        header + "expect:\n  outcomes:\n    KZ-REG-303: compliant\n    KZ-REG-303: violation\n",
        header + "expect:\n  scores:\n    \u{E9}t\u{E9}: {min: 0}\n    e\u{301}te\u{301}: {min: 0}\n",
        // Unknown keys and wrong kinds.
        header + "facts:\n  org:\n    legal_fom: public_association\n",
        header + "facts:\n  assemblies:\n    - {form: rally, dat: 2024-01-01}\n",
        header + "extra: 1\n",
        "case: {as_of: 2024-06-01, nots: x}\n",
        header + "facts:\n  org: true\n",
        header + "facts:\n  org:\n    registered: [true]\n",
        header + "facts:\n  assemblies: {form: rally}\n",
        header + "facts:\n  assemblies:\n    - rally\n",
        header + "facts: [1]\n",
        "case: [1]\n",
        "- 1\n",
        "case: {as_of: 2024-06-01, areas: {a: 1}}\n",
        "case: {as_of: 2024-06-01, areas: [nowhere]}\n",
        "case: {as_of: 2024-06-01, title: [x]}\n",
        // Values the tree loader reports.
        header + "facts:\n  org:\n    registered_on: 2021-02-30\n",
        header + "facts:\n  org:\n    registered_on: |\n      2021-02-03\n",
        header + "facts:\n  org:\n    registered: yes\n",
        header + "facts:\n  org:\n    registered: \"true\"\n",
        header + "facts:\n  org:\n    members_count: -1\n",
        header + "facts:\n  org:\n    members_count: 99999999999999999999\n",
        header + "facts:\n  org:\n    legal_form: Public_association\n",
        header + "facts:\n  foreign_receipts:\n    - amount: .inf\n",
        header + "expect:\n  violations: [KZ-NOPE-1]\n",
        header + "expect: nothing\n",
        "case: {as_of: 2024-13-01}\n",
        "case: {as_of: ~}\n",
        "case: {title: x}\n",
        "facts:\n  org.registered: true\n",
        // Syntax, documents, empty input.
        header + "facts:\n  org: {registered: true\n",
        header + "---\ncase: {as_of: 2024-06-01}\n",
        "",
        "---\n",
        "# only a comment\n",
        "? [a]\n: 1\n",
        header + "facts:\n\torg: {}\n",
    ])
    func unusualShapesGoToTheTreeLoader(_ text: String) {
        #expect(!Self.compare(text: text))
    }

    @Test func limitsAreLeftToTheTreeLoader() {
        let text = Self.header + "facts:\n  org:\n    name: \(String(repeating: "n", count: 100))\n    registered: true\n"
        #expect(Self.compare(text: text))
        #expect(!Self.compare(text: text, limits: YAMLLimits(maxDepth: 2)))
        #expect(Self.compare(text: text, limits: YAMLLimits(maxDepth: 3)))
        #expect(!Self.compare(text: text, limits: YAMLLimits(maxScalarLength: 99)))
        #expect(!Self.compare(text: text, limits: YAMLLimits(maxNodes: 10)))
        #expect(!Self.compare(text: text, limits: YAMLLimits(maxBytes: 50)))
    }

    @Test func invalidUTF8IsLeftToTheTreeLoader() throws {
        let directory = try temporaryDirectory([:])
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let path = directory + "/latin1.yaml"
        let bytes = Array(Self.header.utf8) + Array("facts:\n  org:\n    name: Caf".utf8) + [0xE9] + Array("\n".utf8)
        #expect(FileManager.default.createFile(atPath: path, contents: Data(bytes)))
        #expect(!Self.compare(path: path))
    }

    @Test func aListOverTheLimitIsLeftToTheTreeLoader() {
        let items = String(repeating: "  - {form: rally}\n", count: ValueDecoder.defaultMaxListLength + 1)
        let text = Self.header + "facts:\n  assemblies:\n" + items
        let (streaming, _) = Self.loaders()
        #expect(streaming.loadStreaming(Array(text.utf8), file: { SourceFile(path: "case.yaml", text: text) }) == nil)
    }
}
