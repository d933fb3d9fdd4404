import DurableAPI

/// The entities table's columns: name, key, last operation time, state summary.
enum EntityTable {
    /// Every column, in display order.
    static let columns: [TableColumn<EntityStatus>] = [
        TableColumn(title: "NAME", minimum: 12, share: 1, cell: { entity, _ in .init(text: entity.entityId.name) }),
        TableColumn(title: "KEY", minimum: 12, share: 2, cell: { entity, _ in .init(text: entity.entityId.key) }),
        TableColumn(
            title: "LAST OPERATION",
            minimum: 14,
            share: 0,
            cell: { entity, context in .init(text: context.time(entity.lastOperationTime, relative: true)) }
        ),
        TableColumn(
            title: "STATE",
            minimum: 10,
            share: 3,
            cell: { entity, _ in .init(text: HistoryRow.inline(entity.state)) }
        ),
    ]
}
