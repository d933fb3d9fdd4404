import Foundation
import Testing

@testable import Dashboard
@testable import ScreenKit

@Suite("Key map and help")
struct KeyMapTests {
    @Test("help lists every binding of the current view")
    func helpListsBindings() {
        for view in KeyMode.allCases {
            let lines = HelpContent.lines(for: view, keyMap: .standard, readOnly: false, asciiOnly: false)
            let text = lines.map(\.text).joined(separator: "\n")
            for binding in KeyMap.standard.bindings(for: view) {
                #expect(text.contains(binding.label), "\(view): \(binding.label)")
            }
        }
    }

    @Test("help lists every : command from the same table the command line runs")
    func helpListsCommands() {
        let lines = HelpContent.lines(for: .instances, keyMap: .standard, readOnly: false, asciiOnly: false)
        let text = lines.map(\.text).joined(separator: "\n")
        for command in DashboardCommand.all {
            #expect(text.contains(command.usage + " "), "\(command.usage)")
        }
        var state = loadedState([instance("a")])
        press([.character(":"), .character("h"), .enter], on: &state)
        #expect(state.showingHelp)
        press([.escape, .character(":"), .character("w"), .enter], on: &state)
        #expect(state.flash?.text == "usage: :window 1h|6h|24h|7d|30d")
    }

    @Test("? opens help over the current view and Esc closes it")
    func helpOverlay() {
        var state = loadedState([instance("a")])
        press([.character("?")], on: &state)
        let grid = screen(state)
        #expect(grid.text.contains("Help: Instances"))
        #expect(grid.text.contains("NAVIGATION"))
        #expect(grid.text.contains("sort by next column"))
        press([.character("G")], on: &state)
        let scrolled = screen(state)
        #expect(scrolled.text.contains("filter words: status:failed"))
        #expect(!scrolled.text.contains("Help: Instances"))
        press([.character("g")], on: &state)
        #expect(screen(state).text.contains("Help: Instances"))
        press([.escape], on: &state)
        #expect(!screen(state).text.contains("Help: Instances"))
        #expect(!state.wantsQuit)
    }

    @Test("mutating bindings are disabled in read-only mode and shown so in help")
    func readOnly() {
        let terminate = KeyBinding(
            keys: [.character("T")],
            action: .refresh,
            label: "terminate",
            section: .actions,
            modes: [.instances],
            mutates: true
        )
        let keyMap = KeyMap(bindings: KeyMap.standard.bindings + [terminate])
        let lines = HelpContent.lines(for: .instances, keyMap: keyMap, readOnly: true, asciiOnly: false)
        let line = lines.first { $0.text.contains("terminate") }
        #expect(line?.text.contains("(disabled: read-only)") == true)
        #expect(line?.style == .hintDisabled)
        var state = DashboardState(
            options: DashboardOptions(endpointHost: "h", readOnly: true),
            keyMap: keyMap
        )
        #expect(state.handle(.character("T"), now: fixedNow).isEmpty)
        #expect(state.flash?.text == "read-only: terminate is disabled")
    }

    @Test("no key is bound twice in one view")
    func noDuplicates() {
        for view in KeyMode.allCases {
            var seen = Set<KeyEvent>()
            for binding in KeyMap.standard.bindings(for: view) {
                for key in binding.keys {
                    #expect(!seen.contains(key), "\(view): \(key) bound twice")
                    seen.insert(key)
                }
            }
        }
    }

    @Test("the README table is generated from the same bindings")
    func markdown() {
        let table = KeyMap.standard.markdownTable()
        #expect(table.hasPrefix("| keys | action | where |"))
        #expect(table.contains("| `?` | help |"))
        #expect(table.split(separator: "\n").count == KeyMap.standard.bindings.count + 2)
    }

    @Test("the README's key table is the one the key map generates, word for word")
    func readmeTable() throws {
        let readme = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("README.md")
        let text = try String(contentsOf: readme, encoding: .utf8)
        let table = KeyMap.standard.markdownTable()
        #expect(text.contains(table), "README.md's key table differs from the key map; it should read:\n\(table)")
    }

    @Test("the README's table of : commands is the one the commands generate, word for word")
    func readmeCommandTable() throws {
        let readme = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("README.md")
        let text = try String(contentsOf: readme, encoding: .utf8)
        let table = DashboardCommand.markdownTable()
        #expect(text.contains(table), "README.md's command table differs from the commands; it should read:\n\(table)")
    }
}
