/// The History tab's columns: time, offset from the start, event, name, duration, result.
enum HistoryTable {
    /// Every column, in display order.
    static let columns: [TableColumn<HistoryRow>] = [
        TableColumn(
            title: "TIME",
            minimum: 12,
            share: 0,
            cell: { event, context in
                .init(
                    text: event.timestamp.map {
                        TimeFormat.clockWithMilliseconds($0, local: context.timeDisplay == .local)
                    } ?? ""
                )
            }
        ),
        TableColumn(
            title: "OFFSET",
            minimum: 8,
            share: 0,
            cell: { event, _ in .init(text: event.offset.map(TimeFormat.offset) ?? "") }
        ),
        TableColumn(title: "EVENT", minimum: 16, share: 1, cell: { event, _ in .init(text: event.type) }),
        TableColumn(title: "NAME", minimum: 10, share: 2, cell: { event, _ in .init(text: event.name) }),
        TableColumn(
            title: "DURATION",
            minimum: 8,
            share: 0,
            cell: { event, _ in .init(text: event.duration.map(TimeFormat.duration) ?? "") }
        ),
        TableColumn(title: "RESULT", minimum: 10, share: 5, cell: { event, _ in .init(text: event.summary) }),
    ]
}
