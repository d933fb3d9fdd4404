/// A named set of styles: semantic ``StyleName``s resolved to concrete ``TextAttributes``.
///
/// Lookup falls back from a dotted name to its parent (`table.header.sorted` → `table.header`), then to `body`,
/// then to the terminal's plain attributes, so a theme never leaves a cell without attributes.
public struct Theme: Hashable, Sendable {
    /// The theme's name (`default`, `light`, ... or the file name for a theme loaded by path).
    public var name: String
    /// The styles this theme defines explicitly (after falling back to the default theme for missing keys).
    public var styles: [StyleName: TextAttributes]

    /// Creates a theme from explicit styles.
    public init(name: String, styles: [StyleName: TextAttributes]) {
        self.name = name
        self.styles = styles
    }

    /// The attributes for a style name, following the fallback chain described on ``Theme``.
    public func attributes(for style: StyleName) -> TextAttributes {
        var key = style.rawValue
        while true {
            if let attributes = styles[StyleName(key)] {
                return attributes
            }
            guard let dot = key.lastIndex(of: ".") else {
                break
            }
            key = String(key[..<dot])
        }
        return styles[.body] ?? .plain
    }

    /// The attributes for a style name as a terminal with `colorCount` colours can show them.
    public func attributes(for style: StyleName, colorCount: Int) -> TextAttributes {
        attributes(for: style).reduced(toColorCount: colorCount)
    }
}
