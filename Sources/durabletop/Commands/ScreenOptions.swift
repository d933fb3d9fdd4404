import ArgumentParser
import Foundation
import ScreenKit
import TerminalUI

/// How the screen is painted, shared by `watch` and `open`: the theme, colour, and ASCII-only drawing.
struct ScreenOptions: ParsableArguments {
    @Option(help: "Theme name (default, light, high-contrast, monochrome) or path to a .toml file.")
    var theme: String?

    @Flag(name: .customLong("no-color"), help: "Paint without colours (also with NO_COLOR set).")
    var noColor = false

    @Flag(help: "Draw with ASCII only (automatic in a non-UTF-8 locale).")
    var ascii = false

    /// The screen as these options and the environment choose it.
    struct Choice {
        /// The theme to paint with.
        let theme: Theme
        /// Whether colours may be used (not with `--no-color` or `NO_COLOR`).
        let colorsAllowed: Bool
        /// Whether the screen may only use ASCII (`--ascii`, or a non-UTF-8 locale).
        let asciiOnly: Bool
        /// Whether the terminal may take OSC 52 clipboard writes (not the Linux console, which would print them).
        let clipboard: Bool
    }

    /// Adopts the user's locale and resolves the theme.
    ///
    /// - Throws: what ``ThemeCatalog/resolve(nameOrPath:noColor:searchDirectories:)`` throws for a bad theme.
    func choose(environment: [String: String]) throws -> Choice {
        let unicode = TerminalLocale.adoptUserLocale()
        let colorsAllowed = !noColor && (environment["NO_COLOR"] ?? "").isEmpty
        let resolved = try ThemeCatalog.resolve(
            nameOrPath: theme,
            noColor: !colorsAllowed,
            searchDirectories: ThemeCatalog.standardSearchDirectories(executablePath: CommandLine.arguments.first)
        )
        return Choice(
            theme: resolved,
            colorsAllowed: colorsAllowed,
            asciiOnly: ascii || !unicode,
            clipboard: environment["TERM"] != "linux"
        )
    }
}
