import Testing
@testable import YAMLSource

@Suite("Tree structure and locations")
struct StructureTests {
    @Test func nestedNodeLocations() throws {
        let f = Fixture("""
            1️⃣name: 2️⃣Example
            3️⃣items:
              4️⃣- 5️⃣first
              - 6️⃣{7️⃣k: 8️⃣[9️⃣1, 2]}
            """)
        let root = try #require(try f.parse()?.mapping)
        #expect(root.range.start == f[1])
        #expect(root.entries.map(\.key.text) == ["name", "items"])
        #expect(root.entries[0].key.range.start == f[1])
        #expect(root["name"]?.location == f[2])
        #expect(root.entries[1].key.range.start == f[3])

        let items = try #require(root["items"]?.sequence)
        #expect(items.range.start == f[4])
        #expect(items.items[0].location == f[5])
        let flow = try #require(items.items[1].mapping)
        #expect(flow.range.start == f[6])
        #expect(flow.entries[0].key.range.start == f[7])
        let inner = try #require(flow["k"]?.sequence)
        #expect(inner.range.start == f[8])
        #expect(inner.items[0].location == f[9])
        #expect(inner.items.compactMap { $0.scalar?.integer } == [1, 2])
    }

    @Test func rangesEndAfterTheNode() throws {
        let root = try #require(try YAML.parse("key: 'quoted'\nlist: [a, bb]\n")?.mapping)
        #expect(root["key"]?.range == SourceRange(start: loc(1, 6), end: loc(1, 14)))
        #expect(root["list"]?.range == SourceRange(start: loc(2, 7), end: loc(2, 14)))
    }

    @Test func columnsCountUnicodeScalars() throws {
        let f = Fixture("ключ: 1️⃣значение\nemoji: [🙂, 2️⃣x]\n")
        let root = try #require(try f.parse()?.mapping)
        #expect(root["ключ"]?.location == f[1])
        #expect(root["emoji"]?.sequence?.items[1].location == f[2])
    }

    @Test func crlfLineEndings() throws {
        let root = try #require(try YAML.parse("a: 1\r\nb:\r\n  - x\r\n")?.mapping)
        #expect(root["b"]?.sequence?.items[0].location == loc(3, 5))
    }

    @Test func byteOrderMarkIsSkipped() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("a: 1\n".utf8)
        let root = try YAMLReader.parse(bytes, file: SourceFile(path: "bom.yaml", text: "a: 1\n"))
        #expect(root?.mapping?.entries.first?.key.range.start == loc(1, 1))
    }

    @Test func blockAndFlowStylesGiveTheSameTree() throws {
        let block = try #require(try YAML.parse("""
            a: 1
            b:
              - x
              - y
            c:
              d: true
            """))
        let flow = try #require(try YAML.parse("{a: 1, b: [x, y], c: {d: true}}"))
        #expect(Shape(block) == Shape(flow))
        #expect(block.mapping?["c"]?.mapping?["d"]?.scalar?.bool == true)
        #expect(flow.mapping?["b"]?.sequence?.items.map(\.kindName) == ["scalar", "scalar"])
    }

    @Test func scalarStyles() throws {
        let root = try YAML.mapping("""
            plain: text
            single: 'it''s'
            double: "tab\\there"
            literal: |
              line 1
              line 2
            folded: >
              folded
              text
            """)
        #expect(root["plain"]?.scalar?.style == .plain)
        #expect(root["single"]?.scalar?.style == .singleQuoted)
        #expect(root["single"]?.scalar?.text == "it's")
        #expect(root["double"]?.scalar?.style == .doubleQuoted)
        #expect(root["double"]?.scalar?.text == "tab\there")
        #expect(root["literal"]?.scalar?.style == .literal)
        #expect(root["literal"]?.scalar?.text == "line 1\nline 2\n")
        #expect(root["folded"]?.scalar?.style == .folded)
        #expect(root["folded"]?.scalar?.text == "folded text")  // clipped: no final line break
        #expect(root["plain"]?.scalar?.isPlain == true)
        #expect(root["single"]?.scalar?.isPlain == false)
    }

    @Test func nodeAccessorsAndKindNames() throws {
        let root = try #require(try YAML.parse("m: {}\ns: []\nv: x\n"))
        let mapping = try #require(root.mapping)
        #expect(root.kindName == "mapping")
        #expect(mapping["m"]?.kindName == "mapping")
        #expect(mapping["s"]?.kindName == "sequence")
        #expect(mapping["v"]?.kindName == "scalar")
        #expect(mapping["s"]?.mapping == nil)
        #expect(mapping["s"]?.sequence?.items.isEmpty == true)
        #expect(mapping["m"]?.scalar == nil)
        #expect(mapping["missing"] == nil)
        #expect(mapping.entry("v")?.key.range.start == loc(3, 1))
        #expect(mapping.entry("nope") == nil)
    }

    @Test func anchorsAndAliasesAreResolved() throws {
        let root = try YAML.mapping("""
            base: &b {x: 1, y: [a, b]}
            copy: *b
            name: &n hello
            again: *n
            """)
        #expect(root["copy"] == root["base"])
        #expect(root["again"]?.scalar?.text == "hello")
    }

    @Test func rootScalarAndSequence() throws {
        #expect(try YAML.parse("just text")?.scalar?.text == "just text")
        #expect(try YAML.parse("- 1\n- 2\n")?.sequence?.items.count == 2)
        #expect(try YAML.parse("~")?.scalar?.isNull == true)
        #expect(try YAML.parse("--- ''\n")?.scalar?.text == "")
    }

    @Test("Empty documents give nil", arguments: [
        "", "\n\n", "   \n", "# only a comment\n", "# one\n# two", "---\n", "--- # comment\n...\n",
    ])
    func emptyDocuments(text: String) throws {
        #expect(try YAML.parse(text) == nil)
    }

    @Test func largeMappingsStillDetectDuplicatesAndKeepOrder() throws {
        let keys = (0..<100).map { "key\($0)" }
        let text = keys.map { "\($0): \($0)" }.joined(separator: "\n")
        let root = try YAML.mapping(text)
        #expect(root.entries.map(\.key.text) == keys)
        #expect(root["key99"]?.scalar?.text == "key99")
        let duplicate = YAML.error(text + "\nkey3: again\n")
        #expect(duplicate?.message == "duplicate key `key3`")
        #expect(duplicate?.location == loc(101, 1))
        #expect(duplicate?.notes.first?.location == loc(4, 1))
    }
}

/// The structure of a tree without locations or styles, for comparing block and flow.
private indirect enum Shape: Equatable {
    case scalar(String)
    case sequence([Shape])
    case mapping([String], [Shape])

    init(_ node: YAMLNode) {
        switch node {
        case .scalar(let scalar): self = .scalar(scalar.text)
        case .sequence(let sequence): self = .sequence(sequence.items.map(Shape.init))
        case .mapping(let mapping):
            self = .mapping(mapping.entries.map(\.key.text), mapping.entries.map { Shape($0.value) })
        }
    }
}
