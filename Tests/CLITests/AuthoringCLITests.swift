import Foundation
import Testing

/// Writing a first case: schemas, skeletons, the list of rules, and what a rule reads.
@Suite(.serialized) struct AuthoringCLITests {
    static let python: String? = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin"
        for directory in path.split(separator: ":") {
            let candidate = "\(directory)/python3"
            guard FileManager.default.isExecutableFile(atPath: candidate) else { continue }
            let process = Process()
            process.executableURL = URL(fileURLWithPath: candidate)
            process.arguments = ["-c", "import jsonschema, yaml"]
            process.standardError = FileHandle.nullDevice
            guard (try? process.run()) != nil else { continue }
            process.waitUntilExit()
            if process.terminationStatus == 0 { return candidate }
        }
        return nil
    }()

    static func bundled(_ directory: String) -> [String] {
        let root = CLI.root.appendingPathComponent(directory)
        let walker = FileManager.default.enumerator(atPath: root.path)
        var files: [String] = []
        while let name = walker?.nextObject() as? String {
            if name.hasSuffix(".yaml") { files.append(root.appendingPathComponent(name).path) }
        }
        return files.sorted()
    }

    /// Runs scripts/validate-schema.py on `files` against `schema`.
    static func validate(schema: String, files: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python!)
        process.arguments = [CLI.root.appendingPathComponent("scripts/validate-schema.py").path, schema] + files
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    @Test(arguments: ["case", "rules"])
    func committedSchemaIsTheGeneratedOne(_ kind: String) throws {
        let result = try CLI.run(["schema", kind])
        #expect(result.status == 0, "\(result.stderr)")
        let committed = try String(contentsOf: CLI.root.appendingPathComponent("schema/\(kind).schema.json"), encoding: .utf8)
        #expect(result.stdout == committed, "schema/\(kind).schema.json is stale: regenerate with scripts/update-golden.sh")
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        #expect(object?["$schema"] as? String == "https://json-schema.org/draft/2020-12/schema")
    }

    @Test func caseSchemaIsDerivedFromTheFactsAndRules() throws {
        let object = try JSONSerialization.jsonObject(with: Data(try CLI.run(["schema", "case"]).stdout.utf8)) as? [String: Any]
        let facts = (object?["properties"] as? [String: Any])?["facts"] as? [String: Any]
        #expect(facts?["additionalProperties"] as? Bool == false)
        let properties = facts?["properties"] as? [String: Any] ?? [:]
        let legalForm = properties["org.legal_form"] as? [String: Any]
        #expect((legalForm?["enum"] as? [Any])?.contains { $0 as? String == "public_association" } == true)
        #expect((legalForm?["description"] as? String)?.contains("Organisational-legal form") == true)
        let assemblies = (properties["assemblies"] as? [String: Any])?["items"] as? [String: Any]
        let date = (assemblies?["properties"] as? [String: Any])?["date"] as? [String: Any]
        #expect(date?["format"] as? String == "date")
        #expect(properties["org"] != nil, "nested `org:` mappings are described too")
    }

    @Test(.enabled(if: python != nil, "needs python3 with jsonschema and PyYAML"))
    func everyBundledCaseValidatesAgainstTheCaseSchema() throws {
        let cases = Self.bundled("Cases")
        #expect(cases.count > 20)
        let result = try Self.validate(schema: CLI.root.appendingPathComponent("schema/case.schema.json").path, files: cases)
        #expect(result.status == 0, "\(result.output)")
        #expect(result.output.contains("\(cases.count) valid, 0 invalid"))
    }

    @Test(.enabled(if: python != nil, "needs python3 with jsonschema and PyYAML"))
    func aCaseWithAnUnknownFactDoesNotValidate() throws {
        let directory = try CLI.temporaryDirectory([
            "unknown-fact.yaml": "case: {id: x, as_of: 2024-01-01}\nfacts:\n  org:\n    legal_fom: public_association\n",
            "unknown-dotted.yaml": "case: {id: x, as_of: 2024-01-01}\nfacts:\n  org.sise: 3\n",
            "bad-date.yaml": "case: {id: x, as_of: 2024-1-1}\n",
        ])
        for name in ["unknown-fact.yaml", "unknown-dotted.yaml", "bad-date.yaml"] {
            let result = try Self.validate(schema: CLI.root.appendingPathComponent("schema/case.schema.json").path, files: [directory.appendingPathComponent(name).path])
            #expect(result.status == 1, "\(name) should not validate: \(result.output)")
        }
        // The engine agrees.
        let assess = try CLI.run(["assess", directory.appendingPathComponent("unknown-fact.yaml").path])
        #expect(assess.status == 2)
    }

    @Test(.enabled(if: python != nil, "needs python3 with jsonschema and PyYAML"))
    func everyBundledRuleFileValidatesAgainstTheRulesSchema() throws {
        // Rules/kz/lang/ holds translations of the rule texts, not rule files.
        let files = Self.bundled("Rules/kz").filter { !$0.contains("/lang/") }
        let result = try Self.validate(schema: CLI.root.appendingPathComponent("schema/rules.schema.json").path, files: files)
        #expect(result.status == 0, "\(result.output)")
    }

    @Test(arguments: [["--areas", "assembly"], ["--areas", "funding", "registration"], []])
    func newPrintsACaseThatAssessesAsPrinted(_ areas: [String]) throws {
        let result = try CLI.run(["new"] + areas + ["--as-of", "2024-05-01"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("as_of: 2024-05-01"))
        #expect(result.stdout.contains("# yaml-language-server: $schema="))
        let directory = try CLI.temporaryDirectory(["new.yaml": result.stdout])
        let assess = try CLI.run(["assess", directory.appendingPathComponent("new.yaml").path])
        #expect(assess.status == 0, "\(assess.stderr)")
        // Empty facts are unknown: the engine may warn that essential facts are unstated, never fail.
        #expect(!assess.stderr.contains("error:"), "\(assess.stderr)")
    }

    @Test func newListsTheFactsTheAreasRulesReadWithTheirMeaning() throws {
        let result = try CLI.run(["new", "--areas", "assembly"])
        #expect(result.stdout.contains("  assemblies:\n"))
        #expect(result.stdout.contains("notice_filed_on:"))
        #expect(result.stdout.contains("one of: meeting, rally, picket, demonstration, march"))
        #expect(!result.stdout.contains("foreign_receipts"), "facts only funding rules read are left out")
        let unknown = try CLI.run(["new", "--areas", "assembley"])
        #expect(unknown.status == 64)
        #expect(unknown.stderr.contains("did you mean `assembly`?"))
    }

    @Test func rulesListsEveryRule() throws {
        let result = try CLI.run(["rules"])
        #expect(result.status == 0, "\(result.stderr)")
        // Every id declared in the rule files (base and amendments) is listed.
        var ids = Set<String>()
        for file in Self.bundled("Rules/kz") {
            let text = try String(contentsOfFile: file, encoding: .utf8)
            for line in text.split(separator: "\n") where line.trimmingCharacters(in: .whitespaces).hasPrefix("- id: KZ-") {
                ids.insert(String(line.split(separator: ":")[1].trimmingCharacters(in: .whitespaces)))
            }
        }
        #expect(ids.count >= 24)
        for id in ids { #expect(result.stdout.contains("\n\(id) "), "\(id) is not listed") }
        #expect(result.stdout.contains("Law on the Procedure for Organizing and Holding Peaceful Assemblies"))
        let funding = try CLI.run(["rules", "--area", "funding"])
        #expect(funding.stdout.contains("KZ-FF-001"))
        #expect(!funding.stdout.contains("KZ-ASM-003"))
    }

    @Test func rulesShowsTheFactsAndParametersARuleReads() throws {
        let result = try CLI.run(["rules", "KZ-ASM-003"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("assemblies[].notice_filed_on — date:"))
        #expect(result.stdout.contains("param.assembly.notice_working_days"))
        #expect(result.stdout.contains("art. 10"))
        let unknown = try CLI.run(["rules", "KZ-ASM-03"])
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("did you mean"))
    }

    @Test func ruleIdsComplete() throws {
        let result = try CLI.run(["---completion", "explain", "--", "--rule", "3", "4", "civiclex", "explain", "--rule", "KZ-FF"])
        #expect(result.status == 0, "\(result.stderr)")
        let ids = result.stdout.split(separator: "\n").map(String.init)
        #expect(ids.contains("KZ-FF-001"))
        #expect(ids.allSatisfy { $0.hasPrefix("KZ-FF") })
    }

    @Test(arguments: ["bash", "zsh", "fish"])
    func completionsCompletePathsAndRuleIDs(_ shell: String) throws {
        let result = try CLI.run(["--generate-completion-script", shell])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("---completion explain -- --rule"), "rule ids come from the rule set")
        #expect(result.stdout.contains("yaml"), "case arguments complete *.yaml files")
        let directoryCompletion = ["bash": "__civiclex_add_completions -d", "zsh": "_files -/", "fish": "__civiclex_complete_directories"][shell]!
        #expect(result.stdout.contains(directoryCompletion), "--rules completes directories")
    }
}
