/// How a rule decides a case that does not state the list it runs over (see
/// `Evaluator.unstatedList`): its `binds:` clauses run in order on an item with every field
/// unstated, and the first that is `false` excludes it.
///
/// A clause that reads nothing but that blank item gives the same answer, at the same cost in
/// steps, for every case; it is answered once here, when the rules load, and only the clauses
/// that read the case run per case.
struct UnstatedListPlan: Sendable {
    enum Clause: Sendable {
        /// Reads only the blank item: whether it excludes it, and the steps it spends.
        case fixed(excludes: Bool, steps: Int)
        case perCase(CompiledExpression)
    }

    let blankItem: Value?
    /// The clauses in order, up to the first fixed one that excludes the item.
    let clauses: [Clause]
    /// The verdict when no clause excludes the item.
    let listVerdict: Verdict

    init(iteration: Rule.Iteration?, bindings: [Binding]) {
        listVerdict = iteration?.unstatedIsUnknown == true ? .listUnstated : .listNotDescribed
        blankItem = iteration?.blankItem
        guard let blankItem else {
            clauses = []
            return
        }
        var clauses: [Clause] = []
        for binding in bindings {
            guard binding.condition.root.readsOnlyItem(orFacts: false) else {
                clauses.append(.perCase(binding.condition))
                continue
            }
            var context = Self.blankContext(blankItem)
            let answer = try? binding.condition.evaluateBool(&context)
            let clause = Clause.fixed(excludes: answer == false, steps: Self.budget - context.budget)
            clauses.append(clause)
            if case .fixed(excludes: true, _) = clause { break }
        }
        self.clauses = clauses
    }

    private static let budget = 1_000_000

    /// A context in which only the blank item can be read.
    private static func blankContext(_ blankItem: Value) -> EvaluationContext {
        let calendar = WorkingCalendar(weekend: [], holidays: [], datedHolidays: [], transfers: [], coveredYears: 0...0)
        let day = Day(ordinal: 0)
        var context = EvaluationContext(
            facts: [], runtime: LawRuntime(parameters: [], mciValues: [], calendar: calendar), asOf: day, lawDate: day, budget: budget)
        context.locals = [blankItem]
        return context
    }
}
