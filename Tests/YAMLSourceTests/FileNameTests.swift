import Testing
import YAMLSource

@Suite struct FileNameTests {
    @Test func validNamesAreShownAsTheyAre() {
        #expect(FileName.display(Array("Cases/регистрация/a b.yaml".utf8)) == "Cases/регистрация/a b.yaml")
        #expect(FileName.systemBytes(for: "Cases/plain.yaml") == nil)
    }

    @Test(arguments: [
        ([0x66, 0xFF, 0x2E, 0x79] as [UInt8], #"f\xFF.y"#),
        // Windows-1251 "Дело" (Cyrillic in a single-byte code page): every byte is invalid UTF-8.
        ([0xC4, 0xE5, 0xEB, 0xEE], #"\xC4\xE5\xEB\xEE"#),
        // A backslash beside a bad byte is doubled, so `\x41` in the name is not read as "A".
        ([0x5C, 0x78, 0x34, 0x31, 0xFE], #"\\x41\xFE"#),
        ([0x61, 0x0A, 0x1B, 0x62], #"a\x0A\x1Bb"#),
        // A truncated multi-byte sequence.
        ([0xD0, 0x61], #"\xD0a"#),
    ])
    func escapedNamesGiveTheirBytesBack(bytes: [UInt8], shown: String) {
        #expect(FileName.display(bytes) == shown)
        #expect(FileName.systemBytes(for: shown) == bytes)
    }
}
