/// Parses one style value of a theme file: `"<foreground> [on <background>] [bold] [dim] [underline] [reverse]
/// [italic]"`.
///
/// Colours are `default`, the 16 ANSI names (`red`, `bright-red`, also `grey`/`gray` for bright black), or
/// `color0` to `color255`.
enum ThemeStyleParser {
    /// The attributes a value describes, or a message saying which word is wrong.
    static func parse(_ value: String) -> Result<TextAttributes, StyleValueError> {
        var attributes = TextAttributes()
        var foregroundSet = false
        var expectBackground = false
        let words = value.lowercased().split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        if words.isEmpty {
            return .failure(StyleValueError(message: "empty style; use \"default\" for the terminal's colours"))
        }
        for word in words {
            if expectBackground {
                guard let color = color(named: word) else {
                    return .failure(StyleValueError(message: "unknown background colour \"\(word)\""))
                }
                attributes.background = color
                expectBackground = false
                continue
            }
            if word == "on" {
                expectBackground = true
                continue
            }
            if let emphasis = TextAttributes.Emphasis.names.first(where: { $0.0 == word }) {
                attributes.emphasis.insert(emphasis.1)
                continue
            }
            guard let color = color(named: word) else {
                return .failure(StyleValueError(message: "unknown colour or attribute \"\(word)\""))
            }
            if foregroundSet {
                return .failure(StyleValueError(message: "two foreground colours; write \"<fg> on <bg>\""))
            }
            attributes.foreground = color
            foregroundSet = true
        }
        if expectBackground {
            return .failure(StyleValueError(message: "\"on\" needs a background colour after it"))
        }
        return .success(attributes)
    }

    /// A colour word, or `nil` when the word is not a colour.
    static func color(named word: String) -> ThemeColor? {
        if word == "default" {
            return .terminalDefault
        }
        if word == "grey" || word == "gray" {
            return .ansi(.brightBlack)
        }
        if let ansi = ThemeColor.ANSIColor.allCases.first(where: { $0.themeName == word }) {
            return .ansi(ansi)
        }
        if word.hasPrefix("color"), let index = UInt8(word.dropFirst(5)) {
            return .palette(index)
        }
        return nil
    }
}

/// Why a style value could not be parsed.
struct StyleValueError: Error, Hashable {
    /// What is wrong with the value.
    var message: String
}
