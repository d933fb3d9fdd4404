import Testing

@testable import Dashboard
@testable import HubKit

@Suite("Path expansion")
struct PathExpansionTests {
    @Test(
        "~ becomes the home directory; relative paths start at the base; others stay",
        arguments: [
            ("~", "/home/ops"),
            ("~/prod.key", "/home/ops/prod.key"),
            ("~/.config/durabletop/prod.key", "/home/ops/.config/durabletop/prod.key"),
            ("/abs/prod.key", "/abs/prod.key"),
            ("~other/prod.key", "~other/prod.key"),
            ("keys/prod.key", "/etc/dt/keys/prod.key"),
        ]
    )
    func expands(path: String, expected: String) {
        #expect(PathExpansion.expand(path, homeDirectory: "/home/ops", baseDirectory: "/etc/dt") == expected)
    }

    @Test("without a home directory ~ stays as written")
    func noHome() {
        #expect(PathExpansion.expand("~/k", homeDirectory: nil, baseDirectory: nil) == "~/k")
        #expect(PathExpansion.expand("k", homeDirectory: nil, baseDirectory: nil) == "k")
    }

    @Test("the directory of a path")
    func directory() {
        #expect(PathExpansion.directory(of: "/etc/dt/connections.toml") == "/etc/dt")
        #expect(PathExpansion.directory(of: "/connections.toml") == "/")
        #expect(PathExpansion.directory(of: "connections.toml") == ".")
    }
}
