import DurableAPI
import Testing

@testable import Dashboard
@testable import HubKit
@testable import ScreenKit

@Suite("Action views")
struct ActionViewsTests {
    @Test("the dialog names its targets and the count to type, with Cancel focused, at 80x24")
    func dialogAt80x24() throws {
        let terminate = try dialog(.terminate, [("order-1", .running), ("order-2", .running), ("done", .completed)])
        var grid = Grid(size: GridSize(columns: 80, rows: 24))
        ActionDialogView.draw(terminate, into: &grid)
        let text = grid.text
        #expect(text.contains("Terminate 2 instances"))
        #expect(text.contains("order-1"))
        #expect(text.contains("order-2"))
        #expect(text.contains("Skipped 1: done (Completed)"))
        #expect(text.contains("Reason: ops@box"))
        #expect(text.contains("! type 2 to confirm"))
        #expect(text.contains("[ Cancel ]  [ Terminate 2 ]"))
        let row = try #require((0..<24).first { grid.text(ofRow: $0).contains("[ Cancel ]") })
        let column = try #require(Array(grid.text(ofRow: row)).firstIndex(of: "["))
        #expect(grid[row, column].style == .dialogButtonFocus)
        #expect(grid.cursor == nil)
    }

    @Test("the focused field gets the terminal cursor")
    func cursorInField() throws {
        var raise = try dialog(.raiseEvent, [("order-1", .running)])
        focus(.eventName, in: &raise)
        type("Go", into: &raise)
        var grid = Grid(size: GridSize(columns: 80, rows: 24))
        ActionDialogView.draw(raise, into: &grid)
        let cursor = try #require(grid.cursor)
        #expect(grid.text(ofRow: cursor.row).contains("Event: Go"))
    }

    @Test("the progress panel shows the summary and every row's state")
    func progressPanel() {
        var progress = BulkProgress(plan: ActionPlan(request: .terminate(reason: ""), targets: ["a", "b"]))
        progress.rows[1].state = .failed("already finished")
        let lines = ProgressContent.lines(progress).map(\.text)
        #expect(lines[0] == "terminate: 0 done, 1 failed, 1 to go …")
        #expect(lines[1] == "· a  pending")
        #expect(lines[2] == "✗ b  failed: already finished")
        var grid = Grid(size: GridSize(columns: 80, rows: 24), asciiOnly: true)
        BulkProgressView.draw(progress, scroll: 0, into: &grid)
        #expect(grid.text.contains("1 failed, 1 to go ..."))
        #expect(grid.text.contains(". a  pending"))
        #expect(grid.text.contains("x b  failed: already finished"))
    }

    @Test("in ASCII mode the dialog draws only ASCII, and a long target list ends with a count")
    func asciiDialog() throws {
        let rows = (1...7).map { ("order-\($0)", RuntimeStatus.running) }
        let terminate = try dialog(.terminate, rows)
        var grid = Grid(size: GridSize(columns: 80, rows: 24), asciiOnly: true)
        ActionDialogView.draw(terminate, into: &grid)
        let asciiOnly = grid.text.unicodeScalars.allSatisfy { $0.isASCII }
        #expect(asciiOnly)
        #expect(grid.text.contains("order-4"))
        #expect(!grid.text.contains("order-5"))
        #expect(grid.text.contains("and 3 more"))
    }
}
