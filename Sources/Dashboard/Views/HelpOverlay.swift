import ScreenKit

/// The `?` overlay: draws ``HelpContent`` over the view, below the header and above the hint line.
enum HelpOverlay {
    static func draw(_ state: DashboardState, scroll: Int, into grid: inout Grid) {
        let lines = HelpContent.lines(
            for: state.current.keyMode,
            keyMap: state.keyMap,
            readOnly: state.options.readOnly,
            asciiOnly: grid.asciiOnly
        )
        let top = Layout.overlayTop
        let height = Layout.overlayHeight(grid.size)
        for row in top..<top + height {
            grid.fill(row: row, column: 0, width: grid.size.columns, style: .help)
        }
        TextLine.draw(lines, scroll: scroll, top: top, height: height, into: &grid)
    }
}
