// swift-tools-version:6.0
import PackageDescription

let strictSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("InternalImportsByDefault"),
]

/// Release builds of the tool carry the Swift runtime and Foundation inside the binary: loading
/// and relocating a dozen shared libraries cost ~5 ms of every run, a fifth of an empty `score`.
/// The compiler needs the flag too, to import the static SDK modules (which link ICU). Debug
/// builds (`swift build`, `swift test`, the ASan build) link dynamically as before.
let staticRuntimeInRelease = BuildSettingCondition.when(platforms: [.linux], configuration: .release)

let package = Package(
    name: "CivicLex",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "civiclex", targets: ["civiclex"]),
        .library(name: "CivicLex", targets: ["CivicLex"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-system", from: "1.4.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibYAML",
            path: "Sources/CLibYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"])]
        ),
        .target(name: "YAMLSource", dependencies: ["CLibYAML"], swiftSettings: strictSettings),
        .target(name: "CivicLex", dependencies: ["YAMLSource"], swiftSettings: strictSettings),
        .executableTarget(
            name: "civiclex",
            dependencies: [
                "CivicLex",
                "YAMLSource",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "SystemPackage", package: "swift-system"),
            ],
            swiftSettings: strictSettings + [.unsafeFlags(["-static-stdlib"], staticRuntimeInRelease)],
            linkerSettings: [.unsafeFlags(["-static-stdlib"], staticRuntimeInRelease)]
        ),
        .testTarget(name: "YAMLSourceTests", dependencies: ["YAMLSource"], swiftSettings: strictSettings),
        .testTarget(name: "CivicLexTests", dependencies: ["CivicLex", "YAMLSource"], swiftSettings: strictSettings),
        .testTarget(name: "CLITests", dependencies: ["civiclex"], exclude: ["Malformed", "Golden"], swiftSettings: strictSettings),
    ],
    swiftLanguageModes: [.v6]
)
