import ConfigFiles
import ScreenKit

/// The `theme-toml` target: a theme file over the bundled default; a theme it loads must give attributes for every
/// style at every colour count.
enum ThemeFuzzing {
    static func run(_ bytes: [UInt8]) -> FuzzOutcome {
        let text = String(decoding: bytes, as: UTF8.self)
        let theme: Theme
        do {
            theme = try Theme(toml: text, file: "fuzz.toml", base: ThemeCatalog.bundledDefault)
        } catch {
            return .rejected(error.description)
        }
        for style in StyleName.all {
            for colorCount in [0, 8, 16, 256] {
                _ = theme.attributes(for: style, colorCount: colorCount)
            }
        }
        return .accepted
    }
}
