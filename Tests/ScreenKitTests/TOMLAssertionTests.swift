import ConfigFiles
import ScreenKit
import TOMLKit
import Testing

/// Table headers and empty array values TOMLKit's parser asserts on (found by the fuzz targets) are refused with an
/// error naming the line.
@Suite("TOML that TOMLKit asserts on")
struct TOMLAssertionTests {
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

    @Test(
        "a } where an array's value belongs is an error, not an assertion",
        arguments: [("C.b=[}\n", 1), ("a = [1,\n  # c\n }", 3), ("s = \"[}\"\nx = [ }", 2)]
    )
    func emptyArrayValue(text: String, line: Int) {
        #expect(throws: ConfigFileError(file: "x.toml", line: line, message: "a value is missing before '}'")) {
            try TOMLTable.parsing(configFile: text, file: "x.toml")
        }
    }

    @Test("braces in strings, comments and inline tables are not empty values")
    func bracesElsewhere() throws {
        _ = try TOMLTable.parsing(configFile: "a = \"[}\" # [}\nb = { c = [1, 2] }\nd = '\\'", file: "x.toml")
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
