// libFuzzer target: YAMLReader.parse on raw bytes, then every typed accessor on every
// scalar of the tree (walked with an explicit stack), and the rendering of diagnostics.
import YAMLSource

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzYAMLReader(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let file = SourceFile(path: "fuzz.yaml", text: String(decoding: bytes, as: UTF8.self))
    do {
        guard let root = try YAMLReader.parse(bytes, file: file) else { return 0 }
        var stack = [root]
        var visited = 0
        while let node = stack.popLast(), visited < 200_000 {
            visited += 1
            switch node {
            case .scalar(let scalar):
                _ = (scalar.isNull, scalar.bool, scalar.integer, scalar.number)
            case .sequence(let sequence):
                stack.append(contentsOf: sequence.items)
            case .mapping(let mapping):
                for entry in mapping.entries {
                    _ = mapping[entry.key.text]
                    stack.append(entry.value)
                }
            }
        }
    } catch {
        _ = error.rendered(color: true)
    }
    return 0
}
