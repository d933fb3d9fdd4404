import DurableAPI

/// The entities table's columns: name, key, last operation time, state summary.
enum EntityTable {
    /// Every column, in display order.
    static let columns: [TableColumn<EntityStatus>] = [
        TableColumn(title: "NAME", minimum: 12, share: 1, text: \.entityId.name),
        TableColumn(title: "KEY", minimum: 12, share: 2, text: \.entityId.key),
        TableColumn(title: "LAST OPERATION", minimum: 14, share: 0, cell: lastOperation),
        TableColumn(title: "STATE", minimum: 10, share: 3, text: { HistoryRow.inline($0.state) }),
    ]

    /// When the entity last ran an operation, relative or absolute as chosen.
    private static func lastOperation(_ entity: EntityStatus, context: CellContext) -> TableColumn<EntityStatus>.Cell {
        .init(text: context.time(entity.lastOperationTime, relative: true))
    }
}
