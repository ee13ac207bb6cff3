import YAMLSource

/// Warnings for a rule set that leaves out a table its rules rely on: the law still loads and
/// evaluates (Monday to Friday without holidays; fines in MCI only), but a finding that counts
/// working days or converts a fine would quietly be wrong or incomplete.
extension LawBuilder {
    static let workingDayBuiltins: Set<Builtin> = [.addWorkingDays, .workingDaysBetween, .isWorkingDay]

    func reportMissingTables(rules: [Rule], sink: inout DiagnosticSink) {
        if sections("calendar").isEmpty {
            let affected = rules.filter { rule in rule.expressions.contains { $0.root.calls(any: Self.workingDayBuiltins) } }
            if let first = affected.first, let file = sourceFile(first.file) {
                sink.warning(
                    "\(Self.ruleList(affected)) count\(affected.count == 1 ? "s" : "") working days, but the rule set has no `calendar` section: "
                        + "working days are counted as Monday to Friday with no public holidays or transferred days off",
                    in: file, at: first.location)
            }
        }
        if mciValues.isEmpty {
            let inMCI = Set(sanctions.values.filter(\.isInMCI).map(\.id))
            let affected = rules.filter { rule in
                rule.sanctions.contains { inMCI.contains($0.sanctionID) || $0.repeatID.map(inMCI.contains) == true }
                    || rule.expressions.contains { $0.root.calls(any: [.mci]) }
            }
            if let first = affected.first {
                // At the first sanction in MCI the rules cite, else at the first rule (it calls `mci`).
                let sanction = first.sanctions.lazy.compactMap { self.sanctions[$0.sanctionID] }.first { $0.isInMCI }
                let (path, location) = sanction.map { ($0.file, $0.location) } ?? (first.file, first.location)
                if let file = sourceFile(path) {
                    sink.warning(
                        "\(Self.ruleList(affected)) \(affected.count == 1 ? "gives" : "give") sanctions in MCI, but the rule set has no `mci` table: "
                            + "fines are shown in MCI only, with no amount in tenge",
                        in: file, at: location)
                }
            }
        }
    }

    /// "rule `A`", "rules `A`, `B` and `C`", "rules `A`, `B`, `C` and 4 more" (each id once).
    static func ruleList(_ rules: [Rule]) -> String {
        var ids: [String] = []
        for rule in rules where !ids.contains(rule.id) { ids.append(rule.id) }
        let shown = ids.prefix(3).map { "`\($0)`" }
        let rest = ids.count - shown.count
        if ids.count == 1 { return "rule \(shown[0])" }
        if rest == 0 { return "rules " + shown.dropLast().joined(separator: ", ") + " and " + shown.last! }
        return "rules " + shown.joined(separator: ", ") + " and \(rest) more"
    }

    private func sourceFile(_ path: String) -> SourceFile? {
        documents.first { $0.0.path == path }?.0 ?? amendmentDocuments.first { $0.file.path == path }?.file
    }
}

extension Sanction {
    /// Whether some version fines, or sets correctional work, in MCI.
    var isInMCI: Bool {
        versions.contains { version in version.penalties.contains { $0.penalty.fineMCI != nil || $0.penalty.correctionalWorkMCIMax != nil } }
    }
}

extension Compiled {
    /// Whether the expression calls one of `builtins` anywhere.
    func calls(any builtins: Set<Builtin>) -> Bool {
        if case .call(let builtin, _) = self, builtins.contains(builtin) { return true }
        return children.contains { $0.calls(any: builtins) }
    }
}
