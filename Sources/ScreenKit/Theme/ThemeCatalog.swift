import ConfigFiles
import Foundation

/// Finds and loads themes by name or path.
///
/// A name (`light`) is looked up as `<name>.toml` in each search directory in turn (by default: `themes/` next to
/// the binary, `../share/durabletop/themes` next to the binary, then `themes/` in the working directory). The
/// `default` and `monochrome` themes are also compiled in, so they work from any directory. Anything containing
/// `/` or ending in `.toml` is a path. Every theme starts from the default theme, so missing keys fall back to it.
public enum ThemeCatalog {
    /// The compiled-in default theme (16 ANSI colour names).
    public static let bundledDefault: Theme = {
        do {
            return try Theme(toml: BundledThemes.defaultTOML, file: "default.toml", base: nil)
        } catch {
            preconditionFailure("the bundled default theme must parse: \(error)")
        }
    }()

    /// The compiled-in monochrome theme (attributes only; for `NO_COLOR` and `--no-color`).
    public static let bundledMonochrome: Theme = {
        do {
            return try Theme(toml: BundledThemes.monochromeTOML, file: "monochrome.toml", base: bundledDefault)
        } catch {
            preconditionFailure("the bundled monochrome theme must parse: \(error)")
        }
    }()

    /// The directories searched for `<name>.toml`, given the running binary's path.
    public static func standardSearchDirectories(executablePath: String?) -> [String] {
        var directories: [String] = []
        if let executablePath {
            let binaryDirectory = URL(fileURLWithPath: executablePath).resolvingSymlinksInPath()
                .deletingLastPathComponent()
            directories.append(binaryDirectory.appendingPathComponent("themes").path)
            directories.append(
                binaryDirectory.deletingLastPathComponent().appendingPathComponent("share/durabletop/themes").path
            )
        }
        directories.append(FileManager.default.currentDirectoryPath + "/themes")
        return directories
    }

    /// The theme to use given `--theme`, `--no-color` and the `NO_COLOR` variable.
    ///
    /// - Parameters:
    ///   - nameOrPath: The `--theme` value, or `nil` for the default theme.
    ///   - noColor: `--no-color` was given or `NO_COLOR` is set and non-empty; selects monochrome and wins over
    ///     `--theme`.
    ///   - searchDirectories: Where to look for named themes.
    /// - Throws: ``ConfigFileError`` when the theme is unknown or its file is bad.
    public static func resolve(
        nameOrPath: String?,
        noColor: Bool,
        searchDirectories: [String]
    ) throws(ConfigFileError) -> Theme {
        if noColor {
            return try load(nameOrPath: "monochrome", searchDirectories: searchDirectories)
        }
        return try load(nameOrPath: nameOrPath ?? "default", searchDirectories: searchDirectories)
    }

    /// Loads a theme by name (searched in `searchDirectories`, then the compiled-in ones) or by path.
    public static func load(nameOrPath: String, searchDirectories: [String]) throws(ConfigFileError) -> Theme {
        if nameOrPath.contains("/") || nameOrPath.hasSuffix(".toml") {
            return try load(path: nameOrPath)
        }
        for directory in searchDirectories {
            let path = directory + "/" + nameOrPath + ".toml"
            if FileManager.default.fileExists(atPath: path) {
                return try load(path: path)
            }
        }
        switch nameOrPath {
        case "default": return bundledDefault
        case "monochrome": return bundledMonochrome
        default:
            throw ConfigFileError(
                file: nameOrPath,
                message: "no such theme; looked for \(nameOrPath).toml in " + searchDirectories.joined(separator: ", ")
            )
        }
    }

    /// Loads a theme file; its missing keys come from the default theme.
    public static func load(path: String) throws(ConfigFileError) -> Theme {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ConfigFileError(file: path, message: "cannot read the file")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw ConfigFileError(file: path, message: "not UTF-8 text")
        }
        return try Theme(toml: text, file: path, base: bundledDefault)
    }
}
