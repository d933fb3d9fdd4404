import DurableAPI
import Testing

@testable import Dashboard
@testable import ScreenKit

@Suite("Hostile text from the host")
struct HostileTextTests {
    static let hostile = [
        "\u{1B}[2J\u{1B}[31mred",
        "\u{1B}]0;pwned\u{07}",
        "\u{1B}]52;c;ZXZpbA==\u{1B}\\",
        "\u{9B}6n",
        "\u{90}q\u{9C}",
        "safe\u{202E}txt.exe",
        "\u{2066}isolate\u{2069}",
        "bell\u{07}",
    ]

    /// Whether a grid holds any scalar that could steer a terminal.
    static func holdsControl(_ grid: Grid) -> Bool {
        for cell in grid.cells {
            for scalar in cell.text.unicodeScalars {
                let value = scalar.value
                if value < 0x20 || (0x7F...0x9F).contains(value) || (0x202A...0x202E).contains(value)
                    || (0x2066...0x2069).contains(value)
                {
                    return true
                }
            }
        }
        return false
    }

    @Test("ids, names and custom status with escape sequences never reach the grid raw", arguments: hostile)
    func tableIsClean(text: String) {
        let state = loadedState([instance(text, name: text, customStatus: .string(text))])
        let grid = screen(state)
        #expect(!Self.holdsControl(grid))
        #expect(grid.cells.contains { $0.style == .escaped })
    }

    @Test("the summary tab's pretty JSON is clean too", arguments: hostile)
    func summaryIsClean(text: String) {
        var state = loadedState([instance("x", customStatus: ["note": .string(text)])])
        press([.enter], on: &state)
        let grid = screen(state)
        #expect(!Self.holdsControl(grid))
    }

    @Test("an ESC sequence is shown as visible characters")
    func visible() {
        let state = loadedState([instance("id", name: "\u{1B}[31mX")])
        let grid = screen(state)
        #expect(grid.text(ofRow: 4).contains("\u{241B}[31mX"))
    }

    @Test("secrets in custom status are masked in the table")
    func masked() {
        let custom: JSONValue = ["url": "https://h/api?code=SECRET", "Authorization": "Bearer abc.def"]
        let grid = screen(loadedState([instance("id", customStatus: custom)]))
        #expect(!grid.text.contains("SECRET"))
        #expect(!grid.text.contains("abc.def"))
    }
}
