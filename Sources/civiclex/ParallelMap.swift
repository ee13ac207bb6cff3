/// Bounded parallel map that hands results back in input order.
///
/// A sliding window keeps at most `width` tasks in flight (memory stays flat however many
/// inputs there are), and a small reorder buffer emits results in input order. `transform`
/// gets the input's lane (`index % width`) so each lane can use its own copy of shared
/// read-only state: two threads retaining the same objects contend on their reference counts.
enum ParallelMap {
    static func run<Input: Sendable, Output: Sendable>(
        _ inputs: [Input],
        width: Int,
        transform: @escaping @Sendable (_ lane: Int, Input) -> Output,
        isolation: isolated (any Actor)? = #isolation,
        emit: (Output) throws -> Void
    ) async rethrows {
        try await withThrowingTaskGroup(of: (Int, Output).self) { group in
            var next = 0
            var nextToEmit = 0
            var pending: [Int: Output] = [:]
            while next < min(width, inputs.count) {
                let index = next, input = inputs[index]
                group.addTask { (index, transform(index % width, input)) }
                next += 1
            }
            while let (index, output) = try await group.next() {
                pending[index] = output
                while let ready = pending.removeValue(forKey: nextToEmit) {
                    try emit(ready)
                    nextToEmit += 1
                }
                if next < inputs.count {
                    let newIndex = next, input = inputs[newIndex]
                    group.addTask { (newIndex, transform(newIndex % width, input)) }
                    next += 1
                }
            }
        }
    }
}
