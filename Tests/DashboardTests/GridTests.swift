import Testing

@testable import Dashboard
@testable import ScreenKit

@Suite("Grid drawing")
struct GridTests {
    @Test("text is clipped and padded by display columns")
    func clipAndPad() {
        var grid = Grid(size: GridSize(columns: 10, rows: 1))
        let end = grid.put("注文abc", row: 0, column: 0, style: .body, width: 5)
        #expect(end == 5)
        #expect(grid.text(ofRow: 0) == "注文a     ")
        #expect(grid[0, 1].isContinuation)
    }

    @Test("a wide character that would be cut in half is replaced by padding")
    func wideAtEdge() {
        var grid = Grid(size: GridSize(columns: 4, rows: 1))
        grid.put("ab注", row: 0, column: 1, style: .body)
        #expect(grid.text(ofRow: 0) == " ab ")
    }

    @Test("wrapped text breaks at the right edge and ends in an ellipsis when it needs more rows")
    func wrapped() {
        var grid = Grid(size: GridSize(columns: 8, rows: 3))
        grid.putWrapped("abcdefghijklmnopqrstuvwxyz", row: 0, column: 2, style: .body, lines: 2)
        #expect(grid.text(ofRow: 0) == "  abcdef")
        #expect(grid.text(ofRow: 1) == "  ghijk\u{2026}")
        #expect(grid.text(ofRow: 2) == "        ")
    }

    @Test("a middle ellipsis keeps the head and the longer tail")
    func middleEllipsis() {
        var grid = Grid(size: GridSize(columns: 10, rows: 1))
        grid.put("order-20261130:17", row: 0, column: 0, style: .body, width: 10, ellipsis: .middle)
        #expect(grid.text(ofRow: 0) == "ord\u{2026}130:17")
    }

    @Test("clipped text ends in an ellipsis when asked")
    func ellipsis() {
        var grid = Grid(size: GridSize(columns: 8, rows: 1))
        grid.put("abcdefghij", row: 0, column: 0, style: .body, width: 6, ellipsis: .end)
        #expect(grid.text(ofRow: 0) == "abcde\u{2026}  ")
    }

    @Test("right alignment pads first")
    func rightAligned() {
        var grid = Grid(size: GridSize(columns: 6, rows: 1))
        grid.put("42", row: 0, column: 0, style: .body, width: 6, alignment: .right)
        #expect(grid.text(ofRow: 0) == "    42")
    }

    @Test("overwriting half of a wide character blanks the other half")
    func overwriteWide() {
        var grid = Grid(size: GridSize(columns: 4, rows: 1))
        grid.put("注注", row: 0, column: 0, style: .body)
        grid.put("x", row: 0, column: 1, style: .body)
        #expect(grid.text(ofRow: 0) == " x注")
        #expect(!grid[0, 0].isContinuation)
    }

    @Test("escape stand-ins carry the escaped style; restyling keeps it")
    func escapedStyle() {
        var grid = Grid(size: GridSize(columns: 6, rows: 1))
        grid.put("a\u{1B}b", row: 0, column: 0, style: .tableRow)
        grid.restyle(row: 0, column: 0, width: 6, style: .tableSelected)
        #expect(grid[0, 0].style == .tableSelected)
        #expect(grid[0, 1].style == .escaped)
        #expect(grid[0, 1].text == "\u{241B}")
    }
}

@Suite("Table columns")
struct TableColumnsTests {
    @Test("spare width goes to flexible columns and the table fills the screen")
    func spare() {
        let columns = TableColumns(
            totalWidth: 100,
            minimums: [10, 5, 10],
            shares: [1, 0, 1],
            wanted: [nil, nil, nil],
            givesWay: [nil, nil, nil]
        )
        #expect(columns.frames.map(\.width) == [46, 5, 47])
        #expect(columns.frames[2].start + columns.frames[2].width == 100)
    }

    @Test("on a narrow screen flexible columns shrink first, so fixed columns stay whole")
    func narrow() {
        let columns = TableColumns(
            totalWidth: 60,
            minimums: [18, 10, 12, 11, 7, 8, 8],
            shares: [3, 2, 0, 0, 0, 0, 4],
            wanted: Array(repeating: nil, count: 7),
            givesWay: Array(repeating: nil, count: 7)
        )
        let last = columns.frames[6]
        #expect(last.start + last.width <= 60)
        #expect(columns.frames[2].width == 12)
        #expect(columns.frames[5].width == 8)
    }

    @Test("a column that wants its whole text gets it: give-way columns leave, rank 1 first, then it is cut")
    func givingWay() {
        func widths(_ total: Int, wanted: Int) -> [Int] {
            TableColumns(
                totalWidth: total,
                minimums: [18, 10, 8, 8],
                shares: [3, 2, 0, 4],
                wanted: [wanted, nil, nil, nil],
                givesWay: [nil, nil, 2, 1]
            ).frames.map(\.width)
        }
        #expect(widths(60, wanted: 18) == [18, 14, 8, 17])
        #expect(widths(60, wanted: 32) == [32, 18, 8, 0])
        #expect(widths(50, wanted: 38) == [38, 11, 0, 0])
        #expect(widths(40, wanted: 38) == [29, 10, 0, 0])
    }

    @Test("the instances table still shows every status at 60 columns")
    func instancesAtSixty() {
        let grid = screen(loadedState([instance("ord-1", status: .terminated)]), columns: 60, rows: 20)
        #expect(grid.text(ofRow: 4).contains("\u{25A0} Terminated"))
        #expect(grid.text(ofRow: 3).contains("DURATION"))
    }
}
