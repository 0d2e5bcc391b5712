// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "replylint",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "replylint", targets: ["replylint"]),
        .executable(name: "replylint-mcp", targets: ["replylint-mcp"]),
        .library(name: "ReplyLintCore", targets: ["ReplyLintCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/modelcontextprotocol/swift-sdk", from: "0.12.1"),
    ],
    targets: [
        // libxml2, through a shim that keeps ICU out (see Sources/CLibXML2/shim.h).
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        // Build-time tool: turns rules/ into Swift source so the binary needs no files at run time.
        .executableTarget(name: "RuleEmbedder"),
        .plugin(
            name: "EmbedRules",
            capability: .buildTool(),
            dependencies: ["RuleEmbedder"]
        ),
        .target(
            name: "ReplyLintCore",
            dependencies: [
                "CLibXML2",
                .product(name: "Yams", package: "Yams"),
            ],
            plugins: ["EmbedRules"]
        ),
        // `replylint compose`: intent, facts, escalation and Mustache templates; kept out of
        // ReplyLintCore so the lint path never loads Mustache.
        .target(
            name: "ReplyLintCompose",
            dependencies: [
                "ReplyLintCore",
                .product(name: "Mustache", package: "swift-mustache"),
            ]
        ),
        // scripts/bench-compose.sh: compose timed in one process.
        .executableTarget(
            name: "ComposeBench",
            dependencies: ["ReplyLintCompose", "ReplyLintCore"]
        ),
        .executableTarget(
            name: "replylint",
            dependencies: [
                "ReplyLintCore",
                "ReplyLintCompose",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            // A statically linked Swift runtime and Foundation start in a third of the time
            // (no dynamic relocation of libFoundation): measured 9.9 ms -> 3.3 ms for a hello world.
            linkerSettings: [.unsafeFlags(staticFoundation)]
        ),
        // The MCP server is its own binary so the SDK (and swift-nio) stays out of the lint path;
        // `replylint mcp` execs it.
        .executableTarget(
            name: "replylint-mcp",
            dependencies: [
                "ReplyLintCore",
                .product(name: "MCP", package: "swift-sdk"),
            ]
        ),
        .testTarget(
            name: "ReplyLintCoreTests",
            dependencies: ["ReplyLintCore"]
        ),
        .testTarget(
            name: "ReplyLintComposeTests",
            dependencies: ["ReplyLintCompose", "ReplyLintCore"]
        ),
        .testTarget(
            name: "ReplyLintCLITests",
            dependencies: ["ReplyLintCore"]
        ),
    ]
)

/// Links the Swift runtime and Foundation into the `replylint` binary. The static archives
/// reference each other, so they are linked as one group: autolinking alone lists only the
/// libraries of modules that import Foundation directly, in an order that can leave ICU or
/// the C shims unresolved. The toolchain's lld links it (gold warns about Foundation's use
/// of `mktemp` on every build).
var staticFoundation: [String] {
    let archives = [
        "Foundation", "CoreFoundation", "FoundationEssentials", "FoundationInternationalization",
        "_FoundationICU", "_FoundationCShims", "_FoundationCollections", "swiftSynchronization",
        "swiftDispatch", "dispatch", "BlocksRuntime",
    ]
    return ["-static-stdlib", "-use-ld=lld", "-Xlinker", "--start-group"]
        + archives.flatMap { ["-Xlinker", "-l" + $0] }
        + ["-Xlinker", "--end-group"]
}
