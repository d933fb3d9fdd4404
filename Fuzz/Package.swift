// swift-tools-version: 5.4
import PackageDescription

/// The libFuzzer executables, one per fuzz target, kept out of the root package so its `swift build` never sees
/// them. Build with `scripts/fuzz.sh`, which adds `-sanitize=fuzzer,address -parse-as-library` and its own scratch
/// path. Tools version 5.4 on purpose: from 5.5 on, SwiftPM links an executable's `main` to `<module>_main`, which
/// these executables do not have (libFuzzer brings `main`).
let targets: [(name: String, directory: String)] = [
    ("fuzz-json", "json"),
    ("fuzz-history", "history"),
    ("fuzz-dates", "dates"),
    ("fuzz-endpoint", "endpoint"),
    ("fuzz-theme-toml", "theme-toml"),
    ("fuzz-connections-toml", "connections-toml"),
    ("fuzz-keys", "keys"),
]

let package = Package(
    name: "durabletop-fuzz",
    dependencies: [
        .package(name: "durabletop", path: "..")
    ],
    targets: targets.map { target in
        .executableTarget(
            name: target.name,
            dependencies: [.product(name: "FuzzTargets", package: "durabletop")],
            path: "Targets/\(target.directory)"
        )
    }
)
