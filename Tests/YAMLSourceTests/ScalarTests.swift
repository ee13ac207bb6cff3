import Testing
@testable import YAMLSource

@Suite("Core-schema scalar accessors")
struct ScalarTests {
    @Test("YAML 1.1 booleans stay strings", arguments: ["no", "yes", "on", "off", "NO", "Yes", "y", "n", "ON", "tRUE"])
    func notBooleans(text: String) throws {
        let scalar = try YAML.scalar("v: \(text)")
        #expect(scalar.bool == nil)
        #expect(scalar.text == text)
    }

    @Test("Core booleans", arguments: [
        ("true", true), ("True", true), ("TRUE", true), ("false", false), ("False", false), ("FALSE", false),
    ])
    func booleans(text: String, expected: Bool) throws {
        #expect(try YAML.scalar("v: \(text)").bool == expected)
    }

    @Test func quotedBooleansAreStringsUnlessTagged() throws {
        #expect(try YAML.scalar("v: 'true'").bool == nil)
        #expect(try YAML.scalar("v: \"false\"").bool == nil)
        #expect(try YAML.scalar("v: !!bool 'true'").bool == true)
        #expect(try YAML.scalar("v: !!str true").bool == nil)
        #expect(try YAML.scalar("v: ! true").bool == nil)
    }

    @Test("Integers", arguments: [
        ("012", 12), ("0", 0), ("-5", -5), ("+7", 7), ("0x1F", 31), ("0xff", 255), ("0o17", 15),
        ("9223372036854775807", Int.max), ("-9223372036854775808", Int.min),
        ("1_000", nil), ("9223372036854775808", nil), ("0x", nil), ("0o8", nil), ("-0x1", nil),
        ("1.5", nil), ("", nil), ("+", nil), ("0x1G", nil), ("1e3", nil), ("0b101", nil), (" 1", nil),
    ] as [(String, Int?)])
    func integers(text: String, expected: Int?) {
        #expect(scalar(text).integer == expected)
    }

    @Test("Numbers", arguments: [
        ("1.5", 1.5), ("-2.5e3", -2500), (".5", 0.5), ("12", 12), ("0x1F", 31), ("1.", 1), ("+1E+2", 100), ("-.5e-1", -0.05),
        (".inf", nil), ("-.inf", nil), (".Inf", nil), (".nan", nil), ("inf", nil), ("nan", nil),
        ("1e", nil), (".", nil), ("1_0", nil), ("abc", nil), ("1e999", nil), ("0x1p3", nil), ("", nil),
    ] as [(String, Double?)])
    func numbers(text: String, expected: Double?) {
        #expect(scalar(text).number == expected)
    }

    @Test("Nulls", arguments: [("", true), ("~", true), ("null", true), ("Null", true), ("NULL", true), ("nULL", false), ("none", false), ("0", false)])
    func nulls(text: String, expected: Bool) {
        #expect(scalar(text).isNull == expected)
    }

    @Test func typedAccessorsNeedPlainOrMatchingTag() throws {
        let root = try YAML.mapping("""
            quoted: "12"
            int: !!int "12"
            float: !!float "1.5"
            intAsFloat: !!int 3
            str: !!str 12
            null: !!null ''
            empty:
            quotedNull: 'null'
            """)
        #expect(root["quoted"]?.scalar?.integer == nil)
        #expect(root["quoted"]?.scalar?.number == nil)
        #expect(root["int"]?.scalar?.integer == 12)
        #expect(root["int"]?.scalar?.tag == "tag:yaml.org,2002:int")
        #expect(root["float"]?.scalar?.number == 1.5)
        #expect(root["float"]?.scalar?.integer == nil)
        #expect(root["intAsFloat"]?.scalar?.number == 3)
        #expect(root["str"]?.scalar?.integer == nil)
        #expect(root["str"]?.scalar?.tag == "tag:yaml.org,2002:str")
        #expect(root["null"]?.scalar?.isNull == true)
        #expect(root["empty"]?.scalar?.isNull == true)
        #expect(root["quotedNull"]?.scalar?.isNull == false)
    }

    @Test func nonSpecificTagIsAString() throws {
        let scalar = try YAML.scalar("v: ! 12")
        #expect(scalar.tag == "tag:yaml.org,2002:str")
        #expect(scalar.integer == nil)
        #expect(scalar.text == "12")
    }

    private func scalar(_ text: String) -> YAMLScalar {
        YAMLScalar(text: text, range: SourceRange(start: loc(1, 1), end: loc(1, 1)))
    }
}
