// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "durabletop",
    products: [
        .executable(name: "durabletop", targets: ["durabletop"]),
        .library(name: "DurableAPI", targets: ["DurableAPI"]),
        .library(name: "FuzzTargets", targets: ["FuzzTargets"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-collections", from: "1.6.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CCurses",
            pkgConfig: "ncursesw",
            providers: [.apt(["libncursesw5-dev"])]
        ),
        .target(
            name: "CCurl",
            linkerSettings: [.linkedLibrary("curl")]
        ),
        .target(name: "TextSafety"),
        .target(
            name: "DurableAPI",
            dependencies: [
                "CCurl",
                "TextSafety",
                .product(name: "Collections", package: "swift-collections"),
            ]
        ),
        .target(
            name: "DurableHostSim",
            dependencies: [
                "DurableAPI",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ]
        ),
        .target(
            name: "ConfigFiles",
            dependencies: [
                .product(name: "TOMLKit", package: "TOMLKit")
            ]
        ),
        .target(
            name: "ScreenKit",
            dependencies: [
                "ConfigFiles",
                "TextSafety",
                .product(name: "TOMLKit", package: "TOMLKit"),
            ]
        ),
        .target(
            name: "HubKit",
            dependencies: [
                "ConfigFiles",
                "DurableAPI",
                .product(name: "HeapModule", package: "swift-collections"),
                .product(name: "TOMLKit", package: "TOMLKit"),
            ]
        ),
        .target(
            name: "Dashboard",
            dependencies: ["DurableAPI", "HubKit", "ScreenKit", "TextSafety"]
        ),
        .target(
            name: "TerminalUI",
            dependencies: ["CCurses", "ScreenKit", "TextSafety"]
        ),
        .target(
            name: "FuzzTargets",
            dependencies: ["ConfigFiles", "DurableAPI", "HubKit", "ScreenKit", "TerminalUI"]
        ),
        .executableTarget(
            name: "durabletop",
            dependencies: [
                "DurableAPI",
                "DurableHostSim",
                "Dashboard",
                "HubKit",
                "ScreenKit",
                "TerminalUI",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "triage-bench",
            dependencies: ["DurableAPI", "HubKit"],
            path: "Benchmarks/TriageBench"
        ),
        .testTarget(
            name: "DurableAPITests",
            dependencies: [
                "DurableAPI",
                .product(name: "Hummingbird", package: "hummingbird"),
            ]
        ),
        .testTarget(name: "DurableHostSimTests", dependencies: ["DurableHostSim", "DurableAPI"]),
        .testTarget(name: "ScreenKitTests", dependencies: ["ConfigFiles", "ScreenKit"]),
        .testTarget(name: "HubKitTests", dependencies: ["ConfigFiles", "DurableAPI", "HubKit"]),
        .testTarget(name: "TerminalUITests", dependencies: ["CCurses", "ScreenKit", "TerminalUI"]),
        .testTarget(name: "FuzzTargetsTests", dependencies: ["FuzzTargets"]),
        .testTarget(
            name: "DashboardTests",
            dependencies: ["ConfigFiles", "Dashboard", "DurableAPI", "DurableHostSim", "HubKit", "ScreenKit"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
