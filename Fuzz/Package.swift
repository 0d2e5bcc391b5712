// swift-tools-version:6.1
// libFuzzer targets for replylint's readers and linter. A separate package, so the main
// build keeps its plugins and flags; scripts/fuzz.sh builds it with
// --sanitize=fuzzer --sanitize=address (and undefined) and runs each target.
import PackageDescription

// SwiftPM links an executable target with `--defsym main=<Target>_main`, so libFuzzer's own
// main cannot be used: each target is parsed as a library and defines `<Target>_main`, which
// hands control to libFuzzer's driver (LLVMFuzzerRunDriver) with its LLVMFuzzerTestOneInput.
let fuzzTarget: [SwiftSetting] = [.unsafeFlags(["-parse-as-library"])]

let package = Package(
    name: "ReplyLintFuzz",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "replylint", path: ".."),
    ],
    targets: [
        .target(name: "CFuzzDriver"),
        .target(
            name: "FuzzSupport",
            dependencies: ["CFuzzDriver", .product(name: "ReplyLintCore", package: "replylint")]
        ),
        .executableTarget(name: "FuzzPlainText", dependencies: ["FuzzSupport"], swiftSettings: fuzzTarget),
        .executableTarget(name: "FuzzHTML", dependencies: ["FuzzSupport"], swiftSettings: fuzzTarget),
        .executableTarget(name: "FuzzMIME", dependencies: ["FuzzSupport"], swiftSettings: fuzzTarget),
        // The readers alone: many more executions per second than the lint targets.
        .executableTarget(name: "FuzzReadPlainText", dependencies: ["FuzzSupport"], swiftSettings: fuzzTarget),
        .executableTarget(name: "FuzzReadHTML", dependencies: ["FuzzSupport"], swiftSettings: fuzzTarget),
        .executableTarget(name: "FuzzReadMIME", dependencies: ["FuzzSupport"], swiftSettings: fuzzTarget),
    ]
)
