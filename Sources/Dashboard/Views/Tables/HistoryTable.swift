/// The History tab's columns: time, offset from the start, event, name, duration, result.
enum HistoryTable {
    /// Every column, in display order.
    static let columns: [TableColumn<HistoryRow>] = [
        TableColumn(title: "TIME", minimum: 12, share: 0, cell: clock),
        TableColumn(title: "OFFSET", minimum: 8, share: 0, text: { $0.offset.map(TimeFormat.offset) ?? "" }),
        TableColumn(title: "EVENT", minimum: 16, share: 1, text: \.type),
        TableColumn(title: "NAME", minimum: 10, share: 2, text: \.name),
        TableColumn(title: "DURATION", minimum: 8, share: 0, text: { $0.duration.map(TimeFormat.duration) ?? "" }),
        TableColumn(title: "RESULT", minimum: 10, share: 5, text: \.summary),
    ]

    /// The event's wall-clock time to the millisecond, in UTC or local time as chosen.
    private static func clock(_ event: HistoryRow, context: CellContext) -> TableColumn<HistoryRow>.Cell {
        let local = context.timeDisplay == .local
        return .init(text: event.timestamp.map { TimeFormat.clockWithMilliseconds($0, local: local) } ?? "")
    }
}
