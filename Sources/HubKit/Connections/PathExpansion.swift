/// Turns a path written in a configuration file into one the file system understands.
public enum PathExpansion {
    /// `~` and `~/rest` become the home directory (and `rest` under it); a relative path is taken relative to
    /// `baseDirectory`; anything else is returned unchanged. `~user` forms are left alone.
    ///
    /// - Parameters:
    ///   - path: The path as written.
    ///   - homeDirectory: The home directory, or `nil` when unknown (then `~` paths stay as written).
    ///   - baseDirectory: The directory relative paths start from, or `nil` to leave them relative.
    public static func expand(_ path: String, homeDirectory: String?, baseDirectory: String?) -> String {
        if path == "~" || path.hasPrefix("~/") {
            guard let homeDirectory, !homeDirectory.isEmpty else {
                return path
            }
            return join(homeDirectory, String(path.dropFirst(2)))
        }
        if path.hasPrefix("/") || path.hasPrefix("~") {
            return path
        }
        guard let baseDirectory, !baseDirectory.isEmpty else {
            return path
        }
        return join(baseDirectory, path)
    }

    /// The directory part of a path (`"."` when it has none).
    public static func directory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else {
            return "."
        }
        let directory = String(path[..<slash])
        return directory.isEmpty ? "/" : directory
    }

    private static func join(_ directory: String, _ rest: String) -> String {
        if rest.isEmpty {
            return directory
        }
        return directory.hasSuffix("/") ? directory + rest : directory + "/" + rest
    }
}
