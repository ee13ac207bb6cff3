// swift-tools-version:6.0
// Times rule expressions interpreted vs compiled: see main.swift.
import PackageDescription

let package = Package(
    name: "expression-timing",
    platforms: [.macOS(.v15)],
    dependencies: [.package(name: "CivicLex", path: "../..")],
    targets: [
        .executableTarget(name: "expression-timing", dependencies: [.product(name: "CivicLex", package: "CivicLex")]),
    ]
)
