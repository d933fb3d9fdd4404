import ConfigFiles
import Foundation
import Testing

@testable import ScreenKit

@Suite("Themes")
struct ThemeTests {
    static let themesDirectory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("themes").path

    @Test(
        "the shipped themes load, and the bundled ones equal their files",
        arguments: [
            "default", "light", "high-contrast", "monochrome",
        ]
    )
    func shipped(name: String) throws {
        let theme = try ThemeCatalog.load(nameOrPath: name, searchDirectories: [Self.themesDirectory])
        #expect(theme.name == name)
        for style in StyleName.all {
            #expect(theme.styles[style] != nil, "\(name) lacks \(style)")
        }
        if name == "default" {
            #expect(theme == ThemeCatalog.bundledDefault)
        }
        if name == "monochrome" {
            #expect(theme == ThemeCatalog.bundledMonochrome)
        }
    }

    @Test("the default theme uses only ANSI names; monochrome uses no colour at all")
    func palettes() {
        for attributes in ThemeCatalog.bundledDefault.styles.values {
            for color in [attributes.foreground, attributes.background] {
                if case .palette = color {
                    Issue.record("default theme uses a palette colour")
                }
            }
        }
        for attributes in ThemeCatalog.bundledMonochrome.styles.values {
            #expect(attributes.foreground == .terminalDefault)
            #expect(attributes.background == .terminalDefault)
        }
    }

    @Test("missing keys fall back to the default theme")
    func fallback() throws {
        let theme = try Theme(
            toml: "[styles]\n\"status.failed\" = \"bright-red on black underline\"\n",
            file: "mine.toml",
            base: ThemeCatalog.bundledDefault
        )
        #expect(
            theme.attributes(for: .statusFailed)
                == TextAttributes(foreground: .ansi(.brightRed), background: .ansi(.black), emphasis: [.underline])
        )
        #expect(theme.attributes(for: .tableHeader) == ThemeCatalog.bundledDefault.attributes(for: .tableHeader))
    }

    @Test("a bad value is reported with file, line and key")
    func badValue() {
        let text = "[meta]\nname = \"x\"\n\n[styles]\n\"table.header\" = \"bold\"\n\"status.failed\" = \"redd bold\"\n"
        #expect(
            throws: ConfigFileError(
                file: "bad.toml",
                line: 6,
                key: "status.failed",
                message: "unknown colour or attribute \"redd\""
            )
        ) {
            try Theme(toml: text, file: "bad.toml", base: nil)
        }
        let error = ConfigFileError(
            file: "bad.toml",
            line: 6,
            key: "status.failed",
            message: "unknown colour or attribute \"redd\""
        )
        #expect(error.description == "bad.toml:6: key \"status.failed\": unknown colour or attribute \"redd\"")
    }

    @Test("unknown style names, non-strings and broken TOML are reported")
    func otherErrors() {
        #expect(throws: ConfigFileError.self) {
            try Theme(toml: "[styles]\n\"status.faild\" = \"red\"\n", file: "t.toml", base: nil)
        }
        do {
            _ = try Theme(toml: "[styles]\n\"body\" = 3\n", file: "t.toml", base: nil)
            Issue.record("expected an error")
        } catch {
            #expect(error.line == 2)
            #expect(error.key == "body")
        }
        do {
            _ = try Theme(toml: "[styles\n", file: "t.toml", base: nil)
            Issue.record("expected an error")
        } catch {
            #expect(error.line == 1)
        }
        for key in ["meta", "styles"] {
            #expect(
                throws: ConfigFileError(file: "t.toml", line: 2, key: key, message: "must be a table")
            ) {
                try Theme(toml: "# theme\n\(key) = \"red\"\n", file: "t.toml", base: nil)
            }
        }
    }

    @Test("NO_COLOR selects monochrome; unknown names fail with the places searched")
    func resolve() throws {
        let theme = try ThemeCatalog.resolve(nameOrPath: "light", noColor: true, searchDirectories: [])
        #expect(theme == ThemeCatalog.bundledMonochrome)
        #expect(throws: ConfigFileError.self) {
            try ThemeCatalog.load(nameOrPath: "nope", searchDirectories: ["/nonexistent"])
        }
    }

    @Test("colours reduce for 16 and 8 colour terminals")
    func reduction() {
        #expect(ThemeColor.palette(196).reduced(toColorCount: 16) == .ansi(.brightRed))
        let bright = TextAttributes(foreground: .ansi(.brightRed))
        #expect(bright.reduced(toColorCount: 8) == TextAttributes(foreground: .ansi(.red), emphasis: [.bold]))
        #expect(ThemeColor.ansi(.red).reduced(toColorCount: 2) == .terminalDefault)
    }
}
