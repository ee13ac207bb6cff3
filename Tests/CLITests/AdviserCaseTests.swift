import Foundation
import Testing

/// A first case written by hand from `civiclex new`, as an adviser fills it in: the skeleton
/// filled in minimally loads, what is left empty is pointed at where it is written, and the
/// case schema refuses what the loader refuses.
@Suite struct AdviserCaseTests {
    /// `text` with the line `old` replaced by `new` (each must occur once).
    static func replacing(_ text: String, _ edits: [(old: String, new: String)]) throws -> String {
        var lines = text.components(separatedBy: "\n")
        for edit in edits {
            let found = lines.indices.filter { lines[$0] == edit.old }
            try #require(found.count == 1, "`\(edit.old)` should occur once in the skeleton")
            lines[found[0]] = edit.new
        }
        return lines.joined(separator: "\n")
    }

    static func line(of text: String, in file: String) -> Int? {
        file.components(separatedBy: "\n").firstIndex(of: text).map { $0 + 1 }
    }

    @Test func theSkeletonFilledInMinimallyLoadsAndPointsAtItsEmptyItem() throws {
        let skeleton = try CLI.run(["new", "--areas", "registration", "--as-of", "2024-05-01"])
        #expect(skeleton.status == 0, "\(skeleton.stderr)")
        #expect(skeleton.stdout.contains("least 2015)"), "a minimum is written as it is typed, with no separator")
        #expect(!skeleton.stdout.contains("2,015"))
        let filled = try Self.replacing(skeleton.stdout, [
            ("  org.legal_form:", "  org.legal_form: public_association"), ("  org.registered:", "  org.registered: true"),
        ])
        let directory = try CLI.temporaryDirectory(["filled.yaml": filled])
        let path = directory.appendingPathComponent("filled.yaml").path
        let result = try CLI.run(["assess", path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(!result.stderr.contains("does not state `org."), "both essential facts are stated: \(result.stderr)")
        // The list's blank item stands for a report about which nothing is known: said at its line.
        let item = try #require(Self.line(of: "    - year:", in: filled))
        #expect(result.stderr.contains("filled.yaml:\(item):7: warning: database_reports[1] states nothing"), "\(result.stderr)")
        #expect(result.stdout.contains("needs: database_reports[1].year"))
        // Deleting the item leaves the list unstated: the rule names the list, and the warning goes.
        var lines = filled.components(separatedBy: "\n")
        let reportsAt = try #require(lines.firstIndex(of: "  database_reports:"))
        // The item and its fields' comments are indented under the key; the next fact is not.
        while reportsAt + 1 < lines.count, lines[reportsAt + 1].hasPrefix("    ") { lines.remove(at: reportsAt + 1) }
        try lines.joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8)
        let deleted = try CLI.run(["assess", path])
        #expect(deleted.status == 0, "\(deleted.stderr)")
        #expect(!deleted.stderr.contains("database_reports[1] states nothing"), "\(deleted.stderr)")
        #expect(deleted.stdout.contains("needs: database_reports\n"), "\(deleted.stdout)")
    }

    /// The streaming decoder (an ordinary file) and the tree loader (a file with an empty item)
    /// both point at the key written without a value, not at the top of `facts:`.
    @Test(arguments: [
        "case: {id: x, as_of: 2024-05-01}\nfacts:\n  org:\n    legal_form: public_association\n    registered:\n",
        "case: {id: x, as_of: 2024-05-01}\nfacts:\n  org:\n    legal_form: public_association\n    registered:\n  assemblies:\n    - form:\n",
    ])
    func anEssentialFactLeftEmptyIsPointedAtItsLine(_ text: String) throws {
        let directory = try CLI.temporaryDirectory(["empty.yaml": text])
        let result = try CLI.run(["assess", directory.appendingPathComponent("empty.yaml").path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("empty.yaml:5:5: warning: the case does not state `org.registered`"), "\(result.stderr)")
        #expect(result.stdout.contains("KZ-REG-001"), "rules binding on it stay undetermined")
    }

    /// An adviser's mistakes that the loader refuses are refused by the case schema too, so an
    /// editor underlines what `assess` would reject.
    @Test(.enabled(if: AuthoringCLITests.python != nil, "needs python3 with jsonschema and PyYAML"))
    func theCaseSchemaRefusesWhatTheLoaderRefuses() throws {
        let directory = "Tests/CLITests/Malformed/cases/"
        // Files PyYAML reads as YAML (not the encoding and syntax ones).
        let names = [
            "adviser-amount-spaces-and-unit", "adviser-amount-thousands-commas", "adviser-bool-da", "adviser-bool-net",
            "adviser-count-with-word", "adviser-date-day-first", "adviser-date-month-in-words", "adviser-enum-russian-initials",
            "adviser-enum-russian-name", "adviser-enum-russian-shortened", "adviser-fact-without-its-group",
            "adviser-facts-inside-case-header", "adviser-facts-outside-facts", "adviser-group-written-as-a-value",
            "adviser-hour-decimal-comma", "adviser-item-field-at-top-level", "adviser-list-written-as-a-mapping",
            "adviser-org-fact-inside-an-item", "adviser-unknown-word-for-bool", "adviser-unknown-word-for-enum",
            "adviser-count-in-quotes", "adviser-empty-dash-item", "adviser-area-in-russian", "adviser-item-written-as-its-form",
            "yaml11-bool-yes", "yaml11-bool-no", "yaml11-bool-on", "yaml11-bool-off",
        ]
        let schema = CLI.root.appendingPathComponent("schema/case.schema.json").path
        for name in names {
            let path = CLI.root.appendingPathComponent(directory + name + ".yaml").path
            let validation = try AuthoringCLITests.validate(schema: schema, files: [path])
            #expect(validation.status == 1, "\(name): the schema accepts what the loader refuses: \(validation.output)")
            #expect(try CLI.run(["assess", path]).status == 2, "\(name)")
        }
    }
}
