import CivicLex
import Foundation
import YAMLSource

/// The repository root, found from this file's path so tests run from any directory.
let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

let bundledRulesPath = repositoryRoot.appendingPathComponent("Rules/kz").path

/// The bundled Kazakhstan law, loaded once for the whole test run.
let bundledLaw: Law = {
    do {
        return try LawLoader.load(directory: bundledRulesPath)
    } catch {
        fatalError("bundled rules must load:\n\(error)")
    }
}()

/// A fresh temporary directory holding `files` (name -> contents).
func temporaryDirectory(_ files: [String: String]) throws -> String {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("civiclex-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    for (name, contents) in files {
        try contents.write(to: directory.appendingPathComponent(name), atomically: true, encoding: .utf8)
    }
    return directory.path
}

/// A copy of the bundled rule set with `replacements` applied (file name -> new contents),
/// to test how the loader reports broken rule files.
func rulesWith(_ replacements: [String: String]) throws -> String {
    var files: [String: String] = [:]
    for name in try FileManager.default.contentsOfDirectory(atPath: bundledRulesPath) where name.hasSuffix(".yaml") {
        files[name] = try String(contentsOfFile: bundledRulesPath + "/" + name, encoding: .utf8)
    }
    for (name, contents) in replacements { files[name] = contents }
    return try temporaryDirectory(files)
}

/// Loads `directory` and returns its diagnostics, or an empty list if it loaded.
func loadDiagnostics(_ directory: String) -> [Diagnostic] {
    do {
        _ = try LawLoader.load(directory: directory)
        return []
    } catch {
        return error.diagnostics
    }
}

/// Parses a case from text against the bundled law.
func loadCase(_ text: String, path: String = "case.yaml") throws(DiagnosticList) -> Case {
    try CaseLoader(law: bundledLaw).load(text: text, path: path)
}

/// Splits `text` at the `↓` marker: the text without it, and the marker's 1-based line and column.
func marked(_ text: String) -> (text: String, line: Int, column: Int) {
    var line = 1, column = 1
    var output = ""
    var found = (line: 0, column: 0)
    for character in text {
        if character == "↓" {
            found = (line, column)
            continue
        }
        output.append(character)
        if character == "\n" {
            line += 1
            column = 1
        } else {
            column += 1
        }
    }
    return (output, found.line, found.column)
}
