import Testing
@testable import YAMLSource

@Suite("Rejected documents")
struct ErrorTests {
    @Test func duplicateKeyPointsAtSecondWithNoteAtFirst() throws {
        let f = Fixture("""
            1️⃣name: a
            other: b
            2️⃣name: c
            """)
        let error = try #require(f.error())
        #expect(error.message == "duplicate key `name`")
        #expect(error.location == f[2])
        #expect(error.severity == .error)
        #expect(error.path == YAML.path)
        #expect(error.sourceLine == "name: c")
        let note = try #require(error.notes.first)
        #expect(error.notes.count == 1)
        #expect(note.message == "first defined here")
        #expect(note.location == f[1])
        #expect(note.sourceLine == "name: a")
    }

    @Test func duplicateKeyInNestedFlowMapping() throws {
        let f = Fixture("outer:\n  inner: {1️⃣a: 1, b: 2, 2️⃣\"a\": 3}\n")
        let error = try #require(f.error())
        #expect(error.message == "duplicate key `a`")
        #expect(error.location == f[2])
        #expect(error.notes.first?.location == f[1])
    }

    @Test func sameKeyInDifferentMappingsIsFine() throws {
        #expect(try YAML.parse("a: {x: 1}\nb: {x: 2}\nc: [{x: 1}, {x: 2}]\n") != nil)
    }

    @Test("Non-scalar keys", arguments: [
        "? 1️⃣[a, b]\n: c\n",
        "{1️⃣[a]: b}",
        "? 1️⃣{a: 1}\n: c\n",
        "list: &l [a]\nm:\n  ? 1️⃣*l\n  : v\n",
    ])
    func nonScalarKeys(text: String) throws {
        let f = Fixture(text)
        let error = try #require(f.error())
        #expect(error.message == "mapping keys must be scalars")
        #expect(error.location == f[1])
    }

    @Test func mergeKeysAreRejected() throws {
        let f = Fixture("""
            base: &b {x: 1}
            derived:
              1️⃣<<: *b
              y: 2
            """)
        let error = try #require(f.error())
        #expect(error.message == "merge keys (`<<`) are not supported")
        #expect(error.location == f[1])
        // Only the plain `<<` is the merge key; a quoted one is an ordinary string.
        #expect(try YAML.mapping("'<<': x")["<<"]?.scalar?.text == "x")
    }

    @Test func unknownAlias() throws {
        let f = Fixture("a: 1\nb: 1️⃣*nope\n")
        let error = try #require(f.error())
        #expect(error.location == f[1])
        #expect(error.message == "unknown alias `*nope`: no anchor `&nope` is defined before it")
    }

    @Test func aliasUsedBeforeItsAnchor() throws {
        let f = Fixture("a: 1️⃣*x\nb: &x 1\n")
        #expect(f.error()?.location == f[1])
    }

    @Test func recursiveAlias() throws {
        let f = Fixture("a: &r [1, 1️⃣*r]\n")
        let error = try #require(f.error())
        #expect(error.location == f[1])
        #expect(error.message.contains("recursive"))
    }

    @Test func billionLaughsIsRejected() throws {
        var lines = [#"a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]"#]
        let names = ["a", "b", "c", "d", "e", "f", "g", "h", "i"]
        for (previous, name) in zip(names, names.dropFirst()) {
            let refs = Array(repeating: "*\(previous)", count: 9).joined(separator: ",")
            lines.append("\(name): &\(name) [\(refs)]")
        }
        let text = lines.joined(separator: "\n") + "\n"
        #expect(text.utf8.count < 1024)
        let error = try #require(YAML.error(text))
        #expect(error.message == "alias expansion exceeds 100000 nodes (billion-laughs protection)")
        let location = try #require(error.location)
        #expect(error.sourceLine?.unicodeScalars.dropFirst(location.column - 1).first == "*")
    }

    @Test func aliasExpansionLimitIsConfigurable() throws {
        let text = "a: &a [1, 2, 3]\nb: [*a, *a]\n"
        #expect(try YAML.parse(text, limits: YAMLLimits(maxAliasExpansion: 8)) != nil)
        let error = YAML.error(text, limits: YAMLLimits(maxAliasExpansion: 7))
        #expect(error?.message == "alias expansion exceeds 7 nodes (billion-laughs protection)")
        #expect(error?.location == loc(2, 9))
    }

    @Test func deepFlowNestingIsRejected() throws {
        let depth = 100_000
        let text = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
        let error = try #require(YAML.error(text))
        #expect(error.message == "nesting deeper than 256 levels")
        #expect(error.location == loc(1, 257))
    }

    @Test func deepBlockNestingIsRejected() throws {
        let text = (0..<300).map { String(repeating: "  ", count: $0) + "a:" }.joined(separator: "\n") + " x\n"
        let error = try #require(YAML.error(text))
        #expect(error.message == "nesting deeper than 256 levels")
        #expect(error.location == loc(257, 513))
    }

    @Test func nestingAtTheLimitIsAccepted() throws {
        let text = String(repeating: "[", count: 256) + String(repeating: "]", count: 256)
        #expect(try YAML.parse(text) != nil)
        #expect(YAML.error(text, limits: YAMLLimits(maxDepth: 255))?.message == "nesting deeper than 255 levels")
    }

    @Test func aliasesCannotBypassTheDepthLimit() throws {
        let deep = String(repeating: "[", count: 200) + String(repeating: "]", count: 200)
        // Root mapping (1) + `wrap` open brackets + the 200-deep aliased node.
        func text(wrap: Int) -> String {
            "a: &d \(deep)\nb: " + String(repeating: "[", count: wrap) + "*d" + String(repeating: "]", count: wrap) + "\n"
        }
        #expect(try YAML.parse(text(wrap: 55)) != nil)
        let error = try #require(YAML.error(text(wrap: 56)))
        #expect(error.message == "nesting deeper than 256 levels")
        #expect(error.location == loc(2, 60))
    }

    @Test("libyaml syntax errors carry line:column", arguments: [
        ("key: [unclosed1️⃣", "did not find expected ',' or ']' while parsing a flow sequence"),
        ("a:\n1️⃣\tb: c\n", "found a tab character that cannot start any token (indent YAML with spaces, not tabs)"),
        ("a: b1️⃣: c\n", "mapping values are not allowed in this context (a value that holds `: ` must be quoted: `a: \"b: c\"`)"),
        ("a:\n  b: c\n   d1️⃣: e\n", "mapping values are not allowed in this context (this line is indented deeper than the key above it: keys of one mapping line up)"),
        ("- a\n1️⃣b: c\n", "did not find expected '-' indicator while parsing a block collection (a field of a list item lines up with the item's first field, after `- `; a new item begins with `- `)"),
        ("a:\n    b: c\n  1️⃣d: e\n", "did not find expected key while parsing a block mapping (this line is indented less than the key above it: keys of one mapping line up)"),
        ("a: \"x1️⃣\\q\"\n", "found unknown escape character while parsing a quoted scalar"),
    ])
    func syntaxErrors(text: String, message: String) throws {
        let f = Fixture(text)
        let error = try #require(f.error())
        #expect(error.message == message)
        #expect(error.location == f[1])
    }

    @Test func syntaxErrorNotesWhereTheConstructStarted() throws {
        let f = Fixture("list: 1️⃣[a, b\nnext2️⃣: 1\n")
        let error = try #require(f.error())
        #expect(error.location == f[2])
        #expect(error.notes.map(\.message) == ["a flow sequence started here"])
        #expect(error.notes.first?.location == f[1])
    }

    @Test("A second document is rejected", arguments: [
        "a: 1\n1️⃣---\nb: 2\n",
        "--- a\n...\n1️⃣--- b\n",
        "--- a\n1️⃣--- b\n",
    ])
    func multipleDocuments(text: String) throws {
        let f = Fixture(text)
        let error = try #require(f.error())
        #expect(error.message == "expected a single YAML document; found a second document")
        #expect(error.location == f[1])
    }

    @Test("Unsupported tags", arguments: [
        ("a: 1️⃣!foo bar", "unsupported tag `!foo`"),
        ("a: 1️⃣!!binary aGk=", "unsupported tag `!!binary`"),
        ("a: 1️⃣!!timestamp 2001-12-14", "unsupported tag `!!timestamp`"),
        ("a: 1️⃣!<tag:example.com,2000:x> y", "unsupported tag `tag:example.com,2000:x`"),
        ("a: 1️⃣!custom {b: 1}", "unsupported tag `!custom`"),
        ("a: 1️⃣!!set {b: 1}", "unsupported tag `!!set`"),
        ("a: 1️⃣!!map [b]", "tag `!!map` cannot be applied to a sequence"),
        ("a: 1️⃣!!seq x", "tag `!!seq` cannot be applied to a scalar"),
        ("a: 1️⃣!!int abc", "`abc` is not a valid `!!int` value"),
        ("a: 1️⃣!!bool yes", "`yes` is not a valid `!!bool` value"),
    ])
    func unsupportedTags(text: String, message: String) throws {
        let f = Fixture(text)
        let error = try #require(f.error())
        #expect(error.message == message)
        #expect(error.location == f[1])
    }

    @Test func coreTagsAreAccepted() throws {
        let root = try YAML.mapping("s: !!str x\ni: !!int 1\nb: !!bool true\nf: !!float 1.5\nn: !!null ~\nq: !!seq [a]\nm: !!map {a: 1}\nx: ! {a: 1}\n")
        #expect(root.entries.count == 8)
    }

    @Test func invalidUTF8IsReportedWithALocation() throws {
        let bytes = Array("a: ok\nb: x".utf8) + [0xFF] + Array("y\n".utf8)
        let file = SourceFile(path: "bad.yaml", text: String(decoding: bytes, as: UTF8.self))
        do {
            _ = try YAMLReader.parse(bytes, file: file)
            Issue.record("invalid UTF-8 was accepted")
        } catch {
            #expect(error.message.hasPrefix("invalid leading UTF-8 octet"))
            #expect(error.location == loc(2, 5))
            #expect(error.path == "bad.yaml")
        }
    }

    @Test func truncatedUTF8SequenceIsReported() throws {
        let bytes = Array("a: é ".utf8) + [0xC3]
        do {
            _ = try YAMLReader.parse(bytes, file: SourceFile(path: "t.yaml", text: String(decoding: bytes, as: UTF8.self)))
            Issue.record("truncated UTF-8 was accepted")
        } catch {
            #expect(error.location == loc(1, 6))
        }
    }

    @Test func controlCharactersAreReported() throws {
        let error = try #require(YAML.error("a: ok\nb: \u{1}\n"))
        #expect(error.message == "control characters are not allowed (U+0001)")
        #expect(error.location == loc(2, 4))
    }

    @Test func scalarLengthLimit() throws {
        let limits = YAMLLimits(maxScalarLength: 10)
        #expect(try YAML.parse("v: 0123456789", limits: limits) != nil)
        let error = YAML.error("v: 0123456789a", limits: limits)
        #expect(error?.message == "scalar is longer than 10 bytes")
        #expect(error?.location == loc(1, 4))
    }

    @Test func nodeCountLimit() throws {
        let limits = YAMLLimits(maxNodes: 5)
        #expect(try YAML.parse("[1, 2, 3, 4]", limits: limits) != nil)
        let error = YAML.error("[1, 2, 3, 4, 5]", limits: limits)
        #expect(error?.message == "document has more than 5 nodes")
        #expect(error?.location == loc(1, 14))
    }

    @Test func byteLimitInParse() throws {
        let error = YAML.error("a: 1234567890", limits: YAMLLimits(maxBytes: 8))
        #expect(error?.location == nil)
        #expect(error?.message == "file is too large (13 bytes; the limit is 8 bytes)")
    }
}
