import ConfigFiles
import ScreenKit
import TOMLKit
import Testing

/// Table headers TOMLKit's parser asserts on (found by the fuzz targets) are refused with an error naming the line.
@Suite("TOML headers that cannot start a key")
struct TOMLHeaderTests {
    @Test(
        "a header whose key starts with a character no key starts with is an error, not an assertion",
        arguments: [
            ("[é]", 1), ("x = 1\n  [!]", 2), ("[\n]", 1), ("[[é]]", 1), ("[ #]", 1), ("a = 1\n[ \u{FFFD}", 2),
            ("[\r\n", 1), ("\u{FEFF}[/connections.prod]", 1), ("\r\n[*", 2),
        ]
    )
    func refused(text: String, line: Int) {
        #expect(throws: ConfigFileError(file: "x.toml", line: line, message: Self.message)) {
            try TOMLTable.parsing(configFile: text, file: "x.toml")
        }
    }

    @Test("headers that do start a key still parse", arguments: ["[a]", " [ \"é\" ]", "[[a-b]]", "['x'.y]", "[_]"])
    func accepted(text: String) throws {
        _ = try TOMLTable.parsing(configFile: text, file: "x.toml")
    }

    @Test("the fuzzer's theme: a header of one replacement character")
    func fuzzedTheme() {
        let text = "[meta]\nname = \"nested\"\n\n[\u{FFFD}"
        #expect(throws: ConfigFileError(file: "t.toml", line: 4, message: Self.message)) {
            try Theme(toml: text, file: "t.toml", base: nil)
        }
    }

    private static let message = "a table header must start with a name: a letter, a digit, _, - or a quoted name"
}
